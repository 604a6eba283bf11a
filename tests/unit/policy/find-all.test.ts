import { describe, expect, it } from 'vitest';
import { compilePolicies } from '../../../shared/policy/compile-policies';
import { findAll } from '../../../shared/policy/detectors/find-all';
import { policy } from './policy-helpers';

/** `re`, failing fast instead of hanging when findAll keeps calling exec. */
function bounded(re: RegExp, maxCalls = 50): RegExp {
  const exec = re.exec.bind(re);
  let calls = 0;
  re.exec = (text: string) => {
    if (++calls > maxCalls) throw new Error(`findAll called exec ${maxCalls} times: it would never stop`);
    return exec(text);
  };
  return re;
}

// Found by the property "a pattern judged safe runs on a 3,000-character near-match draft"
// (tests/unit/property/policy-engine.test.ts): with the u flag, an empty match just before an emoji
// made findAll loop forever, freezing the page as the employee typed.
describe('findAll', () => {
  it.each([
    ['an empty match before an emoji, unicode mode', /a*/gu, 'x🚀a', [{ start: 3, end: 4 }]],
    ['an empty match before an emoji, without unicode mode', /a*/g, 'x🚀a', [{ start: 3, end: 4 }]],
    ['only empty matches around emoji', /(?:)/gu, '🚀🚀', []],
    [
      'matches between emoji',
      /b+/gu,
      '🚀bb🚀b',
      [
        { start: 2, end: 4 },
        { start: 6, end: 7 },
      ],
    ],
  ])('%s', (_name, re, text, expected) => {
    expect(findAll(bounded(re), text, 100)).toEqual(expected);
  });

  it('a feed pattern that can match nothing does not hang on a draft with emoji', () => {
    const checker = compilePolicies([policy('p', { pattern: '\\d*', flags: 'u' })]);
    expect(checker.check('🚀 launch in 3 days 🚀').map((f) => [f.start, f.end])).toEqual([[13, 14]]);
  });
});
