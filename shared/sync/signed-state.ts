import type { FeedState } from './feed-state';
import type { FetchOutcome } from './fetch-feed';

/**
 * With signing in force, Herald holds only content signed by a key in force: content accepted before IT
 * turned signing on (or signed by a key since removed) is dropped before the fetch, so neither a 304 nor a
 * missing `.sig` can keep it.
 */
export function withoutUntrustedContent(state: FeedState, keyIds: readonly string[]): FeedState {
  if (keyIds.length === 0 || state.feed === undefined) return state;
  if (state.signedBy !== undefined && keyIds.includes(state.signedBy)) return state;
  return { ...state, feed: undefined, etag: undefined, lastModified: undefined, signedBy: undefined, skipped: [] };
}

/**
 * A signed feed older than the signed one held is a replay (a host serving yesterday's validly signed
 * file): refused, and the held one kept. Older means an earlier `updatedAt`.
 */
export function refuseRollback(held: FeedState, outcome: FetchOutcome): FetchOutcome {
  if (outcome.kind !== 'ok' || !outcome.signedBy || !held.feed || !held.signedBy) return outcome;
  const served = Date.parse(outcome.feed.updatedAt);
  const kept = Date.parse(held.feed.updatedAt);
  if (!(served < kept)) return outcome;
  return {
    kind: 'error',
    message: `refused an older signed feed (updatedAt ${outcome.feed.updatedAt}) than the one held (${held.feed.updatedAt}): the host may be replaying an old version`,
  };
}
