// The shape of a JavaScript regular expression, just enough to reason about backtracking: which parts
// consume one character, how they are sequenced, alternated and repeated. Zero-width checks (anchors, \b)
// become `assert`: they consume nothing but can fail; lookarounds keep their body because it backtracks
// too. Backreferences and inline modifier groups ((?i:...)) are kept as their own kinds, because the
// analysis cannot model them and refuses them: a backreference matches text of any length, and a
// modifier group changes which characters its parts match. The pattern
// must already be known to be valid (new RegExp succeeded), so this parser is lenient.

export type RegexNode =
  | { kind: 'atom'; source: string }
  | { kind: 'seq'; items: RegexNode[] }
  | { kind: 'alt'; options: RegexNode[] }
  | { kind: 'repeat'; body: RegexNode; min: number; max: number; start: number; end: number }
  | { kind: 'look'; body: RegexNode }
  | { kind: 'assert' }
  | { kind: 'backref'; source: string }
  | { kind: 'modifiers'; source: string; body: RegexNode };

const ASSERT: RegexNode = { kind: 'assert' };

export function parseRegexStructure(pattern: string, unicode: boolean): RegexNode {
  let i = 0;
  // Over-approximate (a "(" inside a class counts): a backreference is then refused, never missed.
  const hasGroups = /\((?!\?)|\(\?<(?![=!])/.test(pattern);
  const hasNamedGroups = /\(\?<(?![=!])/.test(pattern);

  const skipPast = (close: string) => {
    const at = pattern.indexOf(close, i);
    i = at < 0 ? pattern.length : at + close.length;
  };

  function parseAlternatives(): RegexNode {
    const options = [parseSequence()];
    while (pattern[i] === '|') {
      i++;
      options.push(parseSequence());
    }
    return options.length === 1 ? (options[0] as RegexNode) : { kind: 'alt', options };
  }

  function parseSequence(): RegexNode {
    const items: RegexNode[] = [];
    while (i < pattern.length && pattern[i] !== '|' && pattern[i] !== ')') {
      const start = i;
      let node = parseTerm();
      for (let q = parseQuantifier(); q; q = parseQuantifier()) {
        node = { kind: 'repeat', body: node, min: q.min, max: q.max, start, end: i };
      }
      items.push(node);
    }
    return items.length === 1 ? (items[0] as RegexNode) : { kind: 'seq', items };
  }

  function parseQuantifier(): { min: number; max: number } | undefined {
    const c = pattern[i];
    let result: { min: number; max: number } | undefined;
    if (c === '*') result = { min: 0, max: Number.POSITIVE_INFINITY };
    else if (c === '+') result = { min: 1, max: Number.POSITIVE_INFINITY };
    else if (c === '?') result = { min: 0, max: 1 };
    if (result) i++;
    else if (c === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(pattern.slice(i, i + 40));
      if (!m) return undefined;
      const min = Number(m[1]);
      result = { min, max: m[2] === undefined ? min : m[3] ? Number(m[3]) : Number.POSITIVE_INFINITY };
      i += m[0].length;
    } else return undefined;
    if (pattern[i] === '?') i++; // lazy: same paths, other order
    return result;
  }

  function parseGroup(): RegexNode {
    i++;
    let look = false;
    if (pattern.startsWith('?=', i) || pattern.startsWith('?!', i)) {
      look = true;
      i += 2;
    } else if (pattern.startsWith('?<=', i) || pattern.startsWith('?<!', i)) {
      look = true;
      i += 3;
    } else if (pattern.startsWith('?<', i)) skipPast('>');
    const modifiers = /^\?[a-z]*(?:-[a-z]*)?:/.exec(pattern.slice(i, i + 12))?.[0];
    if (modifiers) i += modifiers.length; // (?: and modifier groups such as (?i: or (?-s:
    const body = parseAlternatives();
    i++; // ')'
    if (look) return { kind: 'look', body };
    return modifiers && modifiers !== '?:' ? { kind: 'modifiers', source: `(${modifiers}`, body } : body;
  }

  function parseEscape(): RegexNode {
    const start = i;
    const d = pattern[i + 1] ?? '';
    i += 2;
    if (d === 'b' || d === 'B') return ASSERT;
    // Without capturing groups and without u, \1 is an octal escape and \k a plain k: new RegExp knows.
    if (/[1-9]/.test(d) && hasGroups) {
      while (/\d/.test(pattern[i] ?? '')) i++;
      return { kind: 'backref', source: pattern.slice(start, i) };
    }
    if (d === 'k' && pattern[i] === '<' && (unicode || hasNamedGroups)) {
      skipPast('>');
      return { kind: 'backref', source: pattern.slice(start, i) };
    }
    if ((d === 'p' || d === 'P') && unicode && pattern[i] === '{') skipPast('}');
    else if (d === 'u' && unicode && pattern[i] === '{') skipPast('}');
    else if (d === 'u' && /^[0-9a-fA-F]{4}/.test(pattern.slice(i, i + 4))) {
      i += 4;
      if (unicode && /^\\u[dD][c-fC-F][0-9a-fA-F]{2}/.test(pattern.slice(i, i + 6))) i += 6;
    } else if (d === 'x' && /^[0-9a-fA-F]{2}/.test(pattern.slice(i, i + 2))) i += 2;
    else if (d === 'c' && /[a-zA-Z]/.test(pattern[i] ?? '')) i++;
    else if (d === '0' && !unicode) while (/[0-7]/.test(pattern[i] ?? '') && i < start + 4) i++;
    return { kind: 'atom', source: pattern.slice(start, i) };
  }

  function parseClass(): RegexNode {
    const start = i;
    i++;
    if (pattern[i] === '^') i++;
    while (i < pattern.length && pattern[i] !== ']') i += pattern[i] === '\\' ? 2 : 1;
    i++;
    return { kind: 'atom', source: pattern.slice(start, i) };
  }

  function parseTerm(): RegexNode {
    const c = pattern[i];
    if (c === '(') return parseGroup();
    if (c === '[') return parseClass();
    if (c === '\\') return parseEscape();
    if (c === '^' || c === '$') {
      i++;
      return ASSERT;
    }
    const width = unicode && (pattern.codePointAt(i) ?? 0) > 0xffff ? 2 : 1;
    i += width;
    return { kind: 'atom', source: pattern.slice(i - width, i) };
  }

  return parseAlternatives();
}
