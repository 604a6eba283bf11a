import type { RegexNode } from './regex-structure';

// The position (Glushkov) automaton of a pattern: one state per character-consuming part, with an edge
// p -> q when q can come right after p. Edges remember which construct made them, because a backtracking
// engine tries each construct separately: in (a+)+ the inner and the outer loop both lead from a to a,
// and that choice is exactly what explodes.

export interface Loop {
  /** The repeat's source span, to name it in messages. */
  start: number;
  end: number;
  /** Positions inside the repeat: firstPosition <= p < endPosition. */
  firstPosition: number;
  endPosition: number;
  bounded: boolean;
  /** An exact count such as {50}: it multiplies work only by its count, never adds ways to split text. */
  exact: boolean;
}

export interface PositionAutomaton {
  /** Source of each position's one-character part. */
  atoms: string[];
  /** follow[p] maps each next position to the ways there: 0 for sequence, loop number + 1 for a loop's way back. */
  follow: Map<number, Set<number>>[];
  loops: Loop[];
  /** 1 where the match can end right after the position without any check that could fail. */
  canEndAfter: Uint8Array;
  /** Where a search starts: the pattern's first positions, then each lookaround body's. */
  starts: number[][];
}

/** Bounded repeats up to this many copies are unrolled exactly; longer ones are treated as loops. */
const MAX_UNROLLED = 3;
/** Exact counts ({4}, {16}) are unrolled up to this many positions in all, so \d{4}-\d{4} stays loop-free. */
const MAX_UNROLLED_EXACT_POSITIONS = 64;

function positionCount(node: RegexNode): number {
  switch (node.kind) {
    case 'atom':
      return 1;
    case 'seq':
      return node.items.reduce((sum, item) => sum + positionCount(item), 0);
    case 'alt':
      return node.options.reduce((sum, option) => sum + positionCount(option), 0);
    case 'repeat':
      return positionCount(node.body) * Math.min(node.max, 1_000_000);
    case 'modifiers':
    case 'look':
      return positionCount(node.body);
    default:
      return 0;
  }
}

interface Fragment {
  nullable: boolean;
  first: number[];
  last: number[];
  /** Like nullable and last, but counting an assertion as something that must pass. */
  freeNullable: boolean;
  freeLast: number[];
}

const NOTHING: Fragment = { nullable: true, first: [], last: [], freeNullable: true, freeLast: [] };
const CHECK: Fragment = { nullable: true, first: [], last: [], freeNullable: false, freeLast: [] };

export function buildPositionAutomaton(root: RegexNode): PositionAutomaton {
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
      freeNullable: a.freeNullable && b.freeNullable,
      freeLast: b.freeNullable ? [...a.freeLast, ...b.freeLast] : b.freeLast,
    };
  };

  const optional = (fragment: Fragment): Fragment => ({
    ...fragment,
    nullable: true,
    freeNullable: true,
  });

  // x{0,3} as (x(x(x)?)?)?, not x?x?x?, which would be ambiguous where the engine is not.
  const optionalTail = (body: RegexNode, copies: number): Fragment =>
    copies === 0 ? NOTHING : optional(sequence(build(body), optionalTail(body, copies - 1)));

  function build(node: RegexNode): Fragment {
    switch (node.kind) {
      case 'atom': {
        const p = atoms.push(node.source) - 1;
        follow.push(new Map());
        return { nullable: false, first: [p], last: [p], freeNullable: false, freeLast: [p] };
      }
      case 'assert':
      case 'backref':
        return CHECK;
      case 'modifiers':
        return build(node.body);
      case 'look':
        looks.push(node.body);
        return CHECK;
      case 'seq':
        return node.items.reduce<Fragment>((acc, item) => sequence(acc, build(item)), NOTHING);
      case 'alt': {
        const parts = node.options.map(build);
        return {
          nullable: parts.some((p) => p.nullable),
          first: parts.flatMap((p) => p.first),
          last: parts.flatMap((p) => p.last),
          freeNullable: parts.some((p) => p.freeNullable),
          freeLast: parts.flatMap((p) => p.freeLast),
        };
      }
      case 'repeat': {
        const exactUnrolled = node.min === node.max && positionCount(node) <= MAX_UNROLLED_EXACT_POSITIONS;
        if (node.max <= MAX_UNROLLED || exactUnrolled) {
          let result = NOTHING;
          for (let k = 0; k < node.min; k++) result = sequence(result, build(node.body));
          return sequence(result, optionalTail(node.body, node.max - node.min));
        }
        const firstPosition = atoms.length;
        const body = build(node.body);
        link(body.last, body.first, loops.length + 1);
        loops.push({
          start: node.start,
          end: node.end,
          firstPosition,
          endPosition: atoms.length,
          bounded: node.max !== Number.POSITIVE_INFINITY,
          exact: node.min === node.max,
        });
        return node.min === 0 ? optional(body) : body;
      }
    }
  }

  const whole = build(root);
  const starts = [whole.first];
  const free = [...whole.freeLast];
  // A lookaround's body backtracks like any other part; it is simply not connected to the rest. It
  // stops at its first match, like the whole pattern.
  for (let k = 0; k < looks.length; k++) {
    const body = build(looks[k] as RegexNode);
    starts.push(body.first);
    free.push(...body.freeLast);
  }
  const canEndAfter = new Uint8Array(atoms.length);
  for (const p of free) canEndAfter[p] = 1;
  return { atoms, follow, loops, canEndAfter, starts };
}
