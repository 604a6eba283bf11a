import { describe, expect, it } from 'vitest';
import { textSegments } from '../../../cli/preview-page/text-segments';

describe('textSegments', () => {
  it('is the whole text as one run without gaps or cut', () => {
    expect(textSegments('Hello.', [])).toEqual([{ kind: 'text', text: 'Hello.', gap: false, hidden: false }]);
  });

  it('puts the cut where it falls and hides what follows', () => {
    expect(textSegments('abcdef', [], 4)).toEqual([
      { kind: 'text', text: 'abcd', gap: false, hidden: false },
      { kind: 'cut', at: 4 },
      { kind: 'text', text: 'ef', gap: false, hidden: true },
    ]);
  });

  it('splits a gap that the cut falls inside', () => {
    expect(textSegments('a [team] b', [{ start: 2, end: 8 }], 5)).toEqual([
      { kind: 'text', text: 'a ', gap: false, hidden: false },
      { kind: 'text', text: '[te', gap: true, hidden: false },
      { kind: 'cut', at: 5 },
      { kind: 'text', text: 'am]', gap: true, hidden: true },
      { kind: 'text', text: ' b', gap: false, hidden: true },
    ]);
  });

  it('keeps every character once, in order', () => {
    const text = 'one [two] three [four] five';
    const runs = textSegments(
      text,
      [
        { start: 4, end: 9 },
        { start: 16, end: 22 },
      ],
      12,
    );
    expect(runs.map((run) => (run.kind === 'text' ? run.text : '')).join('')).toBe(text);
  });
});
