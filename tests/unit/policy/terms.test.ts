import { describe, expect, it } from 'vitest';
import { compilePolicies } from '../../../shared/policy/compile-policies';
import { foldWord, wordTokens } from '../../../shared/policy/word-tokens';
import { matchedTexts, policy, termMatches } from './policy-helpers';

describe('foldWord', () => {
  it.each([
    ['Falcon', 'falcon'],
    ['CAFÉ', 'cafe'],
    ['café', 'cafe'],
    ['Straße', 'strasse'],
    // Greek ο and Cyrillic е, к read as the Latin letters they look like, on both sides of a match.
    ['ΣΟΦΟΣ', 'σoφoς'],
    ['σοφός', 'σoφoς'],
    ['Ёлка', 'eлka'],
    ['ＬＵＭＥＮ', 'lumen'],
    ['Fal\u00ADcon', 'falcon'],
    ['مُحَمَّد', 'محمد'],
  ])('folds %s to %s', (word, folded) => {
    expect(foldWord(word)).toBe(folded);
  });

  it('keeps Thai vowel and tone marks, which are not accents', () => {
    expect(foldWord('ที่')).not.toBe(foldWord('ท'));
  });
});

describe('wordTokens', () => {
  it('gives folded words and single other characters, with offsets into the original text', () => {
    const text = 'Café, Lumen’s co-op\n#Falcon 🚀';
    expect(wordTokens(text).map((t) => [t.key, text.slice(t.start, t.end)])).toEqual([
      ['cafe', 'Café'],
      [',', ','],
      ['lumen', 'Lumen'],
      ["'", '’'],
      ['s', 's'],
      ['co', 'co'],
      ['-', '-'],
      ['op', 'op'],
      ['#', '#'],
      ['falcon', 'Falcon'],
      ['🚀', '🚀'],
    ]);
  });

  it('splits scripts written without spaces into characters', () => {
    expect(wordTokens('新製品2026年').map((t) => t.key)).toEqual(['新', '製', '品', '2026', '年']);
  });
});

