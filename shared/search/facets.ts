import type { FeedItem } from '../feed/schema';

export type Facets = { campaigns: string[]; tags: string[] };

const byName = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

/** The campaigns and tags the popup's filter lists offer, each once, in alphabetical order. */
export function facets(items: readonly Pick<FeedItem, 'campaign' | 'tags'>[]): Facets {
  const campaigns = new Set<string>();
  const tags = new Set<string>();
  for (const item of items) {
    if (item.campaign) campaigns.add(item.campaign);
    for (const tag of item.tags ?? []) tags.add(tag);
  }
  return { campaigns: [...campaigns].sort(byName.compare), tags: [...tags].sort(byName.compare) };
}
