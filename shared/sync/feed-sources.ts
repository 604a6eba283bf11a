import { isAllowedUrl } from '../feed/allowed-url';
import { DEMO_FEED_URL, type FeedOrigin } from './feed-state';
import type { ManagedConfig } from './managed-config';

export type FeedSource = { url: string; origin: FeedOrigin };

/**
 * The feeds to sync, in order: IT's, then the employee's own (unless IT forbids them), else the bundled demo.
 * A URL listed twice is synced once, under its first origin.
 */
export function feedSources(managed: ManagedConfig, userFeedUrls: readonly string[]): FeedSource[] {
  const candidates: FeedSource[] = [
    ...(managed.feedUrls ?? []).map((url) => ({ url, origin: 'managed' as const })),
    ...(managed.allowUserFeeds === false ? [] : userFeedUrls.map((url) => ({ url, origin: 'user' as const }))),
  ];
  const seen = new Set<string>();
  const sources = candidates.filter(({ url }) => {
    if (!isAllowedUrl(url) || seen.has(url)) return false;
    seen.add(url);
    return true;
  });
  return sources.length > 0 ? sources : [{ url: DEMO_FEED_URL, origin: 'demo' }];
}
