// A post counts as the inserted item's, verbatim or edited, only while the draft still holds its text.
import { describe, expect, it } from 'vitest';
import { postedKind } from '../../../utils/content/posted-kind';

const INSERTED =
  "We just closed our Series B: Lumen's warehouse robots are heading to 40 new cities.\n\nhttps://lumen.example/b #Robotics";

describe('postedKind', () => {
  it('is verbatim when the draft is the inserted text, whitespace and line breaks folded', () => {
    expect(postedKind(INSERTED, INSERTED)).toBe('posted-verbatim');
    expect(postedKind(`  ${INSERTED.replace(/\n\n/g, '\n')} `, INSERTED)).toBe('posted-verbatim');
  });

  it('is edited when the employee added words, changed one, or fixed a letter case', () => {
    expect(postedKind(`So proud of the team! ${INSERTED}`, INSERTED)).toBe('posted-edited');
    expect(postedKind(INSERTED.replace('40 new cities', '40 more cities'), INSERTED)).toBe('posted-edited');
    expect(postedKind(INSERTED.replace('We just', 'we just'), INSERTED)).toBe('posted-edited');
  });

  it('is not the item’s post once less than half of its text is left', () => {
    expect(postedKind('Big news today: we closed our Series B.', INSERTED)).toBeNull();
    expect(postedKind('', INSERTED)).toBeNull();
    expect(postedKind('Something else entirely', INSERTED)).toBeNull();
  });

  it('matches whole words: a short text inside a longer word is not there', () => {
    expect(postedKind('We are rehiring', 'hiring')).toBeNull();
    expect(postedKind('We are hiring engineers', 'We are hiring')).toBe('posted-edited');
    expect(postedKind('We are hiring', '')).toBeNull();
  });
});
