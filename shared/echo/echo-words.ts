import { wordTokens } from '../policy/word-tokens';

// The words the echo meter compares: the policy matcher's tokens (case, accents, look-alikes and invisible
// characters folded), words only. Punctuation, emoji and # are left out, so "Proud of the team!" echoes
// "proud of the team" and re-punctuating an approved text does not make it the employee's own.

const WORD = /[\p{L}\p{N}]/u;

export function echoWords(text: string): string[] {
  const words: string[] = [];
  for (const token of wordTokens(text)) if (WORD.test(token.key)) words.push(token.key);
  return words;
}
