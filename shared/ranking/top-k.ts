/**
 * The `k` best of the indices 0…count-1 by `compare` (negative: the first is better), best first, without
 * sorting them all: a rank at 100,000 items keeps a sorted buffer of k and only touches it for an index
 * better than its worst.
 */
export function topIndices(count: number, k: number, compare: (a: number, b: number) => number): number[] {
  const best: number[] = [];
  if (k <= 0) return best;
  for (let value = 0; value < count; value++) {
    if (best.length === k && compare(value, best[k - 1] as number) >= 0) continue;
    let low = 0;
    let high = best.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (compare(best[mid] as number, value) <= 0) low = mid + 1;
      else high = mid;
    }
    best.splice(low, 0, value);
    if (best.length > k) best.pop();
  }
  return best;
}

/** The `k` best of `values` by `compare`, best first; equal values keep their order. */
export function topK<T>(values: readonly T[], k: number, compare: (a: T, b: T) => number): T[] {
  return topIndices(values.length, k, (a, b) => compare(values[a] as T, values[b] as T)).map((i) => values[i] as T);
}
