import { describe, expect, it } from 'vitest';
import { compilePolicies } from '../../../shared/policy/compile-policies';
import { matchedTexts, policy } from './policy-helpers';

describe('pattern policies', () => {
  const revenue = policy('revenue', {
    pattern: '\\b(revenue|bookings|orders)\\b[^.]{0,39}[^.\\d]\\b\\d+(?:[.,]\\d+)?\\s?(?:[%km€\\$]|million|billion)',
    flags: 'i',
  });

  it.each([
    ['Revenue grew 40% this year.', ['revenue:Revenue grew 40%']],
    // The alternation tries "m" before "million": the demo feed's pattern underlines "2.5 m".
    ['Our ORDERS rose by 2.5 million', ['revenue:ORDERS rose by 2.5 m']],
    ['Revenue grew. Then 40% of us left.', []],
    ['Orders are up', []],
  ])('finds %j', (text, expected) => {
    expect(matchedTexts([revenue], text)).toEqual(expected);
  });

  it('finds every match, not just the first, as the g flag is always added', () => {
    expect(matchedTexts([policy('p', { pattern: 'v\\d' })], 'v1 v2 v3')).toEqual(['p:v1', 'p:v2', 'p:v3']);
  });

  it.each([
    ['without i, case matters', 'abc', undefined, 'ABC abc', ['p:abc']],
    ['with i, case does not', 'abc', 'i', 'ABC abc', ['p:ABC', 'p:abc']],
    ['with m, ^ matches at line starts', '^x', 'm', 'x\nx', ['p:x', 'p:x']],
    ['with s, . matches line breaks', 'a.b', 's', 'a\nb', ['p:a\nb']],
    ['with u, \\p{Lu} is known', '\\p{Lu}{2}', 'u', 'ab CD ΣΩ', ['p:CD', 'p:ΣΩ']],
  ])('%s', (_name, pattern, flags, text, expected) => {
    expect(matchedTexts([policy('p', { pattern, ...(flags ? { flags } : {}) })], text)).toEqual(expected);
  });

  it('skips empty matches instead of looping on them', () => {
    expect(matchedTexts([policy('p', { pattern: 'x*' })], 'ab xx c')).toEqual(['p:xx']);
  });

  it('maps offsets after emoji', () => {
    const text = '👩‍👩‍👧 Revenue up 10%';
    const [finding] = compilePolicies([policy('p', { pattern: '\\d+%' })]).check(text);
    expect(text.slice(finding?.start, finding?.end)).toBe('10%');
  });

  it.each(['(a+)+$', '(a|a)*$', '(a*)*b', '(\\w+\\s?)+$'])(
    'leaves out the catastrophic pattern %s and lists it in problems',
    (pattern) => {
      const checker = compilePolicies([policy('slow', { pattern }), policy('codename', { terms: ['Falcon'] })]);
      expect(checker.problems).toHaveLength(1);
      expect(checker.problems[0]?.policyId).toBe('slow');
      expect(checker.problems[0]?.message).toContain('catastrophic backtracking');
      expect(checker.problems[0]?.message).toContain(pattern);
      // The draft that would make it run for ages is checked by the remaining policies only.
      const findings = checker.check(`${'a'.repeat(50_000)}! Falcon`);
      expect(findings.map((f) => f.policyId)).toEqual(['codename']);
    },
  );

  it('lists an invalid pattern in problems', () => {
    const checker = compilePolicies([policy('broken', { pattern: '(unclosed' })]);
    expect(checker.problems[0]?.message).toContain('not a valid regular expression');
  });

  it('only looks at the first maxPatternText characters', () => {
    const checker = compilePolicies([policy('p', { pattern: 'x' })], { maxPatternText: 10 });
    expect(checker.check(`x${' '.repeat(20)}x`).map((f) => f.start)).toEqual([0]);
  });

  it('stops at maxMatchesPerPolicy matches', () => {
    const checker = compilePolicies([policy('p', { pattern: '\\d' }), policy('t', { terms: ['1'] })], {
      maxMatchesPerPolicy: 3,
    });
    const counts = checker.check('1 1 1 1 1 1').reduce<Record<string, number>>((acc, f) => {
      acc[f.policyId] = (acc[f.policyId] ?? 0) + 1;
      return acc;
    }, {});
    expect(counts).toEqual({ p: 3, t: 3 });
  });
});

