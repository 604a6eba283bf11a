import { DEFAULT_PERSONALIZE, PERSONALIZE, type Personalize, personalizeOf } from '../feed/personalize';
import type { Feed, FeedItem, Policy } from '../feed/schema';
import type { FeedOrigin, FeedState } from '../sync/feed-state';
import { contentHash, feedContentHash } from './content-hash';

export type LibraryItem = FeedItem & {
  /** Unique across feeds: two publishers may both have an item "launch". */
  key: string;
  feedUrl: string;
  publisherName: string;
};

/** `publisherName` fills `{company}` in the policy's phrases and fix (see policy-company.ts). */
export type LibraryPolicy = Policy & { feedUrl: string; publisherName: string };

export type Library = {
  items: LibraryItem[];
  policies: LibraryPolicy[];
  /** True when everything shown comes from the bundled demo feed. */
  isDemo: boolean;
  /** The strongest `personalize` any feed asks for: one feed wanting the check before posting gets it. */
  personalize: Personalize;
  /**
   * A hash of every feed's content (and which items are live): the key for caches compiled from the library.
   * Computed on first read, so a view that compiles nothing never pays for hashing 100,000 items.
   */
  readonly version: string;
};

export function isLive(item: Pick<FeedItem, 'startsAt' | 'expiresAt'>, now: number): boolean {
  if (item.startsAt && Date.parse(item.startsAt) > now) return false;
  if (item.expiresAt && Date.parse(item.expiresAt) <= now) return false;
  return true;
}

function byNewest(a: LibraryItem, b: LibraryItem): number {
  return (b.publishedAt ?? '').localeCompare(a.publishedAt ?? '');
}

function liveKeys(items: readonly LibraryItem[]): string {
  let keys = '';
  for (const item of items) keys += `${item.key}\n`;
  return keys;
}

const ORIGIN_ORDER: Record<FeedOrigin, number> = { managed: 0, user: 1, demo: 2 };

/** Merges every source's last good feed into what the popup and the composer show, live items only. */
export function buildLibrary(states: Readonly<Record<string, FeedState>>, now: number): Library {
  const sources = Object.values(states)
    .filter((state) => state.feed)
    .sort((a, b) => ORIGIN_ORDER[a.origin] - ORIGIN_ORDER[b.origin]);
  const items: LibraryItem[] = [];
  const policies: LibraryPolicy[] = [];
  const used: { url: string; feed: Feed; hash: string | undefined }[] = [];
  for (const { url, feed, contentHash: hash } of sources) {
    if (!feed) continue;
    used.push({ url, feed, hash });
    for (const item of feed.items) {
      if (isLive(item, now))
        items.push({ ...item, key: `${url}#${item.id}`, feedUrl: url, publisherName: feed.publisher.name });
    }
    for (const policy of feed.policies) policies.push({ ...policy, feedUrl: url, publisherName: feed.publisher.name });
  }
  // PERSONALIZE runs from weakest to strongest; no feed at all means the default.
  const asked = used.map(({ feed }) => PERSONALIZE.indexOf(personalizeOf(feed)));
  const personalize = asked.length ? (PERSONALIZE[Math.max(...asked)] as Personalize) : DEFAULT_PERSONALIZE;
  let version: string | undefined;
  return {
    items: items.sort(byNewest),
    policies,
    isDemo: sources.length > 0 && sources.every((state) => state.origin === 'demo'),
    personalize,
    get version() {
      // Which items are live changes with time alone: their keys count too.
      version ??= `${used.map(({ url, feed, hash }) => feedContentHash(url, feed, hash)).join('')}${contentHash(liveKeys(items))}`;
      return version;
    },
  };
}
