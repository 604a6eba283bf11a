import { isAllowedUrl } from '../feed/allowed-url';
import type { FeedItem, Site } from '../feed/schema';
import { utmContent, withUtm } from './with-utm';

/**
 * The item's link as shared to `site` in wording `phrasing` (0-based): tagged with the network, the campaign
 * and the wording; null when the item has no link Herald may share.
 */
export function trackedLink(item: FeedItem, site: Site, phrasing?: number): string | null {
  if (!item.url || !isAllowedUrl(item.url)) return null;
  return withUtm(item.url, { source: site, campaign: item.campaign ?? item.id, content: utmContent(item, phrasing) });
}
