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

const SYLLABLES = 'ro bo lu men ka tri son pel dra vin mo sta quel nor fi ga ber cu dol esk ith jar pa ze'.split(' ');
const REAL_WORDS =
  'robots warehouse parcel energy hiring engineers safety customers funding fleet simulator launch award team culture learning sustainability renewable careers growth'.split(
    ' ',
  );

/**
 * A deterministic library of `count` items for benchmarks and scale tests. Words follow a long-tailed
 * distribution over about 14,000 made-up words, as in real text: a few are everywhere, most are rare; one
 * word in 40 is a real one ("robots", "sustainability").
 */
export function generatedLibrary(count: number): KeyedItem[] {
  let seed = 42;
  const next = () => {
    seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
    return seed / 2_147_483_648;
  };
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
  const syllables = SYLLABLES.length;
  const word = () => {
    if (next() < 1 / 40) return pick(REAL_WORDS);
    const rank = Math.floor(syllables ** 3 * next() ** 3);
    return `${SYLLABLES[rank % syllables]}${SYLLABLES[Math.floor(rank / syllables) % syllables]}${SYLLABLES[Math.floor(rank / syllables ** 2)]}`;
  };
  const words = (n: number) => Array.from({ length: n }, word).join(' ');
  return Array.from({ length: count }, (_, i) => {
    const news = i % 3 === 0;
    const item: KeyedItem = {
      id: `gen-${i}`,
      key: `https://feed.example.com/feed.json#gen-${i}`,
      type: news ? 'news' : 'talking-point',
      title: words(7),
      text: `${words(40)}.`,
      keywords: Array.from({ length: 5 }, word),
      tags: [`tag-${i % 30}`, `tag-${(i * 7) % 30}`],
      campaign: `campaign-${i % 50}`,
      ...(news
        ? {
            url: `https://news.example.com/${i}`,
            publishedAt: new Date(Date.UTC(2026, 0, 1) + i * 3_600_000).toISOString(),
          }
        : {}),
      ...(i % 4 === 0 ? { variants: { x: words(20), linkedin: words(60) } } : {}),
    };
    return item;
  });
}
