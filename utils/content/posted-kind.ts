/** Words, lowercased, without punctuation: what is left of the inserted text whatever the editor did to spacing. */
function wordsOf(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

const folded = (text: string) => text.replace(/\s+/g, ' ').trim();

// Three-word runs: a word changed breaks three of them, a sentence added breaks none. A text of three words or
// fewer is one run.
const RUN = 3;

function runsOf(words: readonly string[]): string[] {
  if (words.length <= RUN) return [words.join(' ')];
  return Array.from({ length: words.length - RUN + 1 }, (_, at) => words.slice(at, at + RUN).join(' '));
}

/**
 * How a draft posted with `inserted` in it counts: verbatim when it is the inserted text and nothing else
 * (whitespace folded: editors rewrite line breaks), edited when at least half of the inserted text's
 * three-word runs are still in it (the employee's own words added or changed), and not at all when less is
 * left: the post is the employee's own, not the item's.
 */
export function postedKind(draft: string, inserted: string): 'posted-verbatim' | 'posted-edited' | null {
  if (folded(draft) === folded(inserted)) return 'posted-verbatim';
  const runs = runsOf(wordsOf(inserted));
  if (runs[0] === '') return null;
  // Spaces around every word, so a run matches whole words only ("hiring" is not in "rehiring").
  const draftWords = ` ${wordsOf(draft).join(' ')} `;
  const kept = runs.filter((run) => draftWords.includes(` ${run} `)).length;
  return kept * 2 >= runs.length ? 'posted-edited' : null;
}
