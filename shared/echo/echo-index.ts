import type { Incremental } from '../library/incremental';
import type { WordToken } from '../policy/word-tokens';
import { echoSegments, holdsPlaceholder } from './echo-words';
import { runHash, wholeRunHash, wordHash } from './shingle-hash';

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
// - Common phrases: a run shorter than MIN_RUN_WORDS ("we are hiring", "engineers at Lumen") is not counted,
//   so a short draft of the employee's own that happens to share such phrases with two texts scores 0,
//   not 100%. A run still counts when it is the whole draft, or a whole approved text (or stretch between
//   two placeholders) of fewer words, copied as it is.
// - Placeholders ({firstName}, {team}...) split a text into runs that no shingle spans (echo-words.ts): what
//   the employee fills in is their own, the approved words around it are still approved.

export const SHINGLE_WORDS = 3;
/** The shortest run of approved words that counts as copied (three overlapping shingles). */
export const MIN_RUN_WORDS = 5;
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

/** A text's word hashes, all runs together, and where each run (see echoSegments) ends. */
interface Hashed {
  words: number[];
  tokens: WordToken[];
  runEnds: number[];
  /** No placeholder: a text shorter than a shingle may be one short shingle. */
  whole: boolean;
}

function hashed(text: string): Hashed {
  const tokens: WordToken[] = [];
  const runEnds: number[] = [];
  for (const segment of echoSegments(text)) {
    for (const token of segment) tokens.push(token);
    runEnds.push(tokens.length);
  }
  return { words: tokens.map((token) => wordHash(token.key)), tokens, runEnds, whole: !holdsPlaceholder(text) };
}

/** Calls `visit` with each shingle's first word and hash, left to right; never across a placeholder. */
function forEachShingle({ words, runEnds, whole }: Hashed, visit: (start: number, hash: number) => void): void {
  // Short posts: a text of fewer words than a shingle is one shingle of its own length (see above); not one
  // with a placeholder, whose filled words would never match it.
  if (whole && words.length < SHINGLE_WORDS) {
    if (words.length > 0) visit(0, runHash(words, 0, words.length));
    return;
  }
  let runStart = 0;
  for (const runEnd of runEnds) {
    for (let i = runStart; i + SHINGLE_WORDS <= runEnd; i++) visit(i, runHash(words, i, SHINGLE_WORDS));
    runStart = runEnd;
  }
}

/**
 * Calls `visit` with the hash of each stretch between placeholders (or whole text) too short for a counted
 * run: copied whole, it still counts (see MIN_RUN_WORDS).
 */
function forEachShortStretch({ words, runEnds }: Hashed, visit: (start: number, hash: number) => void): void {
  let runStart = 0;
  for (const runEnd of runEnds) {
    const length = runEnd - runStart;
    if (length >= SHINGLE_WORDS && length < MIN_RUN_WORDS) visit(runStart, wholeRunHash(words, runStart, length));
    runStart = runEnd;
  }
}

function slotOf(keys: Uint32Array, hash: number): number {
  const mask = keys.length - 1;
  let slot = (Math.imul(hash, 0x9e3779b1) >>> 0) & mask;
  while (keys[slot] !== 0 && keys[slot] !== hash) slot = (slot + 1) & mask;
  return slot;
}

// Slices small enough that a step stays a few milliseconds on a slow machine (the ranker's are 100 items).
const TEXTS_PER_STEP = 200;
const INSERTS_PER_STEP = 50_000;

/**
 * The index of every shingle of `texts` (each item's text, variants and phrasings), built a slice at a time
 * (see `Incremental`) so the content script builds it while the page is idle. Two passes: hash every text,
 * then fill a table sized once for all of them, since doubling a table of a million shingles would be one
 * long step.
 */
