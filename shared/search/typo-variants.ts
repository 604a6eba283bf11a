// Typo tolerance by symmetric deletes: a word and a misspelling of it one typo apart (a letter missing, one
// extra, two adjacent letters swapped, one wrong) share a form with at most one letter deleted from each.
// The index keeps each term's one-letter deletions, so finding a misspelt word's candidates is a few map
// lookups instead of a walk of the whole vocabulary; a check of the real distance then drops false friends.

/** The word with each one of its letters left out, each form once ("abb" gives "bb", "ab"). */
export function oneLetterDeletions(word: string): string[] {
  const letters = [...word];
  const forms = new Set<string>();
  for (let i = 0; i < letters.length; i++) forms.add(letters.slice(0, i).join('') + letters.slice(i + 1).join(''));
  return [...forms];
}

/**
 * True when `a` and `b` are at most one typo apart: the optimal string alignment distance (Levenshtein with
 * adjacent transpositions) is at most 1.
 */
export function withinOneTypo(a: string, b: string): boolean {
  if (a === b) return true;
  const x = [...a];
  const y = [...b];
  if (Math.abs(x.length - y.length) > 1) return false;
  let start = 0;
  while (start < x.length && start < y.length && x[start] === y[start]) start++;
  if (x.length === y.length) {
    const rest = (from: number) => x.slice(from).join('') === y.slice(from).join('');
    // One letter wrong, or this letter and the next swapped.
    return rest(start + 1) || (x[start] === y[start + 1] && x[start + 1] === y[start] && rest(start + 2));
  }
  // One letter more in the longer word: skip it, the rest must be equal.
  const [longer, shorter] = x.length > y.length ? [x, y] : [y, x];
  return longer.slice(start + 1).join('') === shorter.slice(start).join('');
}
