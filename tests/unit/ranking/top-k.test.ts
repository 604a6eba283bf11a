import fc from 'fast-check';
import { expect, it } from 'vitest';
import { topK } from '../../../shared/ranking/top-k';

it('gives the same as sorting everything and keeping the first k, ties in input order', () => {
  fc.assert(
    fc.property(
      fc.array(fc.record({ score: fc.integer({ min: 0, max: 20 }), at: fc.nat() })),
      fc.nat(12),
      (values, k) => {
        const compare = (a: { score: number }, b: { score: number }) => b.score - a.score;
        expect(topK(values, k, compare)).toEqual([...values].sort(compare).slice(0, k));
      },
    ),
  );
});
