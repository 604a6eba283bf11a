import { type WordToken, wordTokens } from '../policy/word-tokens';
import { WEB_LINK } from '../text/web-links';

// The words the echo meter compares: the policy matcher's tokens (case, accents, look-alikes and invisible
// characters folded), words only. Punctuation, emoji and # are left out, so "Proud of the team!" echoes
// "proud of the team" and re-punctuating an approved text does not make it the employee's own. Links,
// hashtags and mentions are not wording at all: Herald inserts an item's link and hashtags beside its text,
// and an employee's own hashtag is no angle of their own either.
//
// A placeholder such as {firstName} or {team} is neither: it ends one run of words and starts another, so
// no shingle spans it. The employee's name or team filled in its place is then never approved wording, and
// the approved words on each side of it still are: a filled insert scores as approved, less the filled words
// (and less a run of fewer than three words between two placeholders, too short to tell a copy by).

const NOT_WORDING = new RegExp(`${WEB_LINK.source}|[#@][\\p{L}\\p{N}_]+`, 'giu');
const PLACEHOLDER = /\{[A-Za-z][A-Za-z0-9_]*\}/g;
const WORD = /[\p{L}\p{N}]/u;

/**
 * The text's words in runs that no shingle may span (a placeholder separates two runs), with offsets into
 * `text`. Runs are never empty.
 */
export function echoSegments(text: string): WordToken[][] {
  const breaks: number[] = [];
  // Blanked to the same length, so token offsets still point into `text`.
  const blank = (match: string) => ' '.repeat(match.length);
  const cleaned = text
    .replace(PLACEHOLDER, (match, at: number) => {
      breaks.push(at);
      return blank(match);
    })
    .replace(NOT_WORDING, blank);
  const segments: WordToken[][] = [];
  let segment: WordToken[] = [];
  let next = 0;
  for (const token of wordTokens(cleaned)) {
    if (!WORD.test(token.key)) continue;
    let broken = false;
    while (next < breaks.length && (breaks[next] as number) < token.start) {
      broken = true;
      next++;
    }
    if (broken && segment.length > 0) {
      segments.push(segment);
      segment = [];
    }
    segment.push(token);
  }
  if (segment.length > 0) segments.push(segment);
  return segments;
}

/** Whether `text` holds a placeholder: then it is never one short run of its own (see echo-index.ts). */
export function holdsPlaceholder(text: string): boolean {
  PLACEHOLDER.lastIndex = 0;
  return PLACEHOLDER.test(text);
}

/** The words alone, every run together. */
export function echoWords(text: string): string[] {
  return echoSegments(text).flatMap((segment) => segment.map((token) => token.key));
}
