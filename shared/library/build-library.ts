import type { FeedItem, Policy } from '../feed/schema';
import type { FeedOrigin, FeedState } from '../sync/feed-state';

export type LibraryItem = FeedItem & {
  /** Unique across feeds: two publishers may both have an item "launch". */
  key: string;
  feedUrl: string;
  publisherName: string;
};

export type LibraryPolicy = Policy & { feedUrl: string };

export type Library = {
  items: LibraryItem[];
  policies: LibraryPolicy[];
  /** True when everything shown comes from the bundled demo feed. */
  isDemo: boolean;
  /** Changes whenever any feed's content changes: the key for caches compiled from the library. */
  version: string;
};

export function isLive(item: Pick<FeedItem, 'startsAt' | 'expiresAt'>, now: number): boolean {
  if (item.startsAt && Date.parse(item.startsAt) > now) return false;
  if (item.expiresAt && Date.parse(item.expiresAt) <= now) return false;
  return true;
}

function byNewest(a: LibraryItem, b: LibraryItem): number {
  return (b.publishedAt ?? '').localeCompare(a.publishedAt ?? '');
}

const ORIGIN_ORDER: Record<FeedOrigin, number> = { managed: 0, user: 1, demo: 2 };

/** Merges every source's last good feed into what the popup and the composer show, live items only. */
export function buildLibrary(states: Readonly<Record<string, FeedState>>, now: number): Library {
  const sources = Object.values(states)
    .filter((state) => state.feed)
    .sort((a, b) => ORIGIN_ORDER[a.origin] - ORIGIN_ORDER[b.origin]);
  const items: LibraryItem[] = [];
  const policies: LibraryPolicy[] = [];
  const versions: string[] = [];
  for (const { url, feed } of sources) {
    if (!feed) continue;
    versions.push(`${url}@${feed.updatedAt}#${feed.items.length}/${feed.policies.length}`);
    for (const item of feed.items) {
      if (isLive(item, now))
        items.push({ ...item, key: `${url}#${item.id}`, feedUrl: url, publisherName: feed.publisher.name });
    }
    for (const policy of feed.policies) policies.push({ ...policy, feedUrl: url });
  }
  return {
    items: items.sort(byNewest),
    policies,
    isDemo: sources.length > 0 && sources.every((state) => state.origin === 'demo'),
    version: versions.join('|'),
  };
}
