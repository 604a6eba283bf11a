import type { FeedState } from './feed-state';
import type { FetchOutcome } from './fetch-feed';

/** Folds one fetch outcome into what Herald remembers of a source. A failure never drops the last good feed. */
export function nextFeedState(previous: FeedState, outcome: FetchOutcome, now: number): FeedState {
  const attempted = { ...previous, lastAttemptAt: now };
  switch (outcome.kind) {
    case 'not-modified':
      return { ...attempted, lastSuccessAt: now, lastError: undefined, failures: 0 };
    case 'ok':
      return {
        ...attempted,
        feed: outcome.feed,
        skipped: outcome.skipped,
        etag: outcome.etag,
        lastModified: outcome.lastModified,
        signedBy: outcome.signedBy,
        lastSuccessAt: now,
        lastError: undefined,
        failures: 0,
      };
    case 'error':
      return { ...attempted, lastError: outcome.message, failures: previous.failures + 1 };
  }
}
