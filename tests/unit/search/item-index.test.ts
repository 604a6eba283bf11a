import { expect, it } from 'vitest';
import { indexTerm, indexTerms } from '../../../shared/search/item-index';

it.each([
  ['Énergie', 'energie'],
  ['STRASSE', 'strasse'],
  ['Straße', 'strasse'],
  ['the', null],
  ['The', null],
  ['été', null],
  ['Robots', 'robots'],
])('indexTerm("%s") is %s', (word, term) => {
  expect(indexTerm(word)).toBe(term);
});

it('splits on spaces, punctuation and symbols, and leaves stop words out', () => {
  expect(indexTerms("L'énergie: we're #1 at co-op robots—really! 😀ok")).toEqual([
    'energie',
    '1',
    'co',
    'op',
    'robots',
    'really',
    'ok',
  ]);
});
