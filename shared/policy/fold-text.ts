import { DOT_LIKES, LOOK_ALIKES } from './look-alikes';

// The text as matchers should read it, whatever tricks hide a word from them: default-ignorable
// characters (zero-width spaces, joiners, direction marks, U+FEFF, U+180E, invisible operators, tag
// characters, soft hyphens, Hangul fillers) are dropped, compatibility forms (fullwidth letters and ＠,
// mathematical alphanumerics, odd spaces) take their plain form (NFKC), ideographic full stops become "."
// and look-alike letters become the Latin letter they imitate. Findings must underline what the
// employee typed, so the fold keeps where each of its characters came from.

export interface FoldedText {
  text: string;
  /** For each character of `text`, plus one past the end, the index in the original where its source starts. */
  starts: readonly number[] | undefined;
  /** For each character of `text`, the index in the original just after its source ends. */
  ends: readonly number[] | undefined;
}

const IGNORABLES = /\p{Default_Ignorable_Code_Point}/gu;
// Only these can change under the fold; text without them (most drafts) is returned as is.
const FOLDABLE = /[^\p{ASCII}]/u;

const foldedChars = new Map<string, string>();

/**
 * NFKC of one character when it is one character too (＠ gives @, 𝐅 gives F, a no-break space a space).
 * Expansions stay as typed: ™ as "TM" would glue letters to the word before it ("Falcon™"), and the term
 * matcher folds ligatures like ﬁ within a word by itself.
 */
function compatibilityForm(char: string): string {
  // Ignorables dropped after NFKC, which maps some fillers (U+FFA0, U+3164) to another ignorable.
  const form = char.normalize('NFKC').replace(IGNORABLES, '');
  return form.length <= 1 || (form.length === 2 && (form.codePointAt(0) as number) > 0xffff) ? form : char;
}

function foldChar(char: string): string {
  let folded = foldedChars.get(char);
  if (folded === undefined) {
    if (DOT_LIKES.has(char)) folded = '.';
    else folded = LOOK_ALIKES.get(char) ?? compatibilityForm(char);
    // Bounded: a page could otherwise grow the cache with every code point there is.
    if (foldedChars.size < 4_096) foldedChars.set(char, folded);
  }
  return folded;
}

export function foldText(text: string): FoldedText {
  if (!FOLDABLE.test(text)) return { text, starts: undefined, ends: undefined };
  let out = '';
  const starts: number[] = [];
  const ends: number[] = [];
  for (let i = 0; i < text.length; ) {
    const code = text.codePointAt(i) as number;
    const width = code > 0xffff ? 2 : 1;
    const char = text.slice(i, i + width);
    const folded = code < 0x80 ? char : foldChar(char);
    out += folded;
    for (let k = 0; k < folded.length; k++) {
      starts.push(i);
      ends.push(i + width);
    }
    i += width;
  }
  starts.push(text.length);
  return { text: out, starts, ends };
}

/** The original range behind [start, end) of the folded text. */
export function originalRange(folded: FoldedText, start: number, end: number): { start: number; end: number } {
  if (!folded.starts || !folded.ends) return { start, end };
  if (end <= start) {
    const at = folded.starts[start] as number;
    return { start: at, end: at };
  }
  return { start: folded.starts[start] as number, end: folded.ends[end - 1] as number };
}
