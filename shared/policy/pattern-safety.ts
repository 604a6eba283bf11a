import { charOverlapTester } from './char-overlap';
import { parseRegexStructure, type RegexNode } from './regex-structure';

// A feed's pattern runs in the page as the employee types, and JavaScript regular expressions cannot be
// interrupted. A pattern whose repeated part can match the same text in two different ways, like (a+)+ or
// (a|a)*, takes exponential time on a draft that nearly matches, so it is refused before it ever runs.
//
// Why not a library: safe-regex2 only counts nested quantifiers, so it accepts (a|a)*$ and refuses the
// harmless (?:\d{1,3},)*\d+ and any lookbehind; redos-detector refuses ordinary patterns such as
// \b(revenue|orders)\b[^.]{0,40}\d+% and takes seconds; recheck is a large Scala.js bundle. This check is
// the textbook one instead: build the pattern's position automaton (Glushkov) and look for a position
// from which two different paths, reading the same characters, come back to it (exponential degree of
// ambiguity, found as a strongly connected component of the automaton paired with itself that holds
// both a pair of equal and a pair of different positions).

export type PatternSafety = { ok: true } | { ok: false; reason: string };

/** Product states explored before we give up and call the pattern too complex to vouch for. */
const MAX_EXPLORED = 60_000;
/** Bounded repeats up to this many copies are unrolled exactly; longer ones are treated as loops. */
const MAX_UNROLLED = 3;

interface Loop {
  start: number;
  end: number;
  firstPosition: number;
  endPosition: number;
}

interface Automaton {
  atoms: string[];
  /** follow[p] maps each next position to the constructs leading there: 0 for sequence, loop number + 1 for a loop's way back. Two ways to the same position are two paths for the engine, as in (a+)+. */
  follow: Map<number, Set<number>>[];
  loops: Loop[];
}

interface Fragment {
  nullable: boolean;
  first: number[];
  last: number[];
}

const NOTHING: Fragment = { nullable: true, first: [], last: [] };

function buildAutomaton(root: RegexNode): Automaton {
  const atoms: string[] = [];
  const follow: Map<number, Set<number>>[] = [];
  const loops: Loop[] = [];
  const looks: RegexNode[] = [];

  const link = (from: number[], to: number[], way = 0) => {
    for (const l of from) {
      const next = follow[l] as Map<number, Set<number>>;
      for (const f of to) {
        const ways = next.get(f) ?? new Set<number>();
        ways.add(way);
        next.set(f, ways);
      }
    }
  };

  const sequence = (a: Fragment, b: Fragment): Fragment => {
    link(a.last, b.first);
    return {
      nullable: a.nullable && b.nullable,
      first: a.nullable ? [...a.first, ...b.first] : a.first,
      last: b.nullable ? [...a.last, ...b.last] : b.last,
    };
  };

  const optionalTail = (body: RegexNode, copies: number): Fragment => {
    if (copies === 0) return NOTHING;
    const head = build(body);
    const rest = sequence(head, optionalTail(body, copies - 1));
    return { ...rest, nullable: true };
  };

  function build(node: RegexNode): Fragment {
    switch (node.kind) {
      case 'atom': {
        const p = atoms.push(node.source) - 1;
        follow.push(new Map());
        return { nullable: false, first: [p], last: [p] };
      }
      case 'empty':
        return NOTHING;
      case 'look':
        looks.push(node.body);
        return NOTHING;
      case 'seq':
        return node.items.reduce<Fragment>((acc, item) => sequence(acc, build(item)), NOTHING);
      case 'alt': {
        const parts = node.options.map(build);
        return {
          nullable: parts.some((p) => p.nullable),
          first: parts.flatMap((p) => p.first),
          last: parts.flatMap((p) => p.last),
        };
      }
      case 'repeat': {
        if (node.max <= MAX_UNROLLED) {
          let result = NOTHING;
          for (let k = 0; k < node.min; k++) result = sequence(result, build(node.body));
          return sequence(result, optionalTail(node.body, node.max - node.min));
        }
        const firstPosition = atoms.length;
        const body = build(node.body);
        link(body.last, body.first, loops.length + 1);
        loops.push({ start: node.start, end: node.end, firstPosition, endPosition: atoms.length });
        return { ...body, nullable: body.nullable || node.min === 0 };
      }
    }
  }

  build(root);
  // A lookaround's body backtracks like any other part; it is simply not connected to the rest.
  for (let k = 0; k < looks.length; k++) build(looks[k] as RegexNode);
  return { atoms, follow, loops };
}

