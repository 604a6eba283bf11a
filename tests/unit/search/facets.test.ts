import { expect, it } from 'vitest';
import { facets } from '../../../shared/search/facets';
import { DEMO_ITEMS } from '../ranking/demo-items';

it('lists each campaign and tag once, alphabetically, ignoring case and numbering naturally', () => {
  expect(
    facets([
      { campaign: 'spring-10', tags: ['zeta', 'Alpha'] },
      { campaign: 'spring-9', tags: ['alpha2', 'zeta'] },
      { tags: [] },
      { campaign: 'Autumn' },
    ]),
  ).toEqual({ campaigns: ['Autumn', 'spring-9', 'spring-10'], tags: ['Alpha', 'alpha2', 'zeta'] });
});

it('gives the demo feed’s filters', () => {
  expect(facets(DEMO_ITEMS)).toEqual({
    campaigns: ['hiring-q4', 'safety-award', 'series-b-2026', 'sustainability-2026'],
    tags: ['company', 'culture', 'engineering', 'events', 'hiring', 'product', 'sustainability'],
  });
});
