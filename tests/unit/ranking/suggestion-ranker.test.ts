import { describe, expect, it } from 'vitest';
import { createSuggestionRanker, startSuggestionRanker } from '../../../shared/ranking/suggestion-ranker';
import { DEMO_ITEMS, DEMO_NOW, generatedLibrary, makeItem } from './demo-items';

const demoRanker = createSuggestionRanker(DEMO_ITEMS);
const ids = (ranked: { item: { id: string } }[]) => ranked.map(({ item }) => item.id);

describe('rank on the demo feed', () => {
  it.each([
    ['We are hiring engineers for our robotics team', 'tp-hiring-engineers'],
    ['our energy use and sustainability', 'news-sustainability-report'],
    ['Notre rapport sur l’énergie et la sustainability', 'news-sustainability-report'],
    ['So proud of our new funding round', 'news-series-b'],
    ['Our robots slow down near people, safety first', 'tp-safety-first'],
    ['We just open sourced our simulator on GitHub', 'tp-open-source'],
    ['Thanks to my mentor and the training budget', 'tp-culture-learning'],
  ])('"%s" puts %s first', (draft, expected) => {
    expect(ids(demoRanker.rank(draft, 'linkedin', DEMO_NOW))[0]).toBe(expected);
  });

  it('ranks a sustainability item first for a draft about energy', () => {
    const [first] = demoRanker.rank('our energy use and sustainability', 'x', DEMO_NOW);
    expect(first?.item.tags).toContain('sustainability');
    expect(first?.why).toEqual(expect.arrayContaining(['energy', 'sustainability']));
  });

  it('completes the word being typed', () => {
    expect(ids(demoRanker.rank('Great news about our sustainab', 'linkedin', DEMO_NOW))[0]).toBe(
      'news-sustainability-report',
    );
    // The same beginning, finished by a space, is a word of its own and matches nothing.
    expect(demoRanker.fittingCount('Great news about our sustainab ', 'linkedin', DEMO_NOW)).toBe(0);
  });

  it('forgives a typo', () => {
    expect(ids(demoRanker.rank('We need more enginers ', 'linkedin', DEMO_NOW))[0]).toBe('tp-hiring-engineers');
  });

  it('respects the limit', () => {
    expect(demoRanker.rank('robots', 'linkedin', DEMO_NOW, 2)).toHaveLength(2);
  });

  it.each([[''], ['   '], ['the and of'], ['le la les et']])(
    'an empty or stop-word draft "%s" gives the newest',
    (draft) => {
      const ranked = demoRanker.rank(draft, 'linkedin', DEMO_NOW, 5);
      expect(ids(ranked)).toEqual([
        'news-series-b',
        'news-sustainability-report',
        'news-careers-fair',
        'news-safety-award',
        'tp-hiring-engineers',
      ]);
      expect(ranked.every((r) => r.score === 0 && !r.fits)).toBe(true);
      expect(demoRanker.fittingCount(draft, 'linkedin', DEMO_NOW)).toBe(0);
    },
  );

  it('a draft about nothing in the feed shows the newest, and counts none as fitting', () => {
    expect(ids(demoRanker.rank('Lovely weather today', 'linkedin', DEMO_NOW, 1))).toEqual(['news-series-b']);
    expect(demoRanker.fittingCount('Lovely weather today', 'linkedin', DEMO_NOW)).toBe(0);
  });
});

describe('fittingCount', () => {
  it.each([
    ['We are hiring engineers for our robotics team', 3],
    ['our energy use and sustainability', 2],
    ['safety', 2],
    ['Hello everyone', 0],
  ])('"%s" fits %i items', (draft, count) => {
    expect(demoRanker.fittingCount(draft, 'linkedin', DEMO_NOW)).toBe(count);
  });

  it('counts a single word only where it is a title word, keyword or tag', () => {
    const ranker = createSuggestionRanker([
      makeItem({ id: 'keyword', keywords: ['drones'] }),
      makeItem({ id: 'text', text: 'We also build drones sometimes.' }),
    ]);
    expect(ids(ranker.rank('drones', 'x', DEMO_NOW))).toEqual(['keyword', 'text']);
    expect(ranker.fittingCount('drones', 'x', DEMO_NOW)).toBe(1);
    expect(ranker.fittingCount('drones sometimes', 'x', DEMO_NOW)).toBe(2);
  });
});

