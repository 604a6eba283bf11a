import { foldWord } from '../policy/word-tokens';
import { STOP_WORDS } from '../text/stop-words';

const SPACE_OR_PUNCTUATION = /[\n\r\p{Z}\p{P}\p{S}]+/u;

// Folding (Unicode normalisation, case) is most of the cost of indexing, and a library repeats the same few
// thousand words: remember each word's term. Bounded, so a hostile feed cannot grow it without end.
const termCache = new Map<string, string | null>();
const TERM_CACHE_LIMIT = 200_000;

/** A word as the index keeps it, or null for a stop word: "Énergie" gives "energie", "the" gives null. */
export function indexTerm(word: string): string | null {
  const cached = termCache.get(word);
  if (cached !== undefined) return cached;
  const folded = foldWord(word);
  const term = folded === '' || STOP_WORDS.has(folded) ? null : folded;
  if (termCache.size >= TERM_CACHE_LIMIT) termCache.clear();
  termCache.set(word, term);
  return term;
}

/** The index terms of a text, in order, stop words left out. */
export function indexTerms(text: string): string[] {
  const terms: string[] = [];
  for (const word of text.split(SPACE_OR_PUNCTUATION)) {
    const term = word === '' ? null : indexTerm(word);
    if (term) terms.push(term);
  }
  return terms;
}
