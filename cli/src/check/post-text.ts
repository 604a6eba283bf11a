import type { FeedItem } from '../../../shared/feed/schema';

/**
 * The post an employee would share: the network's variant (or the text), then the link and the hashtags
 * that the text does not already contain. Good enough to warn about length before publishing.
 */
export function sharedPostText(body: string, item: Pick<FeedItem, 'url' | 'hashtags'>): string {
  const parts = [body];
  if (item.url && !body.includes(item.url)) parts.push(item.url);
  const tags = (item.hashtags ?? [])
    .map((tag) => (tag.startsWith('#') ? tag : `#${tag}`))
    .filter((tag) => !body.includes(tag));
  if (tags.length > 0) parts.push(tags.join(' '));
  return parts.join(' ');
}
