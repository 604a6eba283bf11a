import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { metricsBatchSchema } from '../../../shared/metrics/batch-schema';
import { addUse, type CountedUse, type MetricCounts } from '../../../shared/metrics/counts';
import { buildJsonBatch } from '../../../shared/metrics/json-batch';
import { USE_KINDS } from '../../../shared/metrics/use';
import { SITES } from '../../../shared/sites/registry';

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

  it('always builds a batch that herald-feed serve --metrics accepts (one schema for both sides)', () => {
    const use = fc.record({
      day: fc.constantFrom('2026-11-27', '2026-12-02', '2026-12-03'),
      feed: fc.constantFrom('lumen', 'lumen-demo'),
      item: fc.constantFrom('series-b', 'tp-hiring'),
      phrasing: fc.integer({ min: 1, max: 3 }),
      network: fc.constantFrom(null, ...SITES),
      kind: fc.constantFrom(...USE_KINDS),
    });
    fc.assert(
      fc.property(fc.array(use, { maxLength: 60 }), (uses) => {
        const counts = uses.reduce<MetricCounts>((held, { day, ...counted }) => addUse(held, day, counted), {});
        const batch = buildJsonBatch(counts);
        expect(metricsBatchSchema.safeParse(batch).success).toBe(true);
        const total = batch.days
          .flatMap((day) => day.counts)
          .reduce((sum, row) => sum + row.suggested + row.inserted + row.copied + row.shared + row.posted, 0);
        expect(total).toBe(uses.length);
      }),
    );
  });
});
