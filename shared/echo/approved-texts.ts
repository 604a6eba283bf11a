import { phrasingsOf } from '../feed/phrasings';
import type { FeedItem } from '../feed/schema';

// Every approved wording an employee could paste: each phrasing of each item (its own text first), and each
// of their per-network variants. Colleagues start from different phrasings: all of them are approved words.
export function approvedTexts(items: readonly Pick<FeedItem, 'text' | 'variants' | 'phrasings'>[]): string[] {
  const texts: string[] = [];
  for (const item of items) {
    for (const phrasing of phrasingsOf(item)) {
      texts.push(phrasing.text);
      for (const variant of Object.values(phrasing.variants ?? {})) if (variant) texts.push(variant);
    }
  }
  return texts;
}
