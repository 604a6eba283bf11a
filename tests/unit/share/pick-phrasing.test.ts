import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nextPhrasingOffset, pickPhrasing } from '../../../shared/share/pick-phrasing';

const KEY = 'https://lumen.example/feed.json#tp-hiring-engineers';
const counts = fc.integer({ min: 2, max: 11 });

describe('pickPhrasing', () => {
  it('is 0 for an item with one wording, whatever the id or offset', () => {
    fc.assert(
      fc.property(fc.uuid(), fc.string(), fc.integer(), (id, key, offset) => {
        expect(pickPhrasing(id, key, 1, offset)).toBe(0);
      }),
    );
  });

  it('is stable per install: the same id, key and offset always pick the same wording', () => {
    fc.assert(
      fc.property(fc.uuid(), fc.string(), counts, fc.nat(20), (id, key, count, offset) => {
        const first = pickPhrasing(id, key, count, offset);
        expect(first).toBeGreaterThanOrEqual(0);
        expect(first).toBeLessThan(count);
        expect(pickPhrasing(`${id}`, `${key}`, count, offset)).toBe(first);
      }),
    );
  });

  it('spreads random install ids over every wording, each getting a fair share', () => {
    fc.assert(
      fc.property(counts, fc.string({ minLength: 1 }), fc.integer(), (count, key, seed) => {
        // Many random ids, as a company's installs are: each wording's share stays near 1/count (it is
        // nearly 10 standard deviations from half of that, so this never fails by chance).
        const ids = fc.sample(fc.uuid(), { numRuns: 300 * count, seed });
        const picked = new Array<number>(count).fill(0);
        for (const id of ids) {
          const index = pickPhrasing(id, key, count);
          picked[index] = (picked[index] ?? 0) + 1;
        }
        for (const times of picked) expect(times).toBeGreaterThan(150);
      }),
      { numRuns: 20 },
    );
  });

  it('gives one install different starting wordings for different items', () => {
    const id = '6f1f2b7e-3c2d-4a8e-9d0b-5b7f3c1e2a90';
    const starts = new Set(Array.from({ length: 60 }, (_, i) => pickPhrasing(id, `${KEY}-${i}`, 3)));
    expect(starts).toEqual(new Set([0, 1, 2]));
  });

  it('tells apart ids and keys that only differ in where one ends', () => {
    const pairs = Array.from({ length: 40 }, (_, i) => [`id-${i}`, `k`] as const);
    const glued = pairs.filter(([id, key]) => pickPhrasing(id, key, 7) !== pickPhrasing(`${id}k`, '', 7));
    expect(glued.length).toBeGreaterThan(20);
  });

  it('cycles through every wording as the offset grows, and back to the first', () => {
    fc.assert(
      fc.property(fc.uuid(), fc.string(), counts, (id, key, count) => {
        let offset = 0;
        const seen: number[] = [];
        for (let press = 0; press < count; press++) {
          seen.push(pickPhrasing(id, key, count, offset));
          offset = nextPhrasingOffset(offset, count);
        }
        expect(new Set(seen).size).toBe(count);
        expect(offset).toBe(0);
        expect(pickPhrasing(id, key, count, offset)).toBe(seen[0]);
        // Each press moves to the next wording, round the list.
        for (let i = 1; i < count; i++) expect(seen[i]).toBe(((seen[i - 1] ?? 0) + 1) % count);
      }),
    );
  });

  it('reads a stored offset that is negative, huge or not a number as a valid choice', () => {
    for (const offset of [-1, -7, 1e12, Number.NaN, Number.POSITIVE_INFINITY, 2.5]) {
      const index = pickPhrasing('id', KEY, 3, offset);
      expect(index).toBeGreaterThanOrEqual(0);
      expect(index).toBeLessThan(3);
      expect(Number.isInteger(index)).toBe(true);
    }
  });
});
