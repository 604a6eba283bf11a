import { type CommonChars, commonChars } from './common-char';
import { unsupportedSyntax } from './pattern-syntax';
import { countWays, type WaysVerdict } from './pattern-ways';
import { buildPositionAutomaton, type Loop, type PositionAutomaton } from './position-automaton';
import { parseRegexStructure } from './regex-structure';

// A feed's pattern runs in the page as the employee types, and a JavaScript regular expression cannot
// be interrupted. Two kinds of pattern can take far too long on a draft that nearly matches, and both
// are refused before they ever run:
// - exponential: a repeated part can match the same text in two ways, as in (a+)+ or (a|a)*. Found as a
//   position from which two different paths reading the same text come back to it (the automaton
//   paired with itself has a strongly connected component holding a pair of equal positions and a pair
//   of different ones, or two different edges between equal ones).
// - polynomial: two unbounded repeats in a row can share the same text, as in \d+\d+x or .*a.*b$, and
//   the match can still fail after the second. Found as positions p != q and one text that leads from p
//   back to p, from p to q and from q back to q. The checker already tries the pattern at every place
//   in the draft, so even a square here makes a cube in total: 3,000 digits take seconds on \d+\d+x.
//
// Why not a library: safe-regex2 only counts nested quantifiers, so it accepts (a|a)*$ and \d+\d+x and
// refuses harmless (?:\d{1,3},)*\d+ and any lookbehind; redos-detector refuses ordinary patterns such as
// \b(revenue|orders)\b[^.]{0,40}\d+% and takes seconds; recheck is a large Scala.js bundle.

export type PatternSafety = { ok: true } | { ok: false; reason: string };

/** Steps of the two searches before we call the pattern too complex to vouch for (some tens of ms). */
const MAX_STEPS = 250_000;

interface Budget {
  left: number;
}

const TOO_COMPLEX = 'too complex';

/** False once the budget is spent. */
function spend(budget: Budget): boolean {
  return --budget.left >= 0;
}

/** Positions that lie inside some repeat: only they can be on a cycle. */
function loopPositions(automaton: PositionAutomaton, variableOnly: boolean): Uint8Array {
  const inLoop = new Uint8Array(automaton.atoms.length);
  for (const loop of automaton.loops)
    if (!variableOnly || !loop.exact) inLoop.fill(1, loop.firstPosition, loop.endPosition);
  return inLoop;
}

/** Positions of the exponential kind, or undefined: Tarjan's components over the automaton paired with itself. */
function exponentialCycle(
  automaton: PositionAutomaton,
  common: CommonChars,
  budget: Budget,
): number[] | typeof TOO_COMPLEX | undefined {
  const { atoms, follow } = automaton;
  const n = atoms.length;
  const inLoop = loopPositions(automaton, false);
  const loopFollow = follow.map((next) => [...next.keys()].filter((q) => inLoop[q] === 1));
  // (p, p) -> (q, q) along two different ways: the two paths have already parted.
  const parting = new Map<number, number[]>();
  const index = new Map<number, number>();
  const low = new Map<number, number>();
  const onStack = new Set<number>();
  const stack: number[] = [];

  const successors = (state: number): number[] => {
    const p = Math.floor(state / n);
    const r = state % n;
    const out: number[] = [];
    for (const q of loopFollow[p] ?? [])
      for (const s of loopFollow[r] ?? []) {
        if (!spend(budget)) return out;
        if (!common.pair(q, s)) continue;
        out.push(q * n + s);
        if (p === r && q === s && (follow[p]?.get(q)?.size ?? 0) > 1)
          parting.set(state, [...(parting.get(state) ?? []), q * n + s]);
      }
    return out;
  };

  for (let p = 0; p < n; p++) {
    if (inLoop[p] !== 1 || index.has(p * n + p)) continue;
    const work: { state: number; next: number[]; k: number }[] = [];
    const enter = (state: number) => {
      index.set(state, index.size);
      low.set(state, index.size - 1);
      stack.push(state);
      onStack.add(state);
      work.push({ state, next: successors(state), k: 0 });
    };
    enter(p * n + p);
    while (work.length > 0) {
      const frame = work[work.length - 1] as { state: number; next: number[]; k: number };
      if (frame.k < frame.next.length) {
        const to = frame.next[frame.k++] as number;
        if (budget.left < 0) return TOO_COMPLEX;
        if (!index.has(to)) enter(to);
        else if (onStack.has(to)) low.set(frame.state, Math.min(low.get(frame.state) ?? 0, index.get(to) ?? 0));
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent) low.set(parent.state, Math.min(low.get(parent.state) ?? 0, low.get(frame.state) ?? 0));
      if (low.get(frame.state) !== index.get(frame.state)) continue;
      const component = new Set<number>();
      let member: number;
      do {
        member = stack.pop() as number;
        onStack.delete(member);
        component.add(member);
      } while (member !== frame.state);
      const states = [...component];
      const equal = states.some((s) => Math.floor(s / n) === s % n);
      const different = states.some((s) => Math.floor(s / n) !== s % n);
      const parts = states.some((s) => parting.get(s)?.some((t) => component.has(t)));
      if (equal && (different || parts)) return states.flatMap((s) => [Math.floor(s / n), s % n]);
    }
  }
  return undefined;
}

