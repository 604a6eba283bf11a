import { describe, expect, it } from 'vitest';
import { applyFix } from '../../../shared/policy/apply-fix';
import { compilePolicies } from '../../../shared/policy/compile-policies';
import { wholeCodePoints } from '../../../shared/policy/whole-code-points';
import { matchedTexts, policy } from './policy-helpers';

// Found by the property "check never throws and every finding is well formed" (no finding splits a
// surrogate pair, tests/unit/property/policy-engine.test.ts): the pattern [^a]? without the u flag
// reported each half of "𐀀" as a finding of its own.
describe('findings never split a character', () => {
  it.each([
    ['a pattern without u takes half an emoji', '[^a]', 'x🚀', ['p:x', 'p:🚀']],
    ['a pattern on the low half alone', '\\uDE80', 'a🚀b', ['p:🚀']],
    ['a pattern on the high half alone', '\\uD83D', 'a🚀b', ['p:🚀']],
    ['an optional class on an astral character', '[ab]|[^a]?', '𐀀', ['p:𐀀']],
    ['a lone surrogate stays a lone surrogate', '\\uD83D', 'a\uD83Db', ['p:\uD83D']],
  ])('%s', (_name, pattern, text, expected) => {
    expect(matchedTexts([policy('p', { pattern })], text)).toEqual(expected);
  });

  it('removing such a finding removes the whole emoji', () => {
    const text = 'go 🚀 now';
    const [finding] = compilePolicies([policy('p', { pattern: '\\uDE80', fix: { remove: true } })]).check(text);
    expect(finding && applyFix(text, finding).text).toBe('go now');
  });

  it.each([
    ['inside a pair at both ends', { start: 2, end: 4 }, 'a🚀🚀', { start: 1, end: 5 }],
    ['already whole', { start: 1, end: 3 }, 'a🚀', { start: 1, end: 3 }],
    ['at the edges of the text', { start: 0, end: 1 }, '🚀', { start: 0, end: 2 }],
    ['a low half with no high half before it', { start: 0, end: 1 }, '\uDE80\uDE80', { start: 0, end: 1 }],
  ])('wholeCodePoints: %s', (_name, span, text, expected) => {
    expect(wholeCodePoints(span, text)).toEqual(expected);
  });
});
