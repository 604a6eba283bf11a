import type { Finding } from './compile-policies';

export interface FixedText {
  text: string;
  /** Where to put the caret afterwards: just after the change. */
  caret: number;
}

const SPACE = /[ \t\u00A0]/;
const CLOSES = /[.,;:!?)\]}]/;

function removeSpan(text: string, start: number, end: number, insert = ''): FixedText {
  let from = start;
  let to = end;
  if (insert === '') {
    const before = text[from - 1];
    const after = text[to];
    // Take one neighbouring space with the words, so no double space (or space before a full stop) is left.
    if (after !== undefined && SPACE.test(after)) to++;
    else if (before !== undefined && SPACE.test(before) && (after === undefined || CLOSES.test(after))) from--;
  }
  return { text: text.slice(0, from) + insert + text.slice(to), caret: from + insert.length };
}

/** The draft with a finding's fix done; the draft unchanged (caret at the end) if the finding has none. */
export function applyFix(text: string, finding: Pick<Finding, 'start' | 'end' | 'fix'>): FixedText {
  const { fix } = finding;
  if (!fix) return { text, caret: text.length };
  if ('append' in fix) {
    const addition = fix.append.trim();
    if (text.toLowerCase().includes(addition.toLowerCase())) return { text, caret: text.length };
    const base = text.replace(/[ \t\u00A0]+$/, '');
    const joined = base === '' || /\s$/.test(base) ? base + addition : `${base} ${addition}`;
    return { text: joined, caret: joined.length };
  }
  if ('prepend' in fix) {
    const addition = fix.prepend.trim();
    const rest = text.replace(/^[ \t\u00A0]+/, '');
    // Pressed twice, or the employee already starts that way: nothing to add.
    if (rest.toLowerCase().startsWith(addition.toLowerCase())) return { text, caret: text.length };
    const joined = rest === '' || /^\s/.test(rest) ? addition + rest : `${addition} ${rest}`;
    return { text: joined, caret: addition.length };
  }
  if ('replace' in fix) return removeSpan(text, finding.start, finding.end, fix.replace);
  return removeSpan(text, finding.start, finding.end);
}
