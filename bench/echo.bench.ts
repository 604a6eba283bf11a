import { bench, describe } from 'vitest';
import { buildEchoIndex, measureEcho, SHINGLE_WORDS, startEchoIndex } from '../shared/echo/echo-index';
import { echoWords } from '../shared/echo/echo-words';

// The echo meter runs on each settled draft. Target (issue): a 3,000-character draft against 10,000 items of
// 3 phrasings each, at least 20x faster than a naive pairwise comparison and well under 1 ms per check.
// Vitest prints "x times faster than" per describe. The naive baseline gets every approved text already cut
// into its set of 3-word shingles (its own build, not timed), then compares the draft with each text in turn.

const ITEMS = 10_000;
const PHRASINGS = 3;
// Made-up posts of 40 words from a vocabulary of 27,000, drawn with a skew so that some words are common,
// like a real library's. (tests/unit/ranking/demo-items repeats itself past a few thousand items.)
const SYLLABLES = 'ka lo mi su te ra no vi de pa li go re sa tu ne bo ma fi ro ze ha cu do ye wa ki'.split(' ');
let seed = 42;
function random(): number {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
}
function word(): string {
  const rank = Math.floor(SYLLABLES.length ** 3 * random() ** 2);
  const n = SYLLABLES.length;
  return `${SYLLABLES[rank % n]}${SYLLABLES[Math.floor(rank / n) % n]}${SYLLABLES[Math.floor(rank / n ** 2)]}`;
}
const post = () => `${Array.from({ length: 40 }, word).join(' ')}.`;
const texts = Array.from({ length: ITEMS * PHRASINGS }, post);
// A realistic long draft: two pastes of approved text with the employee's own sentences around them.
const OWN =
  'Last spring I spent three weeks on the warehouse floor with the night shift, and it changed how I write code. ';
const draft = `${OWN}${texts[17]} ${OWN}${texts[20_001]} ${OWN.repeat(30)}`.slice(0, 3_000);

const index = buildEchoIndex(texts);

function shingles(words: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i + SHINGLE_WORDS <= words.length; i++) out.push(words.slice(i, i + SHINGLE_WORDS).join(' '));
  return out;
}
const naiveTexts = texts.map((text) => new Set(shingles(echoWords(text))));

function naiveApprovedWords(text: string): number {
  const draftShingles = shingles(echoWords(text));
  const covered = new Set<number>();
  for (const approved of naiveTexts) {
    draftShingles.forEach((shingle, i) => {
      if (approved.has(shingle)) for (let k = 0; k < SHINGLE_WORDS; k++) covered.add(i + k);
    });
  }
  return covered.size;
}

// Same answer, or the comparison means nothing.
const fast = measureEcho(index, draft);
if (naiveApprovedWords(draft) !== fast.approvedWords) throw new Error('the naive baseline and the index disagree');
console.log(
  `echo bench: ${draft.length}-character draft, ${fast.words} words, ${Math.round(fast.share * 100)}% approved; ` +
    `${texts.length} texts, ${index.shingles} distinct shingles, table of ${index.keys.length} slots (${(index.keys.byteLength * 2) / 1_048_576} MB)`,
);

describe(`echo meter, one check of a 3,000-character draft, ${ITEMS} items × ${PHRASINGS} phrasings`, () => {
  bench('measureEcho', () => {
    measureEcho(index, draft);
  });
  bench(
    'naive: compare the draft with each text, shingle sets prebuilt (baseline)',
    () => {
      naiveApprovedWords(draft);
    },
    { time: 0, iterations: 5, warmupIterations: 1 },
  );
});

// The content script builds the index in idle slices (shared/library/incremental.ts): what matters to the page is
// the longest slice, which must stay well under a frame. Timed once here, beside the benches' own figures.
{
  // The first slices of a fresh page also compile the code (cold): reported apart from the warm ones.
  const cold = performance.now();
  startEchoIndex(texts.slice(0, 200)).finish();
  const coldMs = performance.now() - cold;
  const work = startEchoIndex(texts);
  const slices: number[] = [];
  for (let done = false; !done; ) {
    const start = performance.now();
    done = work.step();
    slices.push(performance.now() - start);
  }
  const total = slices.reduce((sum, ms) => sum + ms, 0);
  const sorted = [...slices].sort((a, b) => a - b);
  console.log(
    `echo bench: index built in ${slices.length} idle slices, ${total.toFixed(0)} ms in all (first, cold slice ${coldMs.toFixed(1)} ms); ` +
      `slice median ${sorted[sorted.length >> 1]?.toFixed(2)} ms, p99 ${sorted[Math.floor(sorted.length * 0.99)]?.toFixed(2)} ms, longest ${sorted.at(-1)?.toFixed(2)} ms`,
  );
}

// Once per library version (a feed sync that changed items), off the typing path.
describe(`echo meter, build the index of ${ITEMS} items × ${PHRASINGS} phrasings`, () => {
  bench(
    'buildEchoIndex (all slices at once)',
    () => {
      buildEchoIndex(texts);
    },
    { time: 0, iterations: 5, warmupIterations: 1 },
  );
});
