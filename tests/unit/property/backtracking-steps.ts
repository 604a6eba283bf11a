// A model of how much work a backtracking engine (V8's irregexp, as the ECMAScript spec describes it)
// does on a pattern and a draft, counted in steps: every character compared and every place checked
// (anchor, \b, lookaround), on every branch the engine tries, including the ones it undoes. The pattern is given as a tree, so the model is independent of the
// parser under test; `patternSource` writes the same tree as JavaScript source.
//
// Semantics kept from the spec: alternatives and repeats try their options in order (greedy or lazy),
// a repeat's extra round that reads nothing fails (the "empty check"), lookaheads are atomic, a global
// search tries each start in turn and resumes after each match, as findAll does.

export type Node =
  | { kind: 'char'; source: string }
  | { kind: 'seq'; items: Node[] }
  | { kind: 'alt'; options: Node[] }
  | { kind: 'repeat'; body: Node; min: number; max: number; lazy: boolean }
  | { kind: 'look'; body: Node; negative: boolean }
  | { kind: 'assert'; source: '^' | '$' | '\\b' | '\\B' };

/** The tree as a JavaScript pattern, each part wrapped so that precedence is as in the tree. */
export function patternSource(node: Node): string {
  switch (node.kind) {
    case 'char':
    case 'assert':
      return node.source;
    case 'seq':
      return node.items
        .map((item) => (item.kind === 'alt' ? `(?:${patternSource(item)})` : patternSource(item)))
        .join('');
    case 'alt':
      return node.options.map(patternSource).join('|');
    case 'repeat': {
      const body = node.body.kind === 'char' ? patternSource(node.body) : `(?:${patternSource(node.body)})`;
      const count =
        node.max === Number.POSITIVE_INFINITY
          ? node.min === 0
            ? '*'
            : node.min === 1
              ? '+'
              : `{${node.min},}`
          : node.min === node.max
            ? `{${node.min}}`
            : `{${node.min},${node.max}}`;
      return `${body}${count}${node.lazy ? '?' : ''}`;
    }
    case 'look':
      return `(?${node.negative ? '!' : '='}${patternSource(node.body)})`;
  }
}

type Op =
  | { op: 'char'; test: (c: string) => boolean }
  | { op: 'split'; first: number; second: number }
  | { op: 'jmp'; to: number }
  | { op: 'match' }
  | { op: 'assert'; source: '^' | '$' | '\\b' | '\\B' }
  | { op: 'look'; program: Op[]; negative: boolean }
  // Enter a repeat: its round counter starts at 0.
  | { op: 'repeatInit'; counter: number }
  // Before a round: go in, leave, or both in the repeat's order.
  | {
      op: 'repeatTry';
      counter: number;
      mark: number;
      min: number;
      max: number;
      lazy: boolean;
      body: number;
      exit: number;
    }
  // After a round: fail if it read nothing once min rounds are done, else count it and try another.
  | { op: 'repeatNext'; counter: number; mark: number; back: number };

function compile(root: Node, flags: string): { program: Op[]; registers: number } {
  let registers = 0;
  const cache = new Map<string, Map<string, boolean>>();
  const tester = (source: string) => {
    const re = new RegExp(`^(?:${source})$`, flags);
    const known = cache.get(source) ?? new Map<string, boolean>();
    cache.set(source, known);
    return (c: string) => {
      let hit = known.get(c);
      if (hit === undefined) {
        hit = re.test(c);
        known.set(c, hit);
      }
      return hit;
    };
  };

  function emit(node: Node, program: Op[]): void {
    switch (node.kind) {
      case 'char':
        program.push({ op: 'char', test: tester(node.source) });
        return;
      case 'assert':
        program.push({ op: 'assert', source: node.source });
        return;
      case 'seq':
        for (const item of node.items) emit(item, program);
        return;
      case 'alt': {
        const jumps: { op: 'jmp'; to: number }[] = [];
        node.options.forEach((option, k) => {
          const last = k === node.options.length - 1;
          const split: Op = { op: 'split', first: program.length + 1, second: -1 };
          if (!last) program.push(split);
          emit(option, program);
          if (!last) {
            const jump = { op: 'jmp' as const, to: -1 };
            jumps.push(jump);
            program.push(jump);
            split.second = program.length;
          }
        });
        for (const jump of jumps) jump.to = program.length;
        return;
      }
      case 'repeat': {
        const counter = registers++;
        const mark = registers++;
        program.push({ op: 'repeatInit', counter });
        const tryAt = program.length;
        const attempt: Op & { op: 'repeatTry' } = {
          op: 'repeatTry',
          counter,
          mark,
          min: node.min,
          max: node.max,
          lazy: node.lazy,
          body: tryAt + 1,
          exit: -1,
        };
        program.push(attempt);
        emit(node.body, program);
        program.push({ op: 'repeatNext', counter, mark, back: tryAt });
        attempt.exit = program.length;
        return;
      }
      case 'look': {
        const body: Op[] = [];
        emit(node.body, body);
        body.push({ op: 'match' });
        program.push({ op: 'look', program: body, negative: node.negative });
        return;
      }
    }
  }

  const program: Op[] = [];
  emit(root, program);
  program.push({ op: 'match' });
  return { program, registers };
}

