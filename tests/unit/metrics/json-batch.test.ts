import { describe, expect, it } from 'vitest';
import { addUse, type CountedUse, type MetricCounts } from '../../../shared/metrics/counts';
import { buildJsonBatch } from '../../../shared/metrics/json-batch';

const add = (counts: MetricCounts, day: string, kind: CountedUse['kind'], over: Partial<CountedUse> = {}) =>
  addUse(counts, day, { feed: 'lumen', item: 'series-b', phrasing: 1, network: 'linkedin', kind, ...over });

describe('buildJsonBatch', () => {
  it('is the documented herald-metrics/1 document, oldest day first, posted the sum of both kinds', () => {
    let counts: MetricCounts = {};
    counts = add(counts, '2026-12-04', 'copied', { network: null });
    counts = add(counts, '2026-12-03', 'suggested');
    counts = add(counts, '2026-12-03', 'inserted');
    counts = add(counts, '2026-12-03', 'posted-verbatim');
    counts = add(counts, '2026-12-03', 'posted-edited');
    counts = add(counts, '2026-12-03', 'posted-edited');
    const zero = { suggested: 0, inserted: 0, copied: 0, shared: 0, posted: 0, postedVerbatim: 0, postedEdited: 0 };
    expect(buildJsonBatch(counts)).toEqual({
      schema: 'herald-metrics/1',
      days: [
        {
          day: '2026-12-03',
          counts: [
            {
              feed: 'lumen',
              item: 'series-b',
              phrasing: 1,
              network: 'linkedin',
              ...zero,
              suggested: 1,
              inserted: 1,
              posted: 3,
              postedVerbatim: 1,
              postedEdited: 2,
            },
          ],
        },
        {
          day: '2026-12-04',
          counts: [{ feed: 'lumen', item: 'series-b', phrasing: 1, network: null, ...zero, copied: 1 }],
        },
      ],
    });
  });

  it('has no day and no row that counts nothing', () => {
    const counts: MetricCounts = {
      '2026-12-03': { x: { feed: 'lumen', item: 'a', phrasing: 1, network: null, counts: { inserted: 0 } } },
    };
    expect(buildJsonBatch(counts)).toEqual({ schema: 'herald-metrics/1', days: [] });
  });
});
