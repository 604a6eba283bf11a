import { placeholderProblems } from '../text/placeholders';
import type { FeedItem } from './schema';

/** A text a post may start from, with its path inside the item. */
export type ItemText = { path: PropertyKey[]; text: string };

/** Every wording of an item: its text and each network's variant (a new kind of wording adds its line here). */
export function itemTexts(item: Pick<FeedItem, 'text' | 'variants'>): ItemText[] {
  return [
    { path: ['text'], text: item.text },
    ...Object.entries(item.variants ?? {}).flatMap(([site, text]) =>
      typeof text === 'string' ? [{ path: ['variants', site], text }] : [],
    ),
  ];
}

/** Unknown placeholders and unbalanced braces in any of the item's texts, each with its path in the item. */
export function itemPlaceholderProblems(
  item: Pick<FeedItem, 'text' | 'variants'>,
): { path: PropertyKey[]; message: string }[] {
  return itemTexts(item).flatMap(({ path, text }) =>
    placeholderProblems(text).map(({ message }) => ({ path, message })),
  );
}
