import { describe, expect, it } from 'vitest';
import { addUse, type CountedUse, type MetricCounts, subtractCounts } from '../../../shared/metrics/counts';
import { countsOfEntries, plausibleEntries } from '../../../shared/metrics/plausible-events';

const add = (counts: MetricCounts, kind: CountedUse['kind'], over: Partial<CountedUse> = {}) =>
  addUse(counts, '2026-12-03', { feed: 'lumen', item: 'series-b', phrasing: 2, network: 'x', kind, ...over });

describe('plausibleEntries', () => {
  it('makes one event per counted use, with the documented name, url, domain and string props', () => {
    let counts: MetricCounts = {};
    counts = add(counts, 'inserted');
    counts = add(counts, 'inserted');
    counts = add(counts, 'posted-edited');
    counts = add(counts, 'posted-verbatim');
    counts = add(counts, 'copied', { network: null });
    const events = plausibleEntries(counts, 'herald').map(({ event }) => event);
    const props = { item: 'series-b', phrasing: '2', network: 'x', day: '2026-12-03' };
    const base = { url: 'app://herald/lumen/series-b', domain: 'herald' };
    expect(events).toEqual([
      { name: 'Inserted', ...base, props },
      { name: 'Inserted', ...base, props },
      { name: 'Posted', ...base, props: { ...props, edited: 'false' } },
      { name: 'Posted', ...base, props: { ...props, edited: 'true' } },
      { name: 'Copied', ...base, props: { ...props, network: 'none' } },
    ]);
  });

  it('stops at the cap, and what it made is exactly what a send takes off', () => {
    let counts: MetricCounts = {};
    for (let i = 0; i < 5; i++) counts = add(counts, 'suggested');
    counts = add(counts, 'shared');
    const entries = plausibleEntries(counts, 'herald', 4);
    expect(entries).toHaveLength(4);
    const left = subtractCounts(counts, countsOfEntries(entries));
    expect(plausibleEntries(left, 'herald').map(({ event }) => event.name)).toEqual(['Suggested', 'Shared']);
  });

  it('keeps a feed or item id with a slash inside its own URL segment', () => {
    const [entry] = plausibleEntries(add({}, 'shared', { feed: 'a/b', item: 'c d' }), 'company.example');
    expect(entry?.event.url).toBe('app://herald/a%2Fb/c%20d');
    expect(entry?.event.domain).toBe('company.example');
  });
});
