import { placeholderProblems } from '../text/placeholders';
import type { FeedItem } from './schema';

/** A text a post may start from, with its path inside the item. */
export type ItemText = { path: PropertyKey[]; text: string };

type Worded = Pick<FeedItem, 'text' | 'variants' | 'phrasings'>;

function wordingTexts(prefix: PropertyKey[], wording: Pick<FeedItem, 'text' | 'variants'>): ItemText[] {
  return [
    { path: [...prefix, 'text'], text: wording.text },
    ...Object.entries(wording.variants ?? {}).flatMap(([site, text]) =>
      typeof text === 'string' ? [{ path: [...prefix, 'variants', site], text }] : [],
    ),
  ];
}

/** Every wording of an item: its text and each network's variant, then each phrasing's. */
export function itemTexts(item: Worded): ItemText[] {
  return [
    ...wordingTexts([], item),
    ...(item.phrasings ?? []).flatMap((phrasing, index) => wordingTexts(['phrasings', index], phrasing)),
  ];
}

/** Unknown placeholders and unbalanced braces in any of the item's texts, each with its path in the item. */
export function itemPlaceholderProblems(item: Worded): { path: PropertyKey[]; message: string }[] {
  return itemTexts(item).flatMap(({ path, text }) =>
    placeholderProblems(text).map(({ message }) => ({ path, message })),
  );
}
