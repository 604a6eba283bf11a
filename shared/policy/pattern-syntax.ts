import type { RegexNode } from './regex-structure';

// Parts of a JavaScript regular expression that the backtracking analysis cannot vouch for, refused
// before it runs:
// - a backreference (\1, \k<name>) matches text of any length decided at run time: (a*)\1*\1*b takes
//   over 20 s on a short draft, and no automaton of single characters models it;
// - an inline modifier group ((?i:...), (?-s:...)) changes which characters its parts match, so the
//   analysis would compare the wrong sets: (?i:a|A)+$ is exponential though a|A looks unambiguous;
// - a lookaround that can read more than a few characters runs again at every place the engine tries,
//   multiplying the whole search by its length, unseen by the analysis of the main pattern;
// - a repeat of something that reads no character, as in (?:(?!a)){1000}: the work it adds at each
//   place is invisible to an automaton of characters;
// - a part that can match nothing in two ways, as in (a?|b?) or (?:|x): each way is a branch the
//   engine tries, yet the automaton of characters sees a single step over it.

/** The longest text a lookaround's body may read; (?=\s) or (?!\p{L}) need one or two characters. */
export const MAX_LOOKAROUND_LENGTH = 20;

function maxLength(node: RegexNode): number {
  switch (node.kind) {
    case 'atom':
      return 1;
    case 'seq':
      return node.items.reduce((sum, item) => sum + maxLength(item), 0);
    case 'alt':
      return Math.max(0, ...node.options.map(maxLength));
    case 'repeat': {
      const body = maxLength(node.body);
      return body === 0 ? 0 : body * node.max;
    }
    case 'modifiers':
      return maxLength(node.body);
    case 'backref':
      return Number.POSITIVE_INFINITY;
    default:
      // Nested lookarounds and anchors read nothing the outer body keeps.
      return 0;
  }
}

/** In how many ways the part can match the empty text (a repeat's empty extra rounds are cut by the engine). */
function emptyWays(node: RegexNode): number {
  switch (node.kind) {
    case 'atom':
      return 0;
    case 'seq':
      return node.items.reduce((product, item) => Math.min(product * emptyWays(item), 1e6), 1);
    case 'alt':
      return node.options.reduce((sum, option) => Math.min(sum + emptyWays(option), 1e6), 0);
    case 'repeat':
      return node.min === 0 ? 1 : Math.min(emptyWays(node.body) ** node.min, 1e6);
    case 'modifiers':
      return emptyWays(node.body);
    default:
      return 1;
  }
}

function children(node: RegexNode): RegexNode[] {
  switch (node.kind) {
    case 'seq':
      return node.items;
    case 'alt':
      return node.options;
    case 'repeat':
    case 'look':
    case 'modifiers':
      return [node.body];
    default:
      return [];
  }
}

/** Why the pattern uses syntax Herald refuses, or undefined. `source` is the pattern, to quote parts. */
export function unsupportedSyntax(root: RegexNode, source: string): string | undefined {
  const stack = [root];
  for (let node = stack.pop(); node; node = stack.pop()) {
    if (node.kind === 'backref') {
      return (
        `the backreference "${node.source}" is not allowed: it can make matching take exponential time; ` +
        'write the repeated text out again instead (for example ([a-z]+)-\\1 as [a-z]+-[a-z]+)'
      );
    }
    if (node.kind === 'modifiers') {
      return (
        `the inline modifier group "${node.source}" is not allowed: Herald cannot check it for catastrophic ` +
        'backtracking; set the flag for the whole pattern in "flags" instead, or spell the cases out ([Aa])'
      );
    }
    if (node.kind === 'look' && maxLength(node.body) > MAX_LOOKAROUND_LENGTH) {
      const loop = longestRepeat(node.body);
      const part = loop ? `"${source.slice(loop.start, loop.end)}"` : 'its body';
      return (
        `the lookaround can read more than ${MAX_LOOKAROUND_LENGTH} characters (${part}), and it runs again at ` +
        'every place the pattern is tried, so a long draft could freeze the page (catastrophic backtracking); ' +
        'bound it, for example ' +
        '(?=\\s*x) as (?=\\s{0,5}x), or move the repeat out of the lookaround'
      );
    }
    if (node.kind === 'repeat' && node.max > 1 && maxLength(node.body) === 0) {
      return (
        `the repeat "${source.slice(node.start, node.end)}" repeats something that reads no character, which ` +
        'adds work at every place the pattern is tried; write it once, without the count'
      );
    }
    // Rounds within the minimum may each read nothing, in as many orders as there are rounds; the
    // automaton folds a long repeat into one loop and would see one way.
    if (node.kind === 'repeat' && node.min > 3 && emptyWays(node.body) > 0) {
      return (
        `the repeat "${source.slice(node.start, node.end)}" needs ${node.min} rounds of a part that can match ` +
        'nothing, which can split a text in very many ways (catastrophic backtracking); count the characters ' +
        'instead, for example (?:a?){50} as a{0,50}'
      );
    }
    if ((node.kind === 'alt' || node.kind === 'repeat') && emptyWays(node) > 1) {
      return (
        'a part of it can match nothing in more than one way (two alternatives that can both be empty, as ' +
        'in (a?|b?) or (|x)), so a draft that nearly matches could freeze the page; make at most one ' +
        'alternative optional, for example (a?|b?) as (a|b)?'
      );
    }
    stack.push(...children(node));
  }
  return undefined;
}

/** The repeat in a lookaround's body that makes it long, to name it. */
function longestRepeat(node: RegexNode): Extract<RegexNode, { kind: 'repeat' }> | undefined {
  let best: Extract<RegexNode, { kind: 'repeat' }> | undefined;
  const stack = [node];
  for (let n = stack.pop(); n; n = stack.pop()) {
    if (n.kind === 'repeat' && (!best || n.max > best.max)) best = n;
    stack.push(...children(n));
  }
  return best;
}
