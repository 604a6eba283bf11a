import { describe, expect, it } from 'vitest';
import { runHash, wordHash } from '../../../shared/echo/shingle-hash';

describe('runHash', () => {
  const words = ['the', 'team', 'of', 'the', 'year'].map(wordHash);

  it('gives the same run the same hash wherever it is', () => {
    expect(runHash(words, 0, 1)).toBe(runHash(words, 3, 1));
    expect(runHash([...words, ...words], 5, 3)).toBe(runHash(words, 0, 3));
  });

  it('tells runs apart by order, by content and by length', () => {
    const hashes = new Set([
      runHash(words, 0, 3), // the team of
      runHash([words[1], words[0], words[2]] as number[], 0, 3), // team the of
      runHash(words, 1, 3), // team of the
      runHash(words, 0, 2), // the team
      runHash(words, 2, 3), // of the year
    ]);
    expect(hashes.size).toBe(5);
  });

  it('never gives 0, the empty slot of the index', () => {
    for (let i = 0; i < 10_000; i++) expect(runHash([i], 0, 1)).not.toBe(0);
  });
});
