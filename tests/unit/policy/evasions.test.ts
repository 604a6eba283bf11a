import { describe, expect, it } from 'vitest';
import { foldText, originalRange } from '../../../shared/policy/fold-text';
import { matchedTexts, policy, termMatches } from './policy-helpers';

// Each evasion from issue 15, item 6: the draft hides a banned term or a detected value from a plain
// reading, and the finding must still underline exactly what the employee typed.

describe('terms see through evasions', () => {
  it.each<[string, string]>([
    ['a Cyrillic а', 'F\u0430lcon'],
    ['Cyrillic о and с', 'Fal\u0441\u043En'],
    ['a Greek ο', 'Falc\u03BFn'],
    ['an upper-case Cyrillic Р', '\u0420roject'],
    ['U+FEFF inside', 'Fal\uFEFFcon'],
    ['U+180E Mongolian vowel separator', 'Fal\u180Econ'],
    ['U+2062 invisible times', 'Fal\u2062con'],
    ['U+200E left-to-right mark', 'Fal\u200Econ'],
    ['U+200B zero-width space', 'Fal\u200Bcon'],
    ['tag characters', 'Fal\u{E0066}\u{E0061}con'],
    ['a soft hyphen', 'Fal\u00ADcon'],
    ['U+3164 Hangul filler', 'Fal\u3164con'],
    ['U+2060 word joiner', 'Fal\u2060con'],
    ['a variation selector', 'Fal\uFE0Fcon'],
    ['fullwidth letters', '\uFF26alcon'],
    ['mathematical bold letters', '\u{1D405}alcon'],
    ['look-alikes and invisibles together', 'F\u0430l\u200Bc\u043En'],
  ])('%s', (_name, typed) => {
    const term = typed.startsWith('\u0420') ? 'Project' : 'Falcon';
    const text = `the ${typed} launch`;
    expect(termMatches([term], text)).toEqual([typed]);
  });

  it('matches a multi-word term with an evasion in each word and underlines the whole typed phrase', () => {
    const typed = 'Pr\u043Eject\u200B F\u0430l\uFEFFcon';
    expect(termMatches(['Project Falcon'], `see ${typed}!`)).toEqual([typed]);
  });

  it('underlines the word without an invisible character typed after it', () => {
    expect(termMatches(['Falcon'], 'F\u0430lcon\u200B\uFEFF launch')).toEqual(['F\u0430lcon']);
  });

  it('folds look-alikes in the term as well as in the text', () => {
    expect(termMatches(['F\u0430lcon'], 'Falcon')).toEqual(['Falcon']);
  });

  it('still matches other scripts against themselves', () => {
    expect(termMatches(['Сокол'], 'проект СОКОЛ')).toEqual(['СОКОЛ']);
    expect(termMatches(['σοφός'], 'ΣΟΦΟΣ')).toEqual(['ΣΟΦΟΣ']);
  });

  it('does not join two words across a visible separator because of the fold', () => {
    expect(termMatches(['Falcon'], 'Fal con')).toEqual([]);
  });

  it('does not glue the expansion of a symbol to the word before it', () => {
    expect(termMatches(['Falcon'], 'Falcon™ and Falcon… and Falcon℃')).toEqual(['Falcon', 'Falcon', 'Falcon']);
  });

  it('still folds a ligature inside a word', () => {
    expect(termMatches(['final'], 'the \uFB01nal word')).toEqual(['\uFB01nal']);
  });
});

describe('detectors see through evasions', () => {
  const detected = (detector: 'email' | 'payment-card' | 'internal-link', text: string, hosts?: string[]) =>
    matchedTexts([policy(detector, { detector, ...(hosts ? { hosts } : {}) })], text).map((m) =>
      m.slice(detector.length + 1),
    );

  it.each<[string, string]>([
    ['a fullwidth ＠', 'bob\uFF20lumen.example'],
    ['a small ﹫', 'bob\uFE6Blumen.example'],
    ['a zero-width space inside the address', 'bo\u200Bb@lumen.example'],
    ['a Cyrillic о in the domain', 'bob@lumen-r\u043Ebotics.example'],
  ])('email with %s', (_name, typed) => {
    expect(detected('email', `write to ${typed} today`)).toEqual([typed]);
  });

  it.each<[string, string]>([
    ['U+3002 ideographic full stops', 'wiki\u3002lumen\u3002internal/falcon'],
    ['U+FF0E fullwidth full stops', 'https://wiki\uFF0Elumen\uFF0Einternal/x'],
    ['U+FF61 halfwidth ideographic full stops', 'wiki\uFF61lumen\uFF61internal'],
    ['a Cyrillic і in the host', 'w\u0456ki.lumen.internal'],
    ['a zero-width space in the host', 'wiki.lu\u200Bmen.internal'],
    ['fullwidth letters in the host', '\uFF57iki.lumen.internal'],
  ])('internal link with %s', (_name, typed) => {
    expect(detected('internal-link', `see ${typed} now`, ['wiki.lumen.internal'])).toEqual([typed]);
  });

  it.each<[string, string]>([
    ['zero-width spaces between groups', '4111\u200B1111\u200B1111\u200B1111'],
    ['U+FEFF between digits', '41111111\uFEFF11111111'],
    ['fullwidth digits', '\uFF14\uFF11\uFF11\uFF11 1111 1111 1111'],
    ['thin spaces between groups', '4111\u20091111\u20091111\u20091111'],
  ])('payment card with %s', (_name, typed) => {
    expect(detected('payment-card', `card ${typed} ok`)).toEqual([typed]);
  });

  it('still refuses a card number that fails Luhn once folded', () => {
    expect(detected('payment-card', 'card 4111\u200B1111\u200B1111\u200B1112 ok')).toEqual([]);
  });
});

describe('foldText', () => {
  it('returns text without foldable characters as it is, with no map', () => {
    expect(foldText('plain ASCII @ 4111')).toEqual({ text: 'plain ASCII @ 4111', starts: undefined, ends: undefined });
  });

  it('maps each folded character back to the characters it came from', () => {
    const original = 'a\u200Bb\uFF20\u{1D41C}\uFB01';
    const folded = foldText(original);
    expect(folded.text).toBe('ab@c\uFB01');
    expect(originalRange(folded, 0, 2)).toEqual({ start: 0, end: 3 });
    expect(originalRange(folded, 2, 3)).toEqual({ start: 3, end: 4 });
    expect(originalRange(folded, 3, 4)).toEqual({ start: 4, end: 6 });
    expect(originalRange(folded, 4, 5)).toEqual({ start: 6, end: 7 });
    expect(originalRange(folded, 5, 5)).toEqual({ start: 7, end: 7 });
  });

  it('leaves an invisible character after a range out of it', () => {
    const folded = foldText('ab​ c');
    expect(folded.text).toBe('ab c');
    expect(originalRange(folded, 0, 2)).toEqual({ start: 0, end: 2 });
  });
});
