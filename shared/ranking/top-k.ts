/**
 * The `k` best of `values` by `compare` (negative: the first is better), best first, without sorting them
 * all: a rank at 100,000 items keeps a buffer of k and only touches it for a value better than its worst.
 */
export function topK<T>(values: Iterable<T>, k: number, compare: (a: T, b: T) => number): T[] {
  const best: T[] = [];
  if (k <= 0) return best;
  for (const value of values) {
    if (best.length === k && compare(value, best[k - 1] as T) >= 0) continue;
    let low = 0;
    let high = best.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (compare(best[mid] as T, value) <= 0) low = mid + 1;
      else high = mid;
    }
    best.splice(low, 0, value);
    if (best.length > k) best.pop();
  }
  return best;
}
