import { bench, describe } from 'vitest';
import type { KeyedItem } from '../shared/ranking/keyed-item';
import { createLibrarySearch } from '../shared/search/library-search';
import { generatedLibrary } from '../tests/unit/ranking/demo-items';

// The popup searches on every keystroke: one bench call is one keystroke of someone typing a word, letter
// by letter, so the figures are per keystroke. The baseline is the obvious code: lower-case substring scan.

const items = generatedLibrary(10_000);
const WORD = 'sustainability';
const KEYSTROKES = Array.from({ length: WORD.length }, (_, i) => WORD.slice(0, i + 1));

function haystack(item: KeyedItem): string {
  return [item.title, item.text, ...(item.keywords ?? []), ...(item.tags ?? []), ...Object.values(item.variants ?? {})]
    .join('\n')
    .toLowerCase();
}

function cycle<T>(list: readonly T[]): () => T {
  let i = 0;
  return () => list[i++ % list.length] as T;
}

describe('popup search, one keystroke while typing "sustainability", 10,000 items', () => {
  const haystacks = items.map((item) => ({ item, text: haystack(item) }));
  const library = createLibrarySearch(items);
  const naiveQuery = cycle(KEYSTROKES);
  const query = cycle(KEYSTROKES);
  bench('naive: filter(haystack.includes(query)) (baseline)', () => {
    const q = naiveQuery();
    haystacks.filter(({ text }) => text.includes(q));
  });
  bench('createLibrarySearch().search', () => {
    library.search(query());
  });
  const typo = cycle(['sustainabilty', 'engineres', 'warehuose']);
  bench('createLibrarySearch().search, a whole word with a typo', () => {
    library.search(typo());
  });
  const filtered = cycle(KEYSTROKES);
  bench('createLibrarySearch().search, filtered by type and tag', () => {
    library.search(filtered(), { type: 'news', tag: 'tag-3' });
  });
});

// The index is built at the first typed query, so that first keystroke carries the build.
describe('first search in a fresh popup, 10,000 items', () => {
  bench('naive: lower-cased haystacks and one scan (baseline)', () => {
    items.map(haystack).filter((text) => text.includes('su'));
  });
  bench('createLibrarySearch(items).search("su")', () => {
    createLibrarySearch(items).search('su');
  });
});
