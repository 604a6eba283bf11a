import { describe, expect, it } from 'vitest';
import { checkPatternSafety } from '../../../shared/policy/pattern-safety';
import { unsupportedSyntax } from '../../../shared/policy/pattern-syntax';
import { parseRegexStructure } from '../../../shared/policy/regex-structure';

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
    // A bound does not make two repeats safe: {0,1000} splits text as freely as *.
    ['\\d{0,1000}\\d{0,1000}x', '', '\\d{0,1000}', '\\d{0,1000}'],
    ['\\d+\\d{0,1000}x', '', '\\d+', '\\d{0,1000}'],
    ['.{0,2000}.{0,2000}!', 's', '.{0,2000}', '.{0,2000}'],
    ['[^.]{0,40}\\d+%', '', '[^.]{0,40}', '\\d+'],
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
    ['[^.]{0,39}[^.\\d]\\d+%', ''],
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
    ['\\b(revenue|orders)\\b[^.]{0,39}[^.\\d]\\d+%', ''],
    ['\\b(revenue|bookings|orders)\\b[^.]{0,39}[^.\\d]\\b\\d+(?:[.,]\\d+)?\\s?(?:[%km€\\$]|million|billion)', 'i'],
    ['\\d{4}[ -]?\\d{4}[ -]?\\d{4}[ -]?\\d{4}', ''],
    ['[\\w.+-]+@[\\w-]+\\.[\\w.]+', ''],
    ['(?=\\s)x|(?<!\\p{L})y', 'u'],
    ['(?:-?\\d+)?x', ''],
    ['\\p{L}+', 'u'],
    ['(?:\\d{1,3},)*\\d+', ''],
    ['^(\\w+\\.)*\\w+@', ''],
    ['(a|ab)*c', ''],
    ['(ab|ac)*$', ''],
    ['(a|A)*$', ''],
    ['([a-z]|[A-Z])+$', ''],
    ['(\\p{L}|\\d)+$', 'u'],
    ['(?<=\\s)#\\w+', ''],
    ['a{2,100}', ''],
    ['[^\\]]+\\]', ''],
    ['\\u{1F600}+', 'u'],
    ['(?:[^,]*,)*\\s*x', ''],
  ])('accepts %s (flags "%s")', (pattern, flags) => {
    expect(checkPatternSafety(pattern, flags)).toEqual({ ok: true });
  });

  it.each([
    ['(a*)\\1*\\1*b', '', 'the backreference "\\1" is not allowed'],
    ['(?<n>a)\\k<n>', '', 'the backreference "\\k<n>" is not allowed'],
    ['(?=.*x)', '', 'the lookaround can read more than 20 characters (".*")'],
    ['a(?!\\w{0,30}b)', '', 'the lookaround can read more than 20 characters ("\\w{0,30}")'],
    ['(?:(?:|)a)*b', '', 'can match nothing in more than one way'],
    ['(a?|b?)c', '', 'can match nothing in more than one way'],
    [
      '\\b(revenue|orders)\\b[^.]{0,39}[^.\\d]\\b\\d+(?:[.,]\\d+)?\\s?(?:%|million|billion|k|m|€|\\$)',
      'i',
      'at each character around "\\d+" it tries 21 parts (at most 14 are allowed)',
    ],
    ['(?:a|\\B){1000}x', '', 'needs 1000 rounds of a part that can match nothing'],
    ['(?:.|\\B){1000}^aa', '', 'needs 1000 rounds of a part that can match nothing'],
    ['\\d*\\d{100}x', '', 'a text can be matched in 5 ways at once around "\\d{100}" (at most 4 are allowed)'],
    ['\\d?\\d?\\d?\\d?\\d?\\d?\\d?\\d?\\d?\\d?x', '', '(at most 32 are allowed)'],
    // Node may not know modifier groups yet (then it is not valid); Chromium does: both refuse it.
    ['(?i:a|A)+$', '', '(?i:a|A)+$'],
    ['(', '', 'not a valid regular expression'],
    ['a', 'g', 'flags "g" are not allowed'],
    ['a', 'ii', 'flags "ii" are not allowed'],
    ['\\p{Nope}', 'u', 'not a valid regular expression'],
  ])('rejects %s with flags "%s" as %s', (pattern, flags, reason) => {
    const result = checkPatternSafety(pattern, flags);
    expect(result.ok ? '' : `${pattern} ${result.reason}`).toContain(reason);
  });

  it.each([
    ['(?i:a|A)+$', '(?i:'],
    ['x(?-i:b)', '(?-i:'],
    ['(?ms-i:.)', '(?ms-i:'],
  ])('refuses the inline modifier group in %s, whichever engine runs the tests', (pattern, group) => {
    expect(unsupportedSyntax(parseRegexStructure(pattern, false), pattern)).toContain(
      `the inline modifier group "${group}" is not allowed`,
    );
  });

  // The table "Which patterns Herald refuses" in docs/feed-format.md: each example and its rewrite.
  it.each([
    ['(a+)+', 'a+'],
    ['(\\w+\\s?)+$', '[\\w\\s]+$'],
    ['\\d+\\d+x', '\\d{2,}x'],
    ['.*a.*b$', '[^a]*a[^b]*b$'],
    ['\\d{0,1000}\\d{0,1000}x', '\\d{0,2000}x'],
    ['[^.]{0,40}\\d+%', '[^.]{0,39}[^.\\d]\\d+%'],
    ['\\d*\\d{100}x', '\\d{100,}x'],
    [`${'\\d?'.repeat(20)}x`, '\\d{0,20}x'],
    ['(a*)\\1*b', 'a*b'],
    ['(?<w>\\w+) \\k<w>', '\\w+ \\w+'],
    ['(?=.*x)', '(?=.{0,19}x)'],
    ['(?:\\b)+', '\\b'],
    ['(?=a){5}', '(?=a)'],
    ['(a?|b?)', '(a|b)?'],
    ['(x?|)', 'x?'],
    ['\\W*(?:a|\\s|^){0,3}a', '\\W*(?:a|\\s)?a'],
    ['(?:a?){50}', 'a{0,50}'],
    ['(?:a|\\B){1000}', 'a{0,1000}'],
  ])('refuses the documented %s and accepts its rewrite %s', (refused, rewrite) => {
    expect(checkPatternSafety(refused).ok).toBe(false);
    expect(checkPatternSafety(rewrite)).toEqual({ ok: true });
  });
});