type Verdict = { ambiguous: false } | { ambiguous: true; positions: number[] } | { tooComplex: true };

/** Tarjan's strongly connected components over the automaton paired with itself, iteratively. */
function findAmbiguousCycle(automaton: Automaton, overlaps: (a: string, b: string) => boolean): Verdict {
  const { atoms, follow, loops } = automaton;
  const n = atoms.length;
  const inLoop = new Uint8Array(n);
  for (const loop of loops) inLoop.fill(1, loop.firstPosition, loop.endPosition);
  const loopFollow = follow.map((next) => [...next.keys()].filter((q) => inLoop[q] === 1));
  // Pairs (p, p) -> (q, q) taken along two different ways: the paths have already diverged.
  const divergent = new Map<number, number[]>();

  const index = new Map<number, number>();
  const low = new Map<number, number>();
  const onStack = new Set<number>();
  const stack: number[] = [];
  let counter = 0;

  const successors = (state: number): number[] => {
    const p = Math.floor(state / n);
    const r = state % n;
    const out: number[] = [];
    for (const q of loopFollow[p] ?? [])
      for (const s of loopFollow[r] ?? []) {
        if (!overlaps(atoms[q] as string, atoms[s] as string)) continue;
        out.push(q * n + s);
        if (p === r && q === s && (follow[p]?.get(q)?.size ?? 0) > 1) {
          divergent.set(state, [...(divergent.get(state) ?? []), q * n + s]);
        }
      }
    return out;
  };

  for (let p = 0; p < n; p++) {
    if (inLoop[p] !== 1 || index.has(p * n + p)) continue;
    const work: { state: number; next: number[]; k: number }[] = [];
    const enter = (state: number) => {
      index.set(state, counter);
      low.set(state, counter);
      counter++;
      stack.push(state);
      onStack.add(state);
      work.push({ state, next: successors(state), k: 0 });
    };
    enter(p * n + p);
    while (work.length > 0) {
      if (index.size > MAX_EXPLORED) return { tooComplex: true };
      const frame = work[work.length - 1] as { state: number; next: number[]; k: number };
      if (frame.k < frame.next.length) {
        const to = frame.next[frame.k++] as number;
        if (!index.has(to)) enter(to);
        else if (onStack.has(to)) low.set(frame.state, Math.min(low.get(frame.state) ?? 0, index.get(to) ?? 0));
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent) low.set(parent.state, Math.min(low.get(parent.state) ?? 0, low.get(frame.state) ?? 0));
      if (low.get(frame.state) !== index.get(frame.state)) continue;
      const component: number[] = [];
      let member: number;
      do {
        member = stack.pop() as number;
        onStack.delete(member);
        component.push(member);
      } while (member !== frame.state);
      const diagonal = component.some((s) => Math.floor(s / n) === s % n);
      const offDiagonal = component.some((s) => Math.floor(s / n) !== s % n);
      const divergesInside = component.some((s) => divergent.get(s)?.some((t) => component.includes(t)));
      if (diagonal && (offDiagonal || divergesInside)) {
        return { ambiguous: true, positions: component.flatMap((s) => [Math.floor(s / n), s % n]) };
      }
    }
  }
  return { ambiguous: false };
}

function culpritLoop(loops: Loop[], positions: number[]): Loop | undefined {
  const lo = Math.min(...positions);
  const hi = Math.max(...positions);
  const holding = loops.filter((loop) => loop.firstPosition <= lo && hi < loop.endPosition);
  // The outermost one: for (a+)+ the trouble is the pair of loops, not a+ alone.
  return holding.sort((a, b) => b.end - b.start - (a.end - a.start))[0];
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
  const automaton = buildAutomaton(parseRegexStructure(pattern, flags.includes('u')));
  const verdict = findAmbiguousCycle(automaton, charOverlapTester(pattern, flags));
  if ('tooComplex' in verdict) {
    return {
      ok: false,
      reason: 'too complex to check for catastrophic backtracking: split it or simplify its repeats',
    };
  }
  if (!verdict.ambiguous) return { ok: true };
  const loop = culpritLoop(automaton.loops, verdict.positions);
  const part = loop ? `the repeated part "${pattern.slice(loop.start, loop.end)}"` : 'a repeated part';
  return {
    ok: false,
    reason:
      `${part} can match the same text in more than one way, so a draft that nearly matches could freeze ` +
      'the page (catastrophic backtracking); rewrite it so each character can be matched only one way, ' +
      'for example (a+)+ as a+ and (a|ab)* as (ab?)*',
  };
}