const isWord = (c: string | undefined) => c !== undefined && /\w/.test(c);

class OutOfSteps extends Error {}

interface Run {
  text: string;
  multiline: boolean;
  steps: number;
  budget: number;
  registers: number;
}

/**
 * Runs a program at `at`; the end of the match, or -1. Backtracking keeps its own stack, not the JS one,
 * and registers are restored from a trail of their old values, so a choice point costs O(1).
 */
function execute(program: Op[], run: Run, at: number): number {
  const regs = new Int32Array(run.registers);
  const trail: number[] = [];
  const set = (r: number, value: number) => {
    trail.push(r, regs[r] as number);
    regs[r] = value;
  };
  // Choice points as (pc, pos, trail length) triples.
  const choices: number[] = [0, at, 0];
  const { text } = run;
  while (choices.length > 0) {
    const saved = choices.pop() as number;
    let pos = choices.pop() as number;
    let pc = choices.pop() as number;
    while (trail.length > saved) {
      const old = trail.pop() as number;
      regs[trail.pop() as number] = old;
    }
    for (;;) {
      const op = program[pc] as Op;
      // Only comparing a character or checking a place counts: the bookkeeping around them (jumps,
      // counters) is what V8 compiles away, and counting it made harmless patterns look slow.
      if ((op.op === 'char' || op.op === 'assert' || op.op === 'look') && ++run.steps > run.budget) {
        throw new OutOfSteps();
      }
      let ok = true;
      switch (op.op) {
        case 'char':
          ok = pos < text.length && op.test(text[pos] as string);
          pos++;
          pc++;
          break;
        case 'split':
          choices.push(op.second, pos, trail.length);
          pc = op.first;
          break;
        case 'jmp':
          pc = op.to;
          break;
        case 'match':
          return pos;
        case 'assert': {
          const before = text[pos - 1];
          const after = text[pos];
          const lineEnd = (c: string | undefined) => c === '\n' || c === '\r' || c === '\u2028' || c === '\u2029';
          if (op.source === '^') ok = pos === 0 || (run.multiline && lineEnd(before));
          else if (op.source === '$') ok = pos === text.length || (run.multiline && lineEnd(after));
          else ok = (isWord(before) !== isWord(after)) === (op.source === '\\b');
          pc++;
          break;
        }
        case 'look': {
          const found = execute(op.program, run, pos) >= 0;
          ok = found !== op.negative;
          pc++;
          break;
        }
        case 'repeatInit':
          set(op.counter, 0);
          pc++;
          break;
        case 'repeatTry': {
          const rounds = regs[op.counter] as number;
          if (rounds >= op.max) {
            pc = op.exit;
            break;
          }
          // The empty check applies only to rounds beyond the minimum.
          set(op.mark, rounds >= op.min ? pos : -1);
          if (rounds < op.min) {
            pc = op.body;
            break;
          }
          choices.push(op.lazy ? op.body : op.exit, pos, trail.length);
          pc = op.lazy ? op.exit : op.body;
          break;
        }
        case 'repeatNext':
          ok = regs[op.mark] !== pos;
          set(op.counter, (regs[op.counter] as number) + 1);
          pc = op.back;
          break;
      }
      if (!ok) break;
    }
  }
  return -1;
}

/**
 * Steps of a global search of `text` (as findAll runs it, at most `limit` matches), or undefined once
 * they pass `budget`.
 */
export function searchSteps(root: Node, flags: string, text: string, budget: number, limit = 100): number | undefined {
  const { program, registers } = compile(root, flags.replace(/[^imsu]/g, ''));
  const run: Run = { text, multiline: flags.includes('m'), steps: 0, budget, registers };
  try {
    let matches = 0;
    for (let start = 0; start <= text.length && matches < limit; ) {
      const end = execute(program, run, start);
      if (end > start) {
        matches++;
        start = end;
      } else start++;
    }
    return run.steps;
  } catch (error) {
    if (error instanceof OutOfSteps) return undefined;
    throw error;
  }
}

/** Whether the model finds a match where it starts, to check it against the real engine. */
export function matchEnd(root: Node, flags: string, text: string, at: number): number {
  const { program, registers } = compile(root, flags.replace(/[^imsu]/g, ''));
  return execute(
    program,
    { text, multiline: flags.includes('m'), steps: 0, budget: Number.POSITIVE_INFINITY, registers },
    at,
  );
}
