import { phrasingCount } from '../feed/phrasings';
import type { FeedItem } from '../feed/schema';
import { contentHash } from '../library/content-hash';

/**
 * Which of an item's `count` wordings this install uses: a hash of the install's random id and the item's
 * key picks a starting one, so colleagues start from different texts while each keeps the same one, and
 * `offset` (how many times the employee asked for "Another wording") moves on from there, round the list.
 * A 53-bit hash modulo at most 11 wordings: the bias is far below anything a test or a reader could see.
 */
export function pickPhrasing(installId: string, itemKey: string, count: number, offset = 0): number {
  if (count <= 1) return 0;
  // A separator no item key or id contains, so ("ab", "c") and ("a", "bc") hash apart.
  const start = Number.parseInt(contentHash(`${installId}\u0000${itemKey}`), 36) % count;
  const steps = Number.isFinite(offset) ? Math.trunc(offset) : 0;
  return (((start + steps) % count) + count) % count;
}

/** The offset stored after one more "Another wording": kept below `count` so it stays small. */
export function nextPhrasingOffset(offset: number | undefined, count: number): number {
  return count <= 1 ? 0 : ((offset ?? 0) + 1) % count;
}

/** What decides this install's wordings: its random id, and the "Another wording" steps per item key. */
export type PhrasingChoice = { installId: string; offsets: Readonly<Record<string, number>> };

/** The wording (0 = the item's own text) this install uses for `item`: what Insert, Copy and Share compose. */
export function chosenPhrasing(choice: PhrasingChoice, item: Pick<FeedItem, 'phrasings'> & { key: string }): number {
  return pickPhrasing(choice.installId, item.key, phrasingCount(item), choice.offsets[item.key]);
}
