import { describe, expect, it } from 'vitest';
import { createSuggestionRanker } from '../../../shared/ranking/suggestion-ranker';
import { createLibrarySearch } from '../../../shared/search/library-search';
import { oneLetterDeletions, withinOneTypo } from '../../../shared/search/typo-variants';
import { makeItem } from '../ranking/demo-items';

// The typos people make most when searching: two adjacent letters swapped, a letter missing, one extra,
// one wrong. Each must find its word in the popup's Search and in the in-page panel's search alike.
const ITEMS = [
  makeItem({ id: 'berlin', title: 'Our new office in Berlin', text: 'Opening in spring.' }),
  makeItem({ id: 'warehouse', title: 'Warehouse robots', text: 'Robots that carry parcels.' }),
  makeItem({ id: 'hiring', title: 'We are hiring', text: 'Engineers wanted.', keywords: ['recruiting'] }),
  makeItem({ id: 'energy', title: 'Renewable energy', text: 'All sites run on sustainable power.' }),
  makeItem({ id: 'strasse', title: 'Die Straße', text: 'Événement à Köln.' }),
];

const TYPOS: [typo: string, kind: string, id: string][] = [
  ['berlni', 'two adjacent letters swapped', 'berlin'],
  ['BERILN', 'two adjacent letters swapped, in capitals', 'berlin'],
  ['berln', 'a letter missing', 'berlin'],
  ['beerlin', 'one extra letter', 'berlin'],
  ['bxrlin', 'one wrong letter', 'berlin'],
  ['wharehouse', 'one extra letter', 'warehouse'],
  ['warehuose', 'two adjacent letters swapped', 'warehouse'],
  ['wrehouse', 'a letter missing', 'warehouse'],
  ['recruting', 'a letter missing, in a keyword', 'hiring'],
  ['enigneers', 'two adjacent letters swapped', 'hiring'],
  ['renwable', 'a letter missing', 'energy'],
  ['sustianable', 'two adjacent letters swapped', 'energy'],
  ['eveenement', 'one extra letter, against an accented word', 'strasse'],
  ['klon', 'two adjacent letters swapped, against an accented word', 'strasse'],
];

const popup = createLibrarySearch(ITEMS);
const panel = createSuggestionRanker(ITEMS);
const NOW = new Date('2026-11-20T09:00:00Z');

describe.each([
  ['popup Search', (query: string) => popup.search(query).map((item) => item.id)],
  ['panel search', (query: string) => panel.search(query, 5, NOW).map(({ item }) => item.id)],
])('%s', (_where, search) => {
  it.each(TYPOS)('"%s" (%s) finds %s first', (typo, _kind, id) => {
    expect(search(typo)[0]).toBe(id);
  });

  it('does not stretch two typos into a match', () => {
    expect(search('bnrlni')).toEqual([]);
    expect(search('wrhouse')).toEqual([]);
  });
});

describe('withinOneTypo', () => {
  it.each([
    ['berlin', 'berlni', true],
    ['berlin', 'berln', true],
    ['berlin', 'bberlin', true],
    ['berlin', 'berlim', true],
    ['berlin', 'berlin', true],
    ['berlin', 'nerlib', false],
    ['berlin', 'brlni', false],
    ['berlin', 'berlinxx', false],
    ['abcd', 'bacd', true],
    ['abcd', 'bcad', false],
    ['köln', 'kön', true],
  ])('"%s" and "%s": %s', (a, b, within) => {
    expect(withinOneTypo(a, b)).toBe(within);
    expect(withinOneTypo(b, a)).toBe(within);
  });
});

it('oneLetterDeletions gives each form once', () => {
  expect(oneLetterDeletions('abb')).toEqual(['bb', 'ab']);
});
