// Words as the term matcher sees them: case-, accent- and width-folded keys with offsets into the
// original text. Decisions (docs/policies.md repeats them for publishers):
// - A word is a run of letters, digits, marks and _; "Falcon" never matches inside "Falconer".
// - A hyphen or apostrophe between two words is a token of its own, so "Falcon" matches in
//   "Falcon-class" and "Falcon's", and the term "co-op" matches "CO‐OP" but not "co op".
// - # and @ right before a word are tokens too: "Lumen" matches "#Lumen", "#LumenEmployee" needs the #.
// - Han, kana, Thai, Lao, Khmer and Myanmar are written without spaces, so each of their characters is a
//   word: a term in those scripts matches anywhere as a run of characters.
// - Soft hyphens and zero-width characters inside a word are ignored, so they cannot hide a term.

export interface WordToken {
  key: string;
  start: number;
  end: number;
  /** Only whitespace (line breaks included) since the previous token: a phrase may run on through it. */
  continues: boolean;
}

const WORD_RUN = /[\p{L}\p{M}\p{N}_\u00AD\u200B-\u200D\u2060]+/gu;
const NO_SPACE_SCRIPT = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Thai}\p{sc=Lao}\p{sc=Khmer}\p{sc=Myanmar}]/u;
const NO_SPACE_PIECES =
  /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Thai}\p{sc=Lao}\p{sc=Khmer}\p{sc=Myanmar}]\p{M}*|[^\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Thai}\p{sc=Lao}\p{sc=Khmer}\p{sc=Myanmar}]+/gu;
const ASCII = /^\p{ASCII}*$/u;
const INVISIBLE = /[\u00AD\u200B-\u200D\u2060]/g;
// In these scripts combining marks are vowels and tones, not accents: folding them away would merge words.
const KEEPS_MARKS =
  /[\p{sc=Devanagari}\p{sc=Bengali}\p{sc=Gurmukhi}\p{sc=Gujarati}\p{sc=Oriya}\p{sc=Tamil}\p{sc=Telugu}\p{sc=Kannada}\p{sc=Malayalam}\p{sc=Sinhala}\p{sc=Thai}\p{sc=Lao}\p{sc=Khmer}\p{sc=Myanmar}\p{sc=Tibetan}]/u;
const MARKS = /\p{Mn}/gu;
const JOINERS: Record<string, string> = {
  '-': '-',
  '\u2010': '-',
  '\u2011': '-',
  "'": "'",
  '\u2019': "'",
  '\u02BC': "'",
};

/** Case-, accent- and compatibility-folded form of one word: "Café" and "CAFE" give "cafe", "Straße" gives "strasse". */
export function foldWord(word: string): string {
  if (ASCII.test(word)) return word.toLowerCase();
  let folded = word.normalize('NFKD').replace(INVISIBLE, '');
  if (!KEEPS_MARKS.test(folded)) folded = folded.replace(MARKS, '');
  // Upper then lower folds ß to ss and gives each sigma its position's form, which toLowerCase alone does not.
  return folded.toUpperCase().toLowerCase();
}

function isWhitespace(code: number): boolean {
  return (
    code === 32 ||
    (code >= 9 && code <= 13) ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200b) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

function onlyWhitespace(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (!isWhitespace(text.charCodeAt(k))) return false;
  return true;
}

/** The words of `text`, in order. `fold` may be memoised by the caller; the same word folds the same way. */
export function wordTokens(text: string, fold: (word: string) => string = foldWord): WordToken[] {
  const tokens: WordToken[] = [];
  let previousEnd = 0;
  const push = (key: string, start: number, end: number) => {
    if (key === '') return;
    tokens.push({ key, start, end, continues: tokens.length > 0 && onlyWhitespace(text, previousEnd, start) });
    previousEnd = end;
  };
  const pushRun = (run: string, start: number) => {
    const gapStart = previousEnd;
    const before = start > 0 ? text[start - 1] : undefined;
    if (before !== undefined && start - 1 >= gapStart) {
      const joiner = JOINERS[before];
      if (joiner && tokens.length > 0 && start - 1 === gapStart) push(joiner, start - 1, start);
      else if (before === '#' || before === '@') push(before, start - 1, start);
    }
    push(fold(run), start, start + run.length);
  };
  WORD_RUN.lastIndex = 0;
  for (let match = WORD_RUN.exec(text); match; match = WORD_RUN.exec(text)) {
    const run = match[0];
    if (!NO_SPACE_SCRIPT.test(run)) {
      pushRun(run, match.index);
      continue;
    }
    for (const piece of run.matchAll(NO_SPACE_PIECES)) pushRun(piece[0], match.index + (piece.index ?? 0));
  }
  return tokens;
}