describe('rank on synthetic items', () => {
  const same = { text: 'Our warehouse robots carry parcels.', keywords: ['warehouse'] };

  it('boosts recent news over older news and over talking points', () => {
    const ranker = createSuggestionRanker([
      makeItem({ ...same, id: 'point' }),
      makeItem({
        ...same,
        id: 'old',
        type: 'news',
        url: 'https://a.example.com/',
        publishedAt: '2026-01-01T00:00:00Z',
      }),
      makeItem({
        ...same,
        id: 'new',
        type: 'news',
        url: 'https://a.example.com/',
        publishedAt: '2026-11-19T00:00:00Z',
      }),
    ]);
    const ranked = ranker.rank('warehouse', 'linkedin', DEMO_NOW);
    expect(ids(ranked)).toEqual(['new', 'old', 'point']);
    expect(ranked[0]?.score).toBeGreaterThan((ranked[2]?.score ?? 0) * 1.4);
  });

  it('boosts items with a variant for the current site', () => {
    const ranker = createSuggestionRanker([
      makeItem({ ...same, id: 'plain' }),
      makeItem({ ...same, id: 'for-x', variants: { x: 'Robots carry parcels.' } }),
    ]);
    expect(ids(ranker.rank('warehouse', 'x', DEMO_NOW))).toEqual(['for-x', 'plain']);
    // On LinkedIn neither has a variant; the plain one is not pushed down.
    expect(ranker.rank('warehouse', 'linkedin', DEMO_NOW)[1]?.score).toBeGreaterThan(0);
  });

  it('leaves out expired items and items not yet started, at the given time', () => {
    const ranker = createSuggestionRanker([
      makeItem({ ...same, id: 'live' }),
      makeItem({ ...same, id: 'expired', expiresAt: '2026-11-20T09:00:00Z' }),
      makeItem({ ...same, id: 'later', startsAt: '2026-11-21T00:00:00Z' }),
    ]);
    expect(ids(ranker.rank('warehouse', 'x', DEMO_NOW))).toEqual(['live']);
    expect(ids(ranker.rank('', 'x', DEMO_NOW))).toEqual(['live']);
    expect(ids(ranker.search('warehouse', 10, DEMO_NOW))).toEqual(['live']);
    expect(ranker.fittingCount('warehouse', 'x', DEMO_NOW)).toBe(1);
    const later = new Date('2026-11-22T00:00:00Z');
    expect(ids(ranker.rank('warehouse', 'x', later)).sort()).toEqual(['later', 'live']);
  });

  it('an empty draft lists dated items newest first, then the rest in feed order', () => {
    const ranker = createSuggestionRanker([
      makeItem({ id: 'undated-1' }),
      makeItem({ id: 'older', publishedAt: '2026-10-01T00:00:00Z' }),
      makeItem({ id: 'undated-2' }),
      makeItem({ id: 'newer', publishedAt: '2026-11-01T00:00:00+01:00' }),
    ]);
    expect(ids(ranker.rank('', 'x', DEMO_NOW, 10))).toEqual(['newer', 'older', 'undated-1', 'undated-2']);
  });

  it('matches accented and unaccented words alike', () => {
    const ranker = createSuggestionRanker([
      makeItem({ id: 'fr', title: 'Énergie renouvelable' }),
      makeItem({ id: 'other' }),
    ]);
    expect(ids(ranker.rank('energie', 'x', DEMO_NOW, 1))).toEqual(['fr']);
  });
});

describe('search in the inline panel', () => {
  it.each([
    ['sustainabilty', 'news-sustainability-report'],
    ['engineres', 'tp-hiring-engineers'],
    ['fleet sim', 'tp-open-source'],
    ['careers lyon', 'news-careers-fair'],
  ])('"%s" finds %s first', (query, expected) => {
    expect(ids(demoRanker.search(query, 5, DEMO_NOW))[0]).toBe(expected);
  });

  it('lists the newest for an empty query', () => {
    expect(ids(demoRanker.search('', 2, DEMO_NOW))).toEqual(['news-series-b', 'news-sustainability-report']);
  });
});

describe('startSuggestionRanker', () => {
  it('built a step at a time, it ranks exactly as one built at once', () => {
    const items = generatedLibrary(700);
    const work = startSuggestionRanker(items);
    let steps = 1;
    while (!work.step()) steps++;
    expect(steps).toBeGreaterThan(7);
    const stepped = work.finish();
    const atOnce = createSuggestionRanker(items);
    for (const draft of ['robots warehouse energy', 'We are hiring enginers', 'sustainab']) {
      expect(stepped.rank(draft, 'x', DEMO_NOW, 10)).toEqual(atOnce.rank(draft, 'x', DEMO_NOW, 10));
      expect(stepped.fittingCount(draft, 'x', DEMO_NOW)).toBe(atOnce.fittingCount(draft, 'x', DEMO_NOW));
    }
  });
});
