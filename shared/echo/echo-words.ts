import { wordTokens } from '../policy/word-tokens';
import { WEB_LINK } from '../text/web-links';

// The words the echo meter compares: the policy matcher's tokens (case, accents, look-alikes and invisible
// characters folded), words only. Punctuation, emoji and # are left out, so "Proud of the team!" echoes
// "proud of the team" and re-punctuating an approved text does not make it the employee's own. Links,
// hashtags and mentions are not wording at all: Herald inserts an item's link and hashtags beside its text,
// and an employee's own hashtag is no angle of their own either.

const NOT_WORDING = new RegExp(`${WEB_LINK.source}|[#@][\\p{L}\\p{N}_]+`, 'giu');
const WORD = /[\p{L}\p{N}]/u;

export function echoWords(text: string): string[] {
  const words: string[] = [];
  for (const token of wordTokens(text.replace(NOT_WORDING, ' '))) if (WORD.test(token.key)) words.push(token.key);
  return words;
}
