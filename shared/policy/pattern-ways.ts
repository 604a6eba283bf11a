import type { CommonChars } from './common-char';
import type { PositionAutomaton } from './position-automaton';

// How many ways at once a backtracking engine can be part-way through a pattern on one text. Each way
// is a branch the engine may have to try and undo, so the work of one attempt is at most the ways alive
// at each character, summed over the characters it reads. If the ways stay few, the attempt is linear
// in the text read, and the global search (an attempt at every place) is at most quadratic: 3,000
// characters then cost a few million steps, a few ms in V8.
//
// Counted on the pattern's position automaton, determinised over the groups of characters that move it
// alike, each state holding for every position the number of paths reading the same text to it. Every
// repeat with more than a few copies is a loop here, {0,1000} like *, so a bounded repeat cannot hide
// a quadratic or cubic blow-up behind a large bound. A path that reaches a place where the match can
// end needs no undoing (the engine stops at the first success), so such a position counts once.

/**
 * Ways allowed to one position in or after a loop: there they can last for the whole draft. Ways that
 * keep growing (one more per character, as in \d+\d+x, or twice as many, as in (a|a)*) soon pass it.
 */
export const MAX_WAYS_IN_LOOPS = 4;
/**
 * Comparisons allowed per character read in or after a loop: each way alive tries every part that may
 * come next. \w*aa needs 3; \W*(?:a|\s|^){0,3}a, which tries a dozen parts at each place the loop
 * gives back, needs 17 and took 53 ms on 3,000 spaces.
 */
export const MAX_TRIES_IN_LOOPS = 14;
/** Paths allowed at once over all positions: each character read costs at most this many steps. */
export const MAX_WAYS = 32;

export type WaysVerdict =
  | { ok: true }
  | { ok: false; position: number; ways: number; limit: number }
  | { ok: false; position: number; tries: number; limit: number }
  | { ok: false; tooComplex: true };

/** Positions inside a loop or reachable from one. */
function inOrAfterLoop(automaton: PositionAutomaton): Uint8Array {
  const marked = new Uint8Array(automaton.atoms.length);
  const queue: number[] = [];
  for (const loop of automaton.loops)
    for (let p = loop.firstPosition; p < loop.endPosition; p++) {
      marked[p] = 1;
      queue.push(p);
    }
  for (let p = queue.pop(); p !== undefined; p = queue.pop())
    for (const q of automaton.follow[p]?.keys() ?? [])
      if (marked[q] !== 1) {
        marked[q] = 1;
        queue.push(q);
      }
  return marked;
}

type State = Map<number, number>;

const keyOf = (state: State) =>
  [...state]
    .sort((a, b) => a[0] - b[0])
    .map(([p, ways]) => `${p}:${ways}`)
    .join(',');

/** Checks that no text keeps more paths alive at once than the limits allow. `budget` counts work. */
export function countWays(automaton: PositionAutomaton, common: CommonChars, budget: { left: number }): WaysVerdict {
  const { follow, canEndAfter, starts } = automaton;
  const n = automaton.atoms.length;
  const loopish = inOrAfterLoop(automaton);
  const groups = common.groups().map((positions) => {
    const member = new Uint8Array(n);
    for (const p of positions) member[p] = 1;
    return member;
  });

  const seen = new Set<string>();
  const queue: State[] = [];
  // One state per start: a state before any character, the start positions reached by "nothing".
  const advance = (successors: State): WaysVerdict | undefined => {
    for (const member of groups) {
      const next: State = new Map();
      for (const [q, ways] of successors) {
        if (--budget.left < 0) return { ok: false, tooComplex: true };
        if (member[q] === 1) next.set(q, canEndAfter[q] === 1 ? 1 : Math.min(ways, 1_000_000));
      }
      if (next.size === 0) continue;
      let all = 0;
      let worst = -1;
      for (const [q, ways] of next) {
        all += ways;
        if (loopish[q] === 1 && ways > MAX_WAYS_IN_LOOPS)
          return { ok: false, position: q, ways, limit: MAX_WAYS_IN_LOOPS };
        if (worst < 0 || ways > (next.get(worst) ?? 0)) worst = q;
      }
      if (all > MAX_WAYS) return { ok: false, position: worst, ways: all, limit: MAX_WAYS };
      let tries = 0;
      let looping = -1;
      for (const [q, ways] of next) {
        let out = 0;
        for (const constructs of follow[q]?.values() ?? []) out += constructs.size;
        tries += ways * out;
        if (loopish[q] === 1) looping = q;
      }
      if (looping >= 0 && tries > MAX_TRIES_IN_LOOPS)
        return { ok: false, position: looping, tries, limit: MAX_TRIES_IN_LOOPS };
      const key = keyOf(next);
      if (seen.has(key)) continue;
      seen.add(key);
      queue.push(next);
    }
    return undefined;
  };

  for (const first of starts) {
    const verdict = advance(new Map(first.map((p) => [p, 1])));
    if (verdict) return verdict;
  }
  for (let state = queue.shift(); state; state = queue.shift()) {
    const successors: State = new Map();
    for (const [p, ways] of state)
      for (const [q, constructs] of follow[p] ?? []) {
        if (--budget.left < 0) return { ok: false, tooComplex: true };
        // Each construct leading from p to q (the inner and the outer loop of (a+)+) is its own branch.
        successors.set(q, (successors.get(q) ?? 0) + ways * constructs.size);
      }
    const verdict = advance(successors);
    if (verdict) return verdict;
  }
  return { ok: true };
}
