import { describe, expect, it } from 'vitest';
import { checkPatternSafety } from '../../../shared/policy/pattern-safety';

describe('checkPatternSafety', () => {
  it.each([
    ['(a+)+$', '', '(a+)+'],
    ['(a|a)*$', '', '(a|a)*'],
    ['(a*)*b', '', '(a*)*'],
    ['(\\w+\\s?)+$', '', '(\\w+\\s?)+'],
    ['(a|A)*$', 'i', '(a|A)*'],
    ['([a-m]|[k-z])+$', '', '([a-m]|[k-z])+'],
    ['(\\p{L}|\\p{Lu})+$', 'u', '(\\p{L}|\\p{Lu})+'],
    ['(x+x+)+y', '', '(x+x+)+'],
    ['(a{1,10})+$', '', '(a{1,10})+'],
    ['^(\\d+|\\d+\\.)*x', '', '(\\d+|\\d+\\.)*'],
    ['(?=(a+)+b)', '', '(a+)+'],
  ])('rejects %s (flags "%s") and names the repeated part %s', (pattern, flags, part) => {
    const result = checkPatternSafety(pattern, flags);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.reason).toContain(`"${part}"`);
      expect(result.reason).toContain('catastrophic backtracking');
    }
  });

  it.each([
    ['\\b(revenue|orders)\\b[^.]{0,40}\\d+%', ''],
    ['\\b(revenue|bookings|orders)\\b[^.]{0,40}\\b\\d+(?:[.,]\\d+)?\\s?(?:%|k|m|million|billion|€|\\$)', 'i'],
    ['\\p{L}+', 'u'],
    ['(?:\\d{1,3},)*\\d+', ''],
    ['^(\\w+\\.)*\\w+@', ''],
    ['(a|ab)*c', ''],
    ['(ab|ac)*$', ''],
    ['(a|A)*$', ''],
    ['([a-z]|[A-Z])+$', ''],
    ['(\\p{L}|\\d)+$', 'u'],
    ['(?<n>a)\\k<n>', ''],
    ['(?<=\\s)#\\w+', ''],
    ['a{2,100}', ''],
    ['[^\\]]+\\]', ''],
    ['\\u{1F600}+', 'u'],
    ['(?:[^,]*,)*\\s*x', ''],
  ])('accepts %s (flags "%s")', (pattern, flags) => {
    expect(checkPatternSafety(pattern, flags)).toEqual({ ok: true });
  });

  it.each([
    ['(', '', 'not a valid regular expression'],
    ['a', 'g', 'flags "g" are not allowed'],
    ['a', 'ii', 'flags "ii" are not allowed'],
    ['\\p{Nope}', 'u', 'not a valid regular expression'],
  ])('rejects %s with flags "%s" as %s', (pattern, flags, reason) => {
    const result = checkPatternSafety(pattern, flags);
    expect(result.ok ? '' : result.reason).toContain(reason);
  });
});