describe('terms', () => {
  it.each<[string, string[], string, string[]]>([
    ['case-insensitive', ['Falcon'], 'FALCON and falcon and FaLcOn', ['FALCON', 'falcon', 'FaLcOn']],
    ['accent-insensitive in the text', ['cafe'], 'Le Café, CAFÉ, cafe', ['Café', 'CAFÉ', 'cafe']],
    ['accent-insensitive in the term', ['café'], 'CAFE time', ['CAFE']],
    ['decomposed accents', ['café'], 'cafe\u0301 au lait', ['cafe\u0301']],
    ['whole words only', ['Falcon'], 'Falconer Falcons falcon', ['falcon']],
    ['not inside a longer word at the start', ['con'], 'Falcon icon con', ['con']],
    ['digits are part of words', ['X1'], 'X1 X10 AX1', ['X1']],
    ['a hyphen separates words', ['Falcon'], 'anti-Falcon and Falcon-class', ['Falcon', 'Falcon']],
    ['an apostrophe separates words', ['Lumen'], "Lumen's and Lumen’s plan", ['Lumen', 'Lumen']],
    ['a hyphenated term needs its hyphen', ['co-op'], 'co-op CO‐OP co op coop', ['co-op', 'CO‐OP']],
    ['a term with an apostrophe', ["O'Neil"], 'O’Neil and ONeil', ['O’Neil']],
    ['a phrase across runs of spaces', ['Project Falcon'], 'project  falcon', ['project  falcon']],
    ['a phrase across a line break', ['Project Falcon'], 'Project\nFalcon', ['Project\nFalcon']],
    [
      'a phrase across tabs and no-break spaces',
      ['Project Falcon'],
      'Project\t\u00A0Falcon',
      ['Project\t\u00A0Falcon'],
    ],
    ['not a phrase across punctuation', ['Project Falcon'], 'Project. Falcon', []],
    ['not a phrase across a hyphen', ['Project Falcon'], 'Project-Falcon', []],
    ['a hashtag contains the word', ['Lumen'], '#Lumen rocks', ['Lumen']],
    ['a term with # needs the #', ['#LumenEmployee'], 'LumenEmployee #LumenEmployee', ['#LumenEmployee']],
    ['the word inside a hashtag is another word', ['Lumen'], '#LumenEmployee', []],
    ['a mention', ['@lumen'], 'hi @Lumen and lumen', ['@Lumen']],
    ['punctuation in a term must be there', ['C++'], 'Vitamin C and C++', ['C++']],
    ['a term with & inside', ['AT&T'], 'at&t and AT & T and AT T', ['at&t', 'AT & T']],
    ['a term ending in a full stop', ['Lumen Inc.'], 'Lumen Inc. and Lumen Inc', ['Lumen Inc.']],
    ['an emoji in a term', ['🦅 launch'], 'the 🦅  launch', ['🦅  launch']],
    ['a soft hyphen cannot hide a term', ['Falcon'], 'Fal\u00ADcon', ['Fal\u00ADcon']],
    ['full-width letters', ['Lumen'], 'ＬＵＭＥＮ', ['ＬＵＭＥＮ']],
    ['German sharp s', ['Strasse'], 'Hauptstraße STRASSE', ['STRASSE']],
    ['German sharp s in the term', ['Straße'], 'STRASSE', ['STRASSE']],
    ['Cyrillic', ['Сокол'], 'Проект СОКОЛ и соколиный', ['СОКОЛ']],
    ['Cyrillic ё folds to е', ['ёлка'], 'Елка', ['Елка']],
    ['Greek with accents and final sigma', ['Σοφός'], 'ο ΣΟΦΟΣ και σοφος', ['ΣΟΦΟΣ', 'σοφος']],
    ['Arabic with and without vowel marks', ['مشروع'], 'هذا مَشْرُوع سري', ['مَشْرُوع']],
    ['Arabic whole words', ['صقر'], 'الصقرية صقر', ['صقر']],
    ['Chinese as a run of characters', ['猎鹰'], '我们的猎鹰计划', ['猎鹰']],
    ['Japanese mixing scripts', ['ファルコン'], '新しいファルコン計画', ['ファルコン']],
    ['Chinese across a line break', ['猎鹰计划'], '猎鹰\n计划', ['猎鹰\n计划']],
    ['Thai as a run of characters', ['ฟอลคอน'], 'โครงการฟอลคอนใหม่', ['ฟอลคอน']],
    ['Korean uses spaces, so whole words', ['팔콘'], '팔콘 프로젝트 팔콘이', ['팔콘']],
  ])('%s', (_name, terms, text, expected) => {
    expect(termMatches(terms, text)).toEqual(expected);
  });

  it('maps offsets to the original text after emoji, surrogate pairs and stripped accents', () => {
    const text = '😀👩‍💻 Ça va? 𝒳 Café Falcon!';
    const [finding] = compilePolicies([policy('t', { terms: ['cafe falcon'] })]).check(text);
    expect(finding).toBeDefined();
    expect(text.slice(finding?.start, finding?.end)).toBe('Café Falcon');
    expect(finding?.start).toBe(text.indexOf('Café'));
    expect(finding?.end).toBe(text.length - 1);
  });

  it('keeps offsets right when folding changes the length of a word', () => {
    const text = 'ﬁnal Straße ﬁnal';
    expect(termMatches(['strasse'], text)).toEqual(['Straße']);
    expect(termMatches(['final'], text)).toEqual(['ﬁnal', 'ﬁnal']);
  });

  it('reports adjacent matches separately', () => {
    expect(termMatches(['Falcon'], 'Falcon Falcon, Falcon')).toEqual(['Falcon', 'Falcon', 'Falcon']);
  });

  it('reports one finding for a span however many terms match it', () => {
    expect(termMatches(['Falcon', 'falcon', 'FALCON'], 'Falcon')).toEqual(['Falcon']);
  });

  it('keeps the longer match when a shorter term of the same policy lies inside it', () => {
    expect(termMatches(['Project Falcon', 'Falcon'], 'Project Falcon and Falcon')).toEqual([
      'Project Falcon',
      'Falcon',
    ]);
  });

  it('reports partly overlapping matches of the same policy', () => {
    expect(termMatches(['Project Falcon', 'Falcon robot'], 'Project Falcon robot')).toEqual([
      'Project Falcon',
      'Falcon robot',
    ]);
  });

  it('reports each policy that matches an overlapping span', () => {
    const policies = [policy('codename', { terms: ['Falcon'] }), policy('phrase', { terms: ['Project Falcon'] })];
    expect(matchedTexts(policies, 'Project Falcon')).toEqual(['phrase:Project Falcon', 'codename:Falcon']);
  });

  it('matches the same term listed in two policies for each of them', () => {
    const policies = [policy('a', { terms: ['Falcon'] }), policy('b', { terms: ['falcon'] })];
    expect(matchedTexts(policies, 'Falcon')).toEqual(['a:Falcon', 'b:Falcon']);
  });

  it('matches a term of symbols only as written', () => {
    expect(termMatches(['€€'], '€ € and €€')).toEqual(['€ €', '€€']);
  });

  it('leaves out a policy none of whose terms has anything visible to match, and says why', () => {
    const checker = compilePolicies([
      policy('invisible', { terms: ['\u200B', '\u00AD'] }),
      policy('ok', { terms: ['Falcon'] }),
    ]);
    expect(checker.problems).toEqual([
      { policyId: 'invisible', message: 'none of its terms has anything visible to match' },
    ]);
    expect(checker.check('\u200B Falcon').map((f) => f.policyId)).toEqual(['ok']);
  });

  it('compiles 10,000 terms and still finds the one that occurs', () => {
    const terms = Array.from({ length: 10_000 }, (_, k) => `codename${k}`);
    const checker = compilePolicies([policy('many', { terms })]);
    expect(checker.check('we shipped CODENAME9999 and codename10000').map((f) => [f.start, f.end])).toEqual([[11, 23]]);
  });
});
