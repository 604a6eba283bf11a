import type { FeedItem, Phrasing, Site } from './schema';

type Worded = Pick<FeedItem, 'text' | 'variants' | 'phrasings'>;

/** Every wording of an item, its own `text` and `variants` first (phrasing 0), then its `phrasings` in order. */
export function phrasingsOf(item: Worded): Phrasing[] {
  const own: Phrasing = item.variants ? { text: item.text, variants: item.variants } : { text: item.text };
  return [own, ...(item.phrasings ?? [])];
}

/** How many wordings an item has, its own text included, without building the list. */
export function phrasingCount(item: Pick<FeedItem, 'phrasings'>): number {
  return 1 + (item.phrasings?.length ?? 0);
}

/**
 * The words of wording `index` on `site`: that wording's variant for the site, else its text. An index the
 * item does not have (the feed changed under a stored choice) reads as 0, the item's own.
 */
export function phrasingText(item: Worded, site: Site, index = 0): string {
  const wording = (index > 0 ? item.phrasings?.[index - 1] : undefined) ?? item;
  return wording.variants?.[site] ?? wording.text;
}

/**
 * Wording `index` numbered as the employee sees it ("Another wording (2 of 3)") and as metrics and
 * utm_content report it: 1 is the item's own text. An index the item does not have reads as 1, as it composes.
 */
export function wordingNumber(item: Pick<FeedItem, 'phrasings'>, index = 0): number {
  return Number.isInteger(index) && index > 0 && index < phrasingCount(item) ? index + 1 : 1;
}
