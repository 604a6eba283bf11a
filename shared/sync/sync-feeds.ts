import { publicKeyId } from '../feed/signed-feed';
import type { FeedSource } from './feed-sources';
import type { FeedState } from './feed-state';
import { type FetchFeedOptions, type FetchOutcome, fetchFeed } from './fetch-feed';
import { nextFeedState } from './next-feed-state';
import { refuseRollback, withoutUntrustedContent } from './signed-state';

export type SyncDeps = Omit<FetchFeedOptions, 'etag' | 'lastModified'> & {
  now: () => number;
  /** The bundled demo feed never touches the network. */
  loadDemo: () => FetchOutcome;
};

export type SyncResult = { states: Record<string, FeedState>; errors: { url: string; message: string }[] };

function keysFingerprint(keys: readonly string[]): string {
  return [...keys].sort().join(',');
}

/**
 * Syncs every source one after the other (feeds are few; this keeps the server load of thousands of
 * employees flat) and returns the new states. States of sources no longer configured are dropped.
 */
export async function syncFeeds(
  sources: readonly FeedSource[],
  previous: Readonly<Record<string, FeedState>>,
  deps: SyncDeps,
): Promise<SyncResult> {
  const states: Record<string, FeedState> = {};
  const errors: SyncResult['errors'] = [];
  const keys = keysFingerprint(deps.publicKeys);
  const keyIds = await Promise.all(deps.publicKeys.map(publicKeyId));
  for (const source of sources) {
    const prior = previous[source.url];
    const state: FeedState = withoutUntrustedContent(
      prior
        ? { ...prior, origin: source.origin }
        : { url: source.url, origin: source.origin, failures: 0, skipped: [] },
      source.origin === 'demo' ? [] : keyIds,
    );
    // Validators only stand for a feed we still hold, accepted under the keys in force now.
    const revalidate = state.feed !== undefined && state.keys === keys;
    const fetched =
      source.origin === 'demo'
        ? deps.loadDemo()
        : await fetchFeed(source.url, {
            ...deps,
            etag: revalidate ? state.etag : undefined,
            lastModified: revalidate ? state.lastModified : undefined,
          });
    const outcome = refuseRollback(state, fetched);
    const next = nextFeedState(state, outcome, deps.now());
    states[source.url] = outcome.kind === 'ok' ? { ...next, keys } : next;
    if (outcome.kind === 'error') errors.push({ url: source.url, message: outcome.message });
  }
  return { states, errors };
}
