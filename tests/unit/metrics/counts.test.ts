import { describe, expect, it } from 'vitest';
import {
  addUse,
  type CountedUse,
  isEmptyCounts,
  type MetricCounts,
  pruneCounts,
  subtractCounts,
} from '../../../shared/metrics/counts';
import { daysBetween, utcDay } from '../../../shared/metrics/day';

const use = (kind: CountedUse['kind'], over: Partial<CountedUse> = {}): CountedUse => ({
  feed: 'lumen',
  item: 'series-b',
  phrasing: 1,
  network: 'linkedin',
  kind,
  ...over,
});

const tally = (counts: MetricCounts) =>
  Object.entries(counts).flatMap(([day, rows]) =>
    Object.values(rows).map(({ feed, item, phrasing, network, counts }) => ({
      day,
      feed,
      item,
      phrasing,
      network,
      counts,
    })),
  );

describe('utcDay', () => {
  it("is the device clock's UTC date", () => {
    expect(utcDay(Date.parse('2026-12-03T23:59:59Z'))).toBe('2026-12-03');
    expect(utcDay(Date.parse('2026-12-04T00:00:00Z'))).toBe('2026-12-04');
    expect(daysBetween('2026-11-26', '2026-12-03')).toBe(7);
  });
});

describe('addUse', () => {
  it('counts per day, feed, item, wording, network and kind', () => {
    let counts: MetricCounts = {};
    counts = addUse(counts, '2026-12-03', use('inserted'));
    counts = addUse(counts, '2026-12-03', use('inserted'));
    counts = addUse(counts, '2026-12-03', use('posted-edited'));
    counts = addUse(counts, '2026-12-03', use('inserted', { phrasing: 2 }));
    counts = addUse(counts, '2026-12-03', use('copied', { network: null }));
    counts = addUse(counts, '2026-12-04', use('inserted'));
    counts = addUse(counts, '2026-12-03', use('inserted', { feed: 'other' }));
    expect(tally(counts)).toEqual([
      {
        day: '2026-12-03',
        feed: 'lumen',
        item: 'series-b',
        phrasing: 1,
        network: 'linkedin',
        counts: { inserted: 2, 'posted-edited': 1 },
      },
      { day: '2026-12-03', feed: 'lumen', item: 'series-b', phrasing: 2, network: 'linkedin', counts: { inserted: 1 } },
      { day: '2026-12-03', feed: 'lumen', item: 'series-b', phrasing: 1, network: null, counts: { copied: 1 } },
      { day: '2026-12-03', feed: 'other', item: 'series-b', phrasing: 1, network: 'linkedin', counts: { inserted: 1 } },
      { day: '2026-12-04', feed: 'lumen', item: 'series-b', phrasing: 1, network: 'linkedin', counts: { inserted: 1 } },
    ]);
  });

  it('leaves the counts it was given as they were', () => {
    const before = addUse({}, '2026-12-03', use('inserted'));
    const copy = structuredClone(before);
    addUse(before, '2026-12-03', use('inserted'));
    expect(before).toEqual(copy);
  });
});

describe('pruneCounts', () => {
  it('keeps seven days back and drops older ones unsent', () => {
    const counts = ['2026-11-25', '2026-11-26', '2026-12-03', '2026-12-05'].reduce<MetricCounts>(
      (all, day) => addUse(all, day, use('inserted')),
      {},
    );
    expect(Object.keys(pruneCounts(counts, '2026-12-03'))).toEqual(['2026-11-26', '2026-12-03', '2026-12-05']);
  });
});

describe('subtractCounts', () => {
  it('takes off exactly what was sent and keeps what came meanwhile', () => {
    const sent = addUse(addUse({}, '2026-12-03', use('inserted')), '2026-12-03', use('suggested'));
    let now = addUse(sent, '2026-12-03', use('inserted'));
    now = addUse(now, '2026-12-04', use('shared'));
    expect(tally(subtractCounts(now, sent))).toEqual([
      { day: '2026-12-03', feed: 'lumen', item: 'series-b', phrasing: 1, network: 'linkedin', counts: { inserted: 1 } },
      { day: '2026-12-04', feed: 'lumen', item: 'series-b', phrasing: 1, network: 'linkedin', counts: { shared: 1 } },
    ]);
  });

  it('leaves nothing once everything was sent, and never goes below zero', () => {
    const sent = addUse({}, '2026-12-03', use('inserted'));
    expect(subtractCounts(sent, sent)).toEqual({});
    expect(subtractCounts({}, sent)).toEqual({});
    expect(isEmptyCounts(subtractCounts(sent, sent))).toBe(true);
    expect(isEmptyCounts(sent)).toBe(false);
  });
});
