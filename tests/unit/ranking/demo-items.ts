import demo from '../../../shared/feed/demo-feed.json';
import { type FeedItem, feedSchema } from '../../../shared/feed/schema';
import type { KeyedItem } from '../../../shared/ranking/keyed-item';

/** The bundled demo feed's items, keyed as the library keys them. */
export const DEMO_ITEMS: KeyedItem[] = feedSchema
  .parse(demo)
  .items.map((item) => ({ ...item, key: `demo#${item.id}` }));

/** When the demo feed was last updated: its news is days old, not months. */
export const DEMO_NOW = new Date('2026-11-20T09:00:00Z');

let counter = 0;
/** A synthetic talking point; fields default to something unremarkable. */
export function makeItem(fields: Partial<FeedItem> = {}): KeyedItem {
  counter += 1;
  const id = fields.id ?? `item-${counter}`;
  return { type: 'talking-point', title: `Item ${id}`, text: 'Plain words.', ...fields, id, key: `test#${id}` };
}