export function startEchoIndex(texts: readonly string[]): Incremental<EchoIndex> {
  let hashes = new Uint32Array(1024);
  let owners = new Int32Array(1024);
  let count = 0;
  let hashedTexts = 0;
  let inserted = 0;
  let table: { keys: Uint32Array; texts: Int32Array; shingles: number } | undefined;
  let index: EchoIndex | undefined;

  const collect = (at: number) => (_start: number, hash: number) => {
    if (count === hashes.length) {
      const grown = new Uint32Array(hashes.length * 2);
      grown.set(hashes);
      hashes = grown;
      const grownOwners = new Int32Array(grown.length);
      grownOwners.set(owners);
      owners = grownOwners;
    }
    hashes[count] = hash;
    owners[count] = at;
    count++;
  };

  function step(): boolean {
    if (index) return true;
    if (hashedTexts < texts.length) {
      const end = Math.min(texts.length, hashedTexts + TEXTS_PER_STEP);
      for (; hashedTexts < end; hashedTexts++) {
        const text = hashed(texts[hashedTexts] as string);
        forEachShingle(text, collect(hashedTexts));
        forEachShortStretch(text, collect(hashedTexts));
      }
      return false;
    }
    if (!table) {
      // At most 5/8 full even if every shingle is distinct: linear probing stays about two probes a lookup
      // (10,000 items of 3 phrasings: about 1.2 M shingles, a table of 2 M slots, 16 MB).
      let size = 16;
      while (count * 8 >= size * 5) size *= 2;
      table = { keys: new Uint32Array(size), texts: new Int32Array(size), shingles: 0 };
    }
    const end = Math.min(count, inserted + INSERTS_PER_STEP);
    for (; inserted < end; inserted++) {
      const hash = hashes[inserted] as number;
      const slot = slotOf(table.keys, hash);
      if (table.keys[slot] !== 0) continue;
      table.keys[slot] = hash;
      // Texts are hashed in order: the first text holding a shingle keeps it.
      table.texts[slot] = owners[inserted] as number;
      table.shingles++;
    }
    if (inserted < count) return false;
    index = table;
    return true;
  }

  return {
    step,
    finish() {
      while (!step()) {}
      return index as EchoIndex;
    },
  };
}

/** The whole index at once (tests, benchmarks, the popup). */
export function buildEchoIndex(texts: readonly string[]): EchoIndex {
  return startEchoIndex(texts).finish();
}

function lookup(index: EchoIndex, hash: number): number {
  const slot = slotOf(index.keys, hash);
  return index.keys[slot] === hash ? (index.texts[slot] as number) : -1;
}

/** A stretch of the draft copied from approved text: found shingles that overlap, one after the other. */
export interface ApprovedRun {
  /** Offsets into the draft, end exclusive: from the first word's start to the last word's end. */
  start: number;
  end: number;
  words: number;
  /** Where its first shingle ends in the draft: a short stretch to underline. */
  firstShingleEnd: number;
  /** The texts its shingles come from, each once. */
  texts: number[];
}

function scan(index: EchoIndex, draft: string): { echo: Echo; runs: ApprovedRun[] } {
  const text = hashed(draft);
  const { words, tokens } = text;
  const sources: number[] = [];
  const runs: ApprovedRun[] = [];
  // The run being read: its first and last word, and its texts.
  let run: { first: number; last: number; texts: number[] } | undefined;
  // Each run's first word, beside it.
  const firsts: number[] = [];
  const close = ({ first, last, texts }: NonNullable<typeof run>) => {
    firsts.push(first);
    runs.push({
      start: (tokens[first] as WordToken).start,
      end: (tokens[last] as WordToken).end,
      words: last - first + 1,
      firstShingleEnd: (tokens[Math.min(first + SHINGLE_WORDS, last + 1) - 1] as WordToken).end,
      texts,
    });
  };
  // Words up to coveredUntil (exclusive) lie in a found shingle; shingles are visited left to right.
  let coveredUntil = 0;
  forEachShingle(text, (i, hash) => {
    const found = lookup(index, hash);
    if (found < 0) return;
    const end = Math.min(i + SHINGLE_WORDS, words.length);
    if (run && i < coveredUntil) {
      run.last = end - 1;
      if (!run.texts.includes(found)) run.texts.push(found);
    } else {
      if (run) close(run);
      run = { first: i, last: end - 1, texts: [found] };
    }
    coveredUntil = end;
  });
  if (run) close(run);

  // A lone shingle is a common phrase ("we are hiring"), not a copy: only runs of MIN_RUN_WORDS count, or a
  // draft that is one run from end to end (a short approved text typed whole).
  const counted = runs.filter(
    (found, at) =>
      found.words >= MIN_RUN_WORDS ||
      found.words === words.length ||
      lookup(index, wholeRunHash(words, firsts[at] as number, found.words)) >= 0,
  );
  let approvedWords = 0;
  for (const found of counted) {
    approvedWords += found.words;
    for (const source of found.texts) if (!sources.includes(source)) sources.push(source);
  }
  const share = words.length === 0 ? 0 : approvedWords / words.length;
  return { echo: { share, words: words.length, approvedWords, sources }, runs: counted };
}

/** How much of `draft` is approved text word for word. */
export function measureEcho(index: EchoIndex, draft: string): Echo {
  return scan(index, draft).echo;
}

/** The measure and the stretches of approved text behind it, in draft order. */
export function approvedRuns(index: EchoIndex, draft: string): { echo: Echo; runs: ApprovedRun[] } {
  return scan(index, draft);
}

/** Whether the composer note should suggest the employee's own angle. */
export function isMostlyApproved(echo: Echo): boolean {
  return echo.share >= MOSTLY_APPROVED;
}
