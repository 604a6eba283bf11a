// 32-bit hashes of words and of runs of words. A draft shingle wrongly found in the index (a collision)
// needs another shingle's hash to equal its own: with a million approved shingles that is about one draft
// shingle in 4,000, which moves a score by a fraction of a percent at most.

/** FNV-1a over UTF-16 code units. */
export function wordHash(word: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < word.length; i++) hash = Math.imul(hash ^ word.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}

/** Order-sensitive hash of `count` word hashes from `start`: "team of the" and "the team of" differ. */
export function runHash(hashes: readonly number[], start: number, count: number, seed = 0): number {
  // Seeded with the length: a two-word text and a three-word run that starts with its words hash apart.
  let hash = Math.imul(count + seed, 0x9e3779b1);
  for (let i = start; i < start + count; i++) {
    hash = Math.imul(hash ^ (hashes[i] as number), 0x85ebca6b);
    hash ^= hash >>> 13;
    hash = Math.imul(hash, 0xc2b2ae35);
    hash ^= hash >>> 16;
  }
  // 0 marks an empty slot in the index table.
  return hash >>> 0 || 1;
}

/** The hash of a whole short stretch of approved words, apart from every shingle hash (see echo-index.ts). */
export function wholeRunHash(hashes: readonly number[], start: number, count: number): number {
  return runHash(hashes, start, count, 0x10000);
}
