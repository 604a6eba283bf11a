import { describe, expect, it } from 'vitest';
import { minimalEdit } from '../../../shared/text/minimal-edit';

function apply(before: string, edit: ReturnType<typeof minimalEdit>): string {
  return edit ? before.slice(0, edit.start) + edit.text + before.slice(edit.end) : before;
}

describe('minimalEdit', () => {
  it.each([
    ['We launch Falcon today', 'We launch today'],
    ['Falcon is here', 'is here'],
    ['Falcon', ''],
    ['Post about Lumen', 'Post about Lumen #LumenEmployee'],
    ['Revenue grew 40%', 'Revenue grew [redacted]'],
    ['aaa', 'aa'],
    ['same', 'same'],
  ])('turns "%s" into "%s" with a non-empty replacement where it can', (before, after) => {
    const edit = minimalEdit(before, after);
    expect(apply(before, edit)).toBe(after);
    if (edit && before !== '' && after !== '') expect(edit.text).not.toBe('');
  });

  it('touches only the changed window', () => {
    expect(minimalEdit('We launch Falcon today', 'We launch today')).toEqual({ start: 9, end: 17, text: ' ' });
  });
});
