import type { Feed } from '../../shared/feed/schema';
import { buildLibrary, type Library } from '../../shared/library/build-library';
import type { FeedState } from '../../shared/sync/feed-state';
import type { LibraryStore } from '../../utils/content/per-library-version';

/** Stands for the feed's URL in the library: the preview has no URL, only a folder. */
export const PREVIEW_FEED_URL = 'herald:preview';

/** The library Herald would build from this feed alone, as a user-added feed. */
export function libraryOf(feed: Feed | null, now: number): Library {
  const states: Record<string, FeedState> = {};
  if (feed) states[PREVIEW_FEED_URL] = { url: PREVIEW_FEED_URL, origin: 'user', feed, failures: 0, skipped: [] };
  return buildLibrary(states, now);
}

/** A LibraryStore (what the composer's code reads) over the preview's feed, replaced on each rebuild. */
export function createFeedLibraryStore(feed: Feed | null): LibraryStore & { replace(feed: Feed | null): void } {
  let library = libraryOf(feed, Date.now());
  const listeners = new Set<() => void>();
  return {
    current: () => library,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    replace(next) {
      library = libraryOf(next, Date.now());
      for (const listener of listeners) listener();
    },
  };
}
