import type { FeedItem } from '../feed/schema';

// Every approved wording an employee could paste: each item's text and each of its per-network variants.
// A plain list of strings, so phrasings join it without the index changing.
export function approvedTexts(items: readonly Pick<FeedItem, 'text' | 'variants'>[]): string[] {
  const texts: string[] = [];
  for (const item of items) {
    texts.push(item.text);
    for (const variant of Object.values(item.variants ?? {})) if (variant) texts.push(variant);
  }
  return texts;
}