describe('when + require policies', () => {
  const disclosure = policy('disclosure', {
    when: { terms: ['Lumen', 'Lumen Robotics'] },
    require: { terms: ['#LumenEmployee', 'I work at Lumen'] },
    fix: { append: ' #LumenEmployee' },
  });

  it.each<[string, string, string[]]>([
    ['no mention, no finding', 'Great day at the expo', []],
    [
      'a mention without disclosure, one finding on the first mention',
      'Lumen Robotics and Lumen rock',
      ['Lumen Robotics'],
    ],
    ['disclosed with a hashtag', 'Lumen rocks #LumenEmployee', []],
    ['disclosed with a phrase, in another case', 'Lumen rocks, i work at LUMEN', []],
    ['the disclosure term alone does not trigger', 'I love being #LumenEmployee', []],
    ['a hashtag without # is not the disclosure', 'Lumen rocks LumenEmployee', ['Lumen']],
  ])('%s', (_name, text, expected) => {
    const findings = compilePolicies([disclosure]).check(text);
    expect(findings.map((f) => text.slice(f.start, f.end))).toEqual(expected);
    for (const finding of findings) expect(finding.fix).toEqual({ append: ' #LumenEmployee' });
  });

  it.each<[string, string, string[]]>([
    ['pattern when, terms require, missing', 'Join us on 12 May', ['12 May']],
    ['pattern when, terms require, present', 'Join us on 12 May, register at lumen.example', []],
  ])('%s', (_name, text, expected) => {
    const p = policy('event', {
      when: { pattern: '\\d{1,2} (?:May|June)', flags: 'i' },
      require: { terms: ['register'] },
    });
    const findings = compilePolicies([p]).check(text);
    expect(findings.map((f) => text.slice(f.start, f.end))).toEqual(expected);
  });

  it('supports a pattern require', () => {
    const p = policy('link', { when: { terms: ['announcement'] }, require: { pattern: 'https://\\S+' } });
    const checker = compilePolicies([p]);
    expect(checker.check('Big announcement today').length).toBe(1);
    expect(checker.check('Big announcement today: https://lumen.example/news').length).toBe(0);
  });

  it('leaves out a when/require with a catastrophic pattern and says which side', () => {
    const p = policy('bad', { when: { terms: ['x'] }, require: { pattern: '(a|a)*$' } });
    const { problems } = compilePolicies([p]);
    expect(problems[0]?.message).toMatch(/^"require": pattern/);
  });
});

describe('sites', () => {
  const policies = [
    policy('everywhere', { terms: ['Falcon'] }),
    policy('linkedin-and-x', { terms: ['Falcon'], sites: ['linkedin', 'x'] }),
    policy('facebook-only', { terms: ['Falcon'], sites: ['facebook'] }),
  ];

  it.each([
    ['linkedin', ['everywhere', 'linkedin-and-x']],
    ['x', ['everywhere', 'linkedin-and-x']],
    ['facebook', ['everywhere', 'facebook-only']],
  ] as const)('on %s only the policies for that site apply', (site, expected) => {
    expect(
      compilePolicies(policies)
        .check('Falcon', site)
        .map((f) => f.policyId),
    ).toEqual(expected);
  });

  it('without a site every policy applies', () => {
    expect(compilePolicies(policies).check('Falcon')).toHaveLength(3);
  });
});

describe('findings', () => {
  it('carry the policy severity, message and fix, sorted by start', () => {
    const checker = compilePolicies([
      policy('late', { terms: ['zeta'], severity: 'block', fix: { remove: true } }),
      policy('early', { pattern: 'alpha', severity: 'info' }),
    ]);
    expect(checker.check('alpha beta zeta')).toEqual([
      { policyId: 'early', severity: 'info', message: 'early message', start: 0, end: 5 },
      { policyId: 'late', severity: 'block', message: 'late message', start: 11, end: 15, fix: { remove: true } },
    ]);
  });

  it('lists a policy without any matcher as a problem', () => {
    expect(compilePolicies([policy('empty', {})]).problems).toEqual([
      {
        policyId: 'empty',
        message: 'a policy needs one matcher: terms, hashedTerms, pattern, when + require, detector, or disclosure',
      },
    ]);
  });
});

describe('compilePolicies with vetted patterns', () => {
  it('still lists a pattern that does not compile, without running the safety analysis', () => {
    const checker = compilePolicies([{ id: 'bad', severity: 'warn', message: 'm', pattern: '(unclosed' }], {
      patternsVetted: true,
    });
    expect(checker.problems.map((problem) => problem.policyId)).toEqual(['bad']);
    expect(checker.problems[0]?.message).toMatch(/does not compile/);
  });
});
