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
    ['\\d+\\d+x', '', '\\d+', '\\d+'],
    ['.*a.*b.*c$', '', '.*', '.*'],
    ['\\s*\\w*\\s*\\w*\\s*$', '', '\\s*', '\\s*'],
    ['\\w+\\d+\\b', '', '\\w+', '\\d+'],
    ['^.*=.*;', '', '.*', '.*'],
  ])('rejects the polynomial %s (flags "%s"), naming %s and %s', (pattern, flags, first, second) => {
    const result = checkPatternSafety(pattern, flags);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.reason).toContain(`the repeated parts "${first}" and "${second}" can share the same text`);
    }
  });

  it.each([
    ['.*foo.*', ''],
    ['\\d+\\.\\d+', ''],
    ['\\w+\\s+\\w+x', ''],
    ['https?://\\S+', ''],
    ['[^.]{0,40}\\d+%', ''],
  ])('accepts %s (flags "%s"): repeats that cannot share text, or end the match', (pattern, flags) => {
    expect(checkPatternSafety(pattern, flags)).toEqual({ ok: true });
  });

  it('gives up with a clear message on a pattern too large to analyse', () => {
    const pattern = `(?:${Array.from({ length: 60 }, (_, k) => `w${k}[a-z]+`).join('|')})+;`;
    expect(checkPatternSafety(pattern)).toEqual({
      ok: false,
      reason: 'too complex to check for catastrophic backtracking: split it or simplify its repeats',
    });
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
