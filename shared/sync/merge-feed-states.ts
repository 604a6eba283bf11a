import type { FeedState } from './feed-state';

/**
 * Folds the states one sync (or one added feed) wrote into the states held now. Only the sources configured
 * now are kept, so a feed added while a longer sync ran survives that sync's write, and a removed one goes.
 * Per source, the state of the later attempt wins: it started from, or after, the other.
 */
export function mergeFeedStates(
  held: Readonly<Record<string, FeedState>>,
  written: Readonly<Record<string, FeedState>>,
  sourceUrls: readonly string[],
): Record<string, FeedState> {
  const merged: Record<string, FeedState> = {};
  for (const url of sourceUrls) {
    const before = held[url];
    const after = written[url];
    const kept = !before || (after && (after.lastAttemptAt ?? 0) >= (before.lastAttemptAt ?? 0)) ? after : before;
    if (kept) merged[url] = kept;
  }
  return merged;
}