/** A pair [p, q] of the polynomial kind, or undefined: a search over the automaton tripled with itself. */
function polynomialPair(
  automaton: PositionAutomaton,
  common: CommonChars,
  budget: Budget,
): [number, number] | typeof TOO_COMPLEX | undefined {
  const { atoms, follow, loops, canEndAfter } = automaton;
  const n = atoms.length;
  const inLoop = loopPositions(automaton, true);
  // {0,1000} splits text as freely as * does: only an exact count's way back (it multiplies the work by
  // its count, without new ways to split the text) does not count here.
  const unboundedWay = (way: number) => way === 0 || loops[way - 1]?.exact === false;
  const next = follow.map((ways) => [...ways].filter(([, w]) => [...w].some(unboundedWay)).map(([q]) => q));
  const reaches = (from: number, to: number) => {
    const seen = new Set([from]);
    const queue = [from];
    for (let a = queue.pop(); a !== undefined; a = queue.pop())
      for (const b of next[a] ?? []) {
        if (b === to) return true;
        if (seen.has(b)) continue;
        seen.add(b);
        queue.push(b);
      }
    return false;
  };

  for (let p = 0; p < n; p++) {
    if (inLoop[p] !== 1) continue;
    for (let q = 0; q < n; q++) {
      // Once q may end the match, the engine stops at the first success instead of trying every split.
      if (q === p || inLoop[q] !== 1 || canEndAfter[q] === 1 || !reaches(p, q)) continue;
      const key = (a: number, b: number, c: number) => (a * n + b) * n + c;
      const target = key(p, q, q);
      const seen = new Set<number>();
      const queue = [[p, p, q] as const];
      for (let state = queue.pop(); state; state = queue.pop()) {
        const [a, b, c] = state;
        for (const a2 of next[a] ?? [])
          for (const b2 of next[b] ?? []) {
            if (!common.pair(a2, b2)) continue;
            for (const c2 of next[c] ?? []) {
              if (!spend(budget)) return TOO_COMPLEX;
              const k = key(a2, b2, c2);
              if (seen.has(k) || !common.triple(a2, b2, c2)) continue;
              if (k === target) return [p, q];
              seen.add(k);
              queue.push([a2, b2, c2]);
            }
          }
      }
    }
  }
  return undefined;
}

/** The outermost repeat holding all the positions: for (a+)+ the trouble is the pair of loops, not a+. */
function outermostLoop(loops: Loop[], positions: number[]): Loop | undefined {
  const lo = Math.min(...positions);
  const hi = Math.max(...positions);
  const holding = loops.filter((loop) => loop.firstPosition <= lo && hi < loop.endPosition);
  return holding.sort((a, b) => b.end - b.start - (a.end - a.start))[0];
}

/** The innermost variable repeat holding the position. */
function innermostLoop(loops: Loop[], position: number): Loop | undefined {
  const holding = loops.filter((l) => !l.exact && l.firstPosition <= position && position < l.endPosition);
  return holding.sort((a, b) => a.end - a.start - (b.end - b.start))[0];
}

/** Whether a feed's pattern may run in the page: a valid regular expression that cannot backtrack catastrophically. */
export function checkPatternSafety(pattern: string, flags = ''): PatternSafety {
  if (!/^[imsu]*$/.test(flags) || new Set(flags).size !== flags.length) {
    return { ok: false, reason: `flags "${flags}" are not allowed: use only i, m, s and u, each once` };
  }
  try {
    new RegExp(pattern, flags);
  } catch (error) {
    return { ok: false, reason: `not a valid regular expression: ${(error as Error).message}` };
  }
  const structure = parseRegexStructure(pattern, flags.includes('u'));
  const unsupported = unsupportedSyntax(structure, pattern);
  if (unsupported) return { ok: false, reason: unsupported };
  const automaton = buildPositionAutomaton(structure);
  const common = commonChars(automaton.atoms, pattern, flags);
  const budget = { left: MAX_STEPS };
  const quote = (loop: Loop | undefined) => (loop ? `"${pattern.slice(loop.start, loop.end)}"` : 'a repeated part');
  const cycle = exponentialCycle(automaton, common, budget);
  const pair = cycle === undefined ? polynomialPair(automaton, common, budget) : undefined;
  const ways: WaysVerdict =
    cycle === undefined && pair === undefined ? countWays(automaton, common, budget) : { ok: true };
  if (cycle === TOO_COMPLEX || pair === TOO_COMPLEX || 'tooComplex' in ways) {
    return {
      ok: false,
      reason: 'too complex to check for catastrophic backtracking: split it or simplify its repeats',
    };
  }
  if (cycle) {
    return {
      ok: false,
      reason:
        `the repeated part ${quote(outermostLoop(automaton.loops, cycle))} can match the same text in more ` +
        'than one way, so a draft that nearly matches could freeze the page (catastrophic backtracking); ' +
        'rewrite it so each character can be matched only one way, for example (a+)+ as a+ and (a|ab)* as (ab?)*',
    };
  }
  if (pair) {
    return {
      ok: false,
      reason:
        `the repeated parts ${quote(innermostLoop(automaton.loops, pair[0]))} and ` +
        `${quote(innermostLoop(automaton.loops, pair[1]))} can share the same text and the match can still fail ` +
        'after them, so a long draft could freeze the page (catastrophic backtracking); make them unable to ' +
        'match the same characters (\\d+\\d+ as \\d{2,}), bound one of them ({0,40} instead of *), or end the pattern after them',
    };
  }
  if (!ways.ok) {
    const loop = innermostLoop(automaton.loops, ways.position) ?? outermostLoop(automaton.loops, [ways.position]);
    const where = loop ? ` around ${quote(loop)}` : '';
    return {
      ok: false,
      reason:
        ('tries' in ways
          ? `at each character${where} it tries ${ways.tries} parts (at most ${ways.limit} are allowed), so a `
          : `a text can be matched in ${ways.ways} ways at once${where} (at most ${ways.limit} are allowed), so a `) +
        'draft that nearly matches could freeze the page (catastrophic backtracking); make the repeats next ' +
        'to each other unable to match the same characters, for example [^.]{0,40}d+ as [^.]{0,39}[^.d]d+',
    };
  }
  return { ok: true };
}
