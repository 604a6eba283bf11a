import { describe, expect, it } from 'vitest';
import { createLibrarySearch } from '../../../shared/search/library-search';
import { DEMO_ITEMS, generatedLibrary, makeItem } from '../ranking/demo-items';

const search = createLibrarySearch(DEMO_ITEMS);
const ids = (items: { id: string }[]) => items.map((item) => item.id);

describe('createLibrarySearch', () => {
  it.each([
    ['sustainabilty', 'news-sustainability-report'],
    ['engineres', 'tp-hiring-engineers'],
    ['sustain', 'news-sustainability-report'],
    ['eng', 'tp-hiring-engineers'],
    ['SERIES B', 'news-series-b'],
    ['mentr', 'tp-culture-learning'],
    ['fleetsim', 'tp-open-source'],
    ['lyon fair', 'news-careers-fair'],
  ])('"%s" finds %s first', (query, expected) => {
    expect(ids(search.search(query))[0]).toBe(expected);
  });

  it('weighs a title word above the same word in a text', () => {
    const titled = createLibrarySearch([
      makeItem({ id: 'in-text', text: 'A word about gardens and other things.' }),
      makeItem({ id: 'in-title', title: 'Gardens', text: 'Something else entirely.' }),
    ]);
    expect(ids(titled.search('garden'))).toEqual(['in-title', 'in-text']);
  });

  it('narrows with every word, but a word that matches nothing does not empty the list', () => {
    expect(ids(search.search('robots safety'))).toEqual(
      expect.arrayContaining(['tp-safety-first', 'news-safety-award']),
    );
    expect(search.search('robots safety').length).toBeLessThan(search.search('robots').length);
    expect(ids(search.search('safety zzzzqqq'))).toEqual(
      expect.arrayContaining(['tp-safety-first', 'news-safety-award']),
    );
  });

  it('returns everything in library order for an empty query', () => {
    expect(ids(search.search('  '))).toEqual(ids(DEMO_ITEMS));
  });

  it('finds nothing for nonsense', () => {
    expect(search.search('xylophone')).toEqual([]);
  });

  it.each([
    [{ type: 'talking-point' as const }, (item: (typeof DEMO_ITEMS)[number]) => item.type === 'talking-point'],
    [{ type: 'news' as const }, (item: (typeof DEMO_ITEMS)[number]) => item.type === 'news'],
    [{ campaign: 'hiring-q4' }, (item: (typeof DEMO_ITEMS)[number]) => item.campaign === 'hiring-q4'],
    [{ tag: 'sustainability' }, (item: (typeof DEMO_ITEMS)[number]) => item.tags?.includes('sustainability') === true],
  ])('filters %o with or without a query', (filters, keep) => {
    const expected = ids(DEMO_ITEMS.filter(keep));
    expect(expected.length).toBeGreaterThan(0);
    expect(ids(search.search('', filters))).toEqual(expected);
    const found = search.search('lumen', filters);
    expect(found.length).toBeGreaterThan(0);
    expect(found.every(keep)).toBe(true);
  });

  it('combines filters', () => {
    expect(ids(search.search('', { type: 'news', tag: 'hiring' }))).toEqual(['news-careers-fair']);
    expect(search.search('safety', { type: 'news', campaign: 'safety-award' })).toEqual([]);
  });

  it('keeps to items whose post fits the chosen network', () => {
    const library = createLibrarySearch([
      makeItem({ id: 'short', text: 'Robots are great.' }),
      makeItem({ id: 'long', text: `Robots ${'are great '.repeat(40)}` }),
      makeItem({ id: 'long-with-x-variant', text: `Robots ${'are great '.repeat(40)}`, variants: { x: 'Robots!' } }),
    ]);
    expect(ids(library.search('robots', { network: 'x' })).sort()).toEqual(['long-with-x-variant', 'short']);
    expect(ids(library.search('', { network: 'linkedin' }))).toEqual(['short', 'long', 'long-with-x-variant']);
  });
});

describe('createLibrarySearch().prepare', () => {
  it('builds the same index in chunks: results are the same as without it', async () => {
    const items = generatedLibrary(600);
    const cold = createLibrarySearch(items);
    const warm = createLibrarySearch(items);
    await warm.prepare();
    for (const query of ['sustainabilty', 'engin', 'robot warehouse']) {
      expect(warm.search(query).map((item) => item.key)).toEqual(cold.search(query).map((item) => item.key));
    }
  });

  it('a query typed while it builds finishes that build, with the same results', async () => {
    const items = generatedLibrary(600);
    const cold = createLibrarySearch(items);
    const warm = createLibrarySearch(items);
    const preparing = warm.prepare();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(warm.search('robot warehouse').map((item) => item.key)).toEqual(
      cold.search('robot warehouse').map((item) => item.key),
    );
    await preparing;
    expect(warm.search('engin').map((item) => item.key)).toEqual(cold.search('engin').map((item) => item.key));
  });
});
