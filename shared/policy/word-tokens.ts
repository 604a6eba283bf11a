// Tokens as the term matcher sees them: case-, accent- and width-folded keys with offsets into the
// original text. Whitespace (line breaks included) only separates tokens, so a phrase matches across
// any run of it. Decisions:
// - A word is a run of letters, digits, marks and _; "Falcon" never matches inside "Falconer".
// - Every other visible character (punctuation, #, @, emoji) is a token of its own, so punctuation in a
//   term must be there in the text: "C++" does not match "C", "AT&T" matches "at&t", "Project Falcon"
//   does not match "Project. Falcon". And "Falcon" matches in "Falcon-class", "Falcon's" and "#Falcon",
//   while "#LumenEmployee" needs its #. Hyphens and apostrophes count as one character whatever their
//   typography (-, ‐, ’, ʼ).
// - Han, kana, Thai, Lao, Khmer and Myanmar are written without spaces, so each of their characters is a
//   word: a term in those scripts matches anywhere as a run of characters.
// - The text is read through foldText: invisible characters inside a word (zero-width spaces, soft
//   hyphens, tag characters, U+FEFF...) are ignored and look-alike letters of other scripts read as the
//   Latin ones they imitate, so neither can hide a term. Offsets still point into the original text.

import { type FoldedText, foldText, originalRange } from './fold-text';
import { foldLookAlikes } from './look-alikes';

export interface WordToken {
  key: string;
  start: number;
  end: number;
}

const TOKEN = /[\p{L}\p{M}\p{N}_\u00AD\u200B-\u200D\u2060]+|\S/gu;
const NO_SPACE_SCRIPT = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Thai}\p{sc=Lao}\p{sc=Khmer}\p{sc=Myanmar}]/u;
const NO_SPACE_PIECES =
  /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Thai}\p{sc=Lao}\p{sc=Khmer}\p{sc=Myanmar}]\p{M}*|[^\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Thai}\p{sc=Lao}\p{sc=Khmer}\p{sc=Myanmar}]+/gu;
const ASCII = /^\p{ASCII}*$/u;
const INVISIBLE = /[\u00AD\u200B-\u200D\u2060]/g;
// In these scripts combining marks are vowels and tones, not accents: folding them away would merge words.
const KEEPS_MARKS =
  /[\p{sc=Devanagari}\p{sc=Bengali}\p{sc=Gurmukhi}\p{sc=Gujarati}\p{sc=Oriya}\p{sc=Tamil}\p{sc=Telugu}\p{sc=Kannada}\p{sc=Malayalam}\p{sc=Sinhala}\p{sc=Thai}\p{sc=Lao}\p{sc=Khmer}\p{sc=Myanmar}\p{sc=Tibetan}]/u;
const MARKS = /\p{Mn}/gu;
const TYPOGRAPHIC: Record<string, string> = {
  '\u2010': '-',
  '\u2011': '-',
  '\u2019': "'",
  '\u02BC': "'",
};

/** Case-, accent- and compatibility-folded form of one word: "Café" and "CAFE" give "cafe", "Straße" gives "strasse". */
export function foldWord(word: string): string {
  if (ASCII.test(word)) return word.toLowerCase();
  const typographic = TYPOGRAPHIC[word];
  if (typographic) return typographic;
  let folded = word.normalize('NFKD').replace(INVISIBLE, '');
  if (!KEEPS_MARKS.test(folded)) folded = folded.replace(MARKS, '');
  // Upper then lower folds ß to ss and gives each sigma its position's form, which toLowerCase alone does not.
  // Look-alikes last: stripping an accent can uncover one (Cyrillic ё gives е).
  return foldLookAlikes(folded.toUpperCase().toLowerCase());
}

/** The tokens of `text`, in order. */
export function wordTokens(original: string): WordToken[] {
  return foldedWordTokens(foldText(original));
}

/** The tokens of text already folded by foldText, with offsets into its original. */
export function foldedWordTokens(folded: FoldedText): WordToken[] {
  const text = folded.text;
  const tokens: WordToken[] = [];
  const push = (raw: string, start: number) => {
    const key = foldWord(raw);
    if (key !== '') tokens.push({ key, ...originalRange(folded, start, start + raw.length) });
  };
  TOKEN.lastIndex = 0;
  for (let match = TOKEN.exec(text); match; match = TOKEN.exec(text)) {
    const run = match[0];
    if (!NO_SPACE_SCRIPT.test(run)) push(run, match.index);
    else for (const piece of run.matchAll(NO_SPACE_PIECES)) push(piece[0], match.index + (piece.index ?? 0));
  }
  return tokens;
}
