import { describe, expect, it } from 'vitest';
import type { Fix } from '../../../shared/feed/schema';
import { applyFix } from '../../../shared/policy/apply-fix';
import { compilePolicies } from '../../../shared/policy/compile-policies';
import { policy } from './policy-helpers';

/** The first finding of a terms policy with `fix` in `text`, fixed. */
function fixFirst(text: string, term: string, fix: Fix) {
  const [finding] = compilePolicies([policy('p', { terms: [term], fix })]).check(text);
  if (!finding) throw new Error(`"${term}" not found in "${text}"`);
  return applyFix(text, finding);
}

describe('applyFix: remove', () => {
  it.each([
    ['in the middle', 'we love Falcon robots', 'we love robots', 8],
    ['at the start', 'Falcon is great', 'is great', 0],
    ['at the end', 'we love Falcon', 'we love', 7],
    ['before a full stop', 'we love Falcon.', 'we love.', 7],
    ['before a comma, which stays', 'Falcon, Lumen', ', Lumen', 0],
    ['a phrase across spaces', 'see Project   Falcon today', 'see today', 4],
    ['alone', 'Falcon', '', 0],
    ['with a line break after', 'about Falcon\nnext line', 'about \nnext line', 6],
    ['between emoji', '🚀 Falcon 🚀', '🚀 🚀', 3],
  ])('%s', (_name, text, expected, caret) => {
    expect(fixFirst(text, text.includes('Project') ? 'Project Falcon' : 'Falcon', { remove: true })).toEqual({
      text: expected,
      caret,
    });
  });
});

describe('applyFix: replace', () => {
  it.each([
    ['we love Falcon robots', 'our new', 'we love our new robots', 15],
    ['Falcon.', 'the robot', 'the robot.', 9],
    ['we love Falcon robots', '', 'we love robots', 8],
  ])('%j with %j', (text, replacement, expected, caret) => {
    expect(fixFirst(text, 'Falcon', { replace: replacement })).toEqual({ text: expected, caret });
  });
});

describe('applyFix: append', () => {
  it.each([
    ['adds with one space', 'Lumen rocks', 'Lumen rocks #LumenEmployee'],
    ['trims trailing spaces first', 'Lumen rocks   ', 'Lumen rocks #LumenEmployee'],
    ['keeps a final line break', 'Lumen rocks\n', 'Lumen rocks\n#LumenEmployee'],
    ['does nothing when already there', 'Lumen rocks #LumenEmployee', 'Lumen rocks #LumenEmployee'],
    ['does nothing when already there in another case', 'Lumen rocks #lumenemployee', 'Lumen rocks #lumenemployee'],
  ])('%s', (_name, text, expected) => {
    const result = fixFirst(text, 'Lumen', { append: ' #LumenEmployee' });
    expect(result).toEqual({ text: expected, caret: expected.length });
  });

  it('appending twice adds the text once', () => {
    const finding = { start: 0, end: 5, fix: { append: '#LumenEmployee' } };
    const once = applyFix('Lumen rocks', finding);
    expect(applyFix(once.text, finding).text).toBe('Lumen rocks #LumenEmployee');
  });

  it('a finding without a fix leaves the text alone', () => {
    expect(applyFix('Falcon', { start: 0, end: 6 })).toEqual({ text: 'Falcon', caret: 6 });
  });
});
