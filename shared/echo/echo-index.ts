import { echoWords } from './echo-words';
import { runHash, wordHash } from './shingle-hash';

// The echo meter: how much of a draft is still approved text, word for word. Approved texts are cut into
// shingles, runs of SHINGLE_WORDS consecutive words; a draft word is "approved" when some shingle of the
// draft that covers it is a shingle of some approved text. The score is the share of the draft's words
// that are approved. Why this measure:
// - Word for word is what networks' duplicate filters and readers notice; a run of three words is rare
//   enough by chance (an unrelated draft scores near 0) and short enough that an employee's own sentence
//   in the middle of a paste only loses the words it replaces.
// - It measures any paste, from any text of any item, at any place in a longer draft, not only the text
//   Herald inserted, and needs no pairwise comparison: one lookup per draft word in a table built once per
//   library version.
// - Short posts: a text shorter than SHINGLE_WORDS is one shingle of its own length, so a two-word draft
//   that is a whole two-word approved text scores 100%. (Such a text inside a longer draft is not counted:
//   two words in a row say little about where a post came from.)

export const SHINGLE_WORDS = 3;
/** From this share on a draft is "mostly approved wording" and the composer note suggests an own angle. */
export const MOSTLY_APPROVED = 0.8;

export interface EchoIndex {
  /** Open addressing over shingle hashes; 0 is an empty slot. */
  readonly keys: Uint32Array;
  /** For each slot, the index in the input of the first text holding that shingle. */
  readonly texts: Int32Array;
  readonly shingles: number;
}

export interface Echo {
  /** Share of the draft's words inside runs of approved text, 0 to 1 (0 for a draft without words). */
  share: number;
  words: number;
  approvedWords: number;
  /** Indices (into the texts the index was built from) of texts the draft echoes, each once, first seen first. */
  sources: number[];
}

function hashes(text: string): number[] {
  return echoWords(text).map(wordHash);
}

function shingleHashes(words: readonly number[]): number[] {
  if (words.length === 0) return [];
  if (words.length < SHINGLE_WORDS) return [runHash(words, 0, words.length)];
  const out: number[] = [];
  for (let i = 0; i + SHINGLE_WORDS <= words.length; i++) out.push(runHash(words, i, SHINGLE_WORDS));
  return out;
}

function slotOf(keys: Uint32Array, hash: number): number {
  const mask = keys.length - 1;
  let slot = (Math.imul(hash, 0x9e3779b1) >>> 0) & mask;
  while (keys[slot] !== 0 && keys[slot] !== hash) slot = (slot + 1) & mask;
  return slot;
}

/**
 * The index of every shingle of `texts` (each item's text and variants, later its phrasings): build it once
 * per library version, then measure each draft against it.
 */
export function buildEchoIndex(texts: readonly string[]): EchoIndex {
  let keys = new Uint32Array(16);
  let owners = new Int32Array(16);
  let shingles = 0;
  const put = (hash: number, text: number) => {
    const slot = slotOf(keys, hash);
    if (keys[slot] !== 0) return;
    keys[slot] = hash;
    owners[slot] = text;
    shingles++;
  };
  texts.forEach((text, at) => {
    for (const hash of shingleHashes(hashes(text))) {
      // Doubled once 5/8 full: linear probing stays about two probes a lookup, and the table holds only
      // distinct shingles (10,000 items of 3 phrasings: about 1.2 M, 16 MB).
      if (shingles * 8 >= keys.length * 5) {
        const old = { keys, owners };
        keys = new Uint32Array(keys.length * 2);
        owners = new Int32Array(keys.length);
        shingles = 0;
        old.keys.forEach((key, slot) => {
          if (key !== 0) put(key, old.owners[slot] as number);
        });
      }
      put(hash, at);
    }
  });
  return { keys, texts: owners, shingles };
}

function lookup(index: EchoIndex, hash: number): number {
  const slot = slotOf(index.keys, hash);
  return index.keys[slot] === hash ? (index.texts[slot] as number) : -1;
}

/** How much of `draft` is approved text word for word. */
export function measureEcho(index: EchoIndex, draft: string): Echo {
  const words = hashes(draft);
  const sources: number[] = [];
  const note = (text: number) => {
    if (!sources.includes(text)) sources.push(text);
  };
  if (words.length === 0) return { share: 0, words: 0, approvedWords: 0, sources };
  if (words.length < SHINGLE_WORDS) {
    const text = lookup(index, runHash(words, 0, words.length));
    if (text < 0) return { share: 0, words: words.length, approvedWords: 0, sources };
    note(text);
    return { share: 1, words: words.length, approvedWords: words.length, sources };
  }
  // Words up to coveredUntil (exclusive) lie in a found shingle; shingles are visited left to right.
  let approvedWords = 0;
  let coveredUntil = 0;
  for (let i = 0; i + SHINGLE_WORDS <= words.length; i++) {
    const text = lookup(index, runHash(words, i, SHINGLE_WORDS));
    if (text < 0) continue;
    note(text);
    const end = i + SHINGLE_WORDS;
    approvedWords += end - Math.max(i, coveredUntil);
    coveredUntil = end;
  }
  return { share: approvedWords / words.length, words: words.length, approvedWords, sources };
}

/** Whether the composer note should suggest the employee's own angle. */
export function isMostlyApproved(echo: Echo): boolean {
  return echo.share >= MOSTLY_APPROVED;
}
