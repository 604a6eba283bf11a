import { expect, it } from 'vitest';
import type { LibraryItem } from '../../../shared/library/build-library';
import { headLibrary, libraryHead } from '../../../shared/library/library-head';

const item = (id: string, type: LibraryItem['type']): LibraryItem => ({
  id,
  key: `f#${id}`,
  type,
  title: id,
  text: id,
  feedUrl: 'f',
  publisherName: 'P',
});

it('keeps the first items of each type in library order: the full lists start with exactly these', () => {
  const items = Array.from({ length: 50 }, (_, i) => item(`i${i}`, i % 5 === 0 ? 'news' : 'talking-point'));
  const head = libraryHead({ items, isDemo: false }, 3);
  expect(head.items.map(({ id }) => id)).toEqual(['i0', 'i1', 'i2', 'i3', 'i5', 'i10']);
  for (const type of ['news', 'talking-point'] as const) {
    const full = items.filter((each) => each.type === type);
    const start = head.items.filter((each) => each.type === type);
    expect(full.slice(0, start.length)).toEqual(start);
  }
});

it('stands in as a library with no policies until the whole one is read', () => {
  const library = headLibrary(libraryHead({ items: [item('a', 'news')], isDemo: true }));
  expect(library).toMatchObject({ items: [{ id: 'a' }], policies: [], isDemo: true });
});
