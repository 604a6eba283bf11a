import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Policy, SITES, type Site } from '../../../shared/feed/schema';
import { applyFix } from '../../../shared/policy/apply-fix';
import { compilePolicies, type Finding } from '../../../shared/policy/compile-policies';
import { checkPatternSafety } from '../../../shared/policy/pattern-safety';
import { runs } from './hostile';
import { draft, flags, pattern, policies } from './policy-arbitraries';

const MAX_MATCHES = 100;

const isHigh = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLow = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/** Whether offset `at` falls between the two halves of a surrogate pair. */
function splitsPair(text: string, at: number): boolean {
  return isHigh(text.charCodeAt(at - 1)) && isLow(text.charCodeAt(at));
}

type Check = { text: string; site: Site | undefined; policies: Policy[]; findings: Finding[] };

/** The checker's invariants, one per row: each returns a complaint, or undefined when it holds. */
const FINDING_INVARIANTS: [string, (check: Check) => string | undefined][] = [
  [
    'every finding lies inside the text and is not empty',
    ({ text, findings }) =>
      findings
        .filter((f) => !(Number.isInteger(f.start) && f.start >= 0 && f.start < f.end && f.end <= text.length))
        .map((f) => `${f.policyId} [${f.start}, ${f.end}) of ${text.length}`)[0],
  ],
  [
    'no finding splits a surrogate pair',
    ({ text, findings }) =>
      findings
        .filter((f) => splitsPair(text, f.start) || splitsPair(text, f.end))
        .map((f) => `${f.policyId} [${f.start}, ${f.end}) in ${JSON.stringify(text.slice(0, 60))}`)[0],
  ],
  [
    'findings are sorted by start, then end',
    ({ findings }) =>
      findings.find((f, i) => {
        const before = findings[i - 1];
        return before !== undefined && (before.start > f.start || (before.start === f.start && before.end > f.end));
      })?.policyId,
  ],
  [
    'every finding comes from a policy that applies on the site',
    ({ site, policies, findings }) =>
      findings.find((f) => {
        const source = policies.find((p) => p.id === f.policyId);
        return !source || (site !== undefined && source.sites !== undefined && !source.sites.includes(site));
      })?.policyId,
  ],
  [
    `no policy reports more than ${MAX_MATCHES} findings`,
    ({ policies, findings }) =>
      policies.find((p) => findings.filter((f) => f.policyId === p.id).length > MAX_MATCHES)?.id,
  ],
  [
    'every fix gives a string, with the caret inside it',
    ({ text, findings }) =>
      findings
        .map((f) => applyFix(text, f))
        .find((fixed) => typeof fixed.text !== 'string' || fixed.caret < 0 || fixed.caret > fixed.text.length)?.text,
  ],
];

function complaints(check: Check): string[] {
  return FINDING_INVARIANTS.flatMap(([name, invariant]) => {
    const complaint = invariant(check);
    return complaint === undefined ? [] : [`${name}: ${complaint}`];
  });
}

describe('the policy engine on random drafts and policies (property)', () => {
  it('check never throws and every finding is well formed, on every site', () => {
    fc.assert(
      fc.property(policies, draft, fc.constantFrom(undefined, ...SITES), (feedPolicies, text, site) => {
        const checker = compilePolicies(feedPolicies, { maxMatchesPerPolicy: MAX_MATCHES });
        const findings = checker.check(text, site);
        expect(complaints({ text, site, policies: feedPolicies, findings })).toEqual([]);
      }),
      runs(150),
    );
  });

  it('applyFix never throws, whatever the span and the fix', () => {
    const fix = fc.oneof(
      fc.record({ append: fc.string({ unit: 'binary', minLength: 1, maxLength: 20 }) }),
      fc.record({ replace: fc.string({ unit: 'binary', maxLength: 20 }) }),
      fc.constant({ remove: true as const }),
      fc.constant(undefined),
    );
    fc.assert(
      fc.property(draft, fc.nat(), fc.nat(), fix, (text, a, b, chosen) => {
        const start = Math.min(a, b) % (text.length + 1);
        const end = Math.min(text.length, start + (Math.max(a, b) % 10));
        const fixed = applyFix(text, { start, end, ...(chosen ? { fix: chosen } : {}) });
        expect(typeof fixed.text).toBe('string');
        expect(fixed.caret).toBeGreaterThanOrEqual(0);
        expect(fixed.caret).toBeLessThanOrEqual(fixed.text.length);
      }),
      runs(300),
    );
  });

  it('the finding invariants can fail: a finding that splits an emoji, out of order, from nowhere, is caught', () => {
    const finding = (policyId: string, start: number, end: number): Finding => ({
      policyId,
      severity: 'warn',
      message: 'm',
      start,
      end,
    });
    const text = 'a🚀b';
    const check: Check = {
      text,
      site: 'x',
      policies: [{ id: 'p', severity: 'warn', message: 'm', terms: ['a'], sites: ['linkedin'] }],
      findings: [finding('p', 2, 4), finding('ghost', 1, 2), finding('p', 3, 9)],
    };
    expect(FINDING_INVARIANTS.map(([name, invariant]) => [name, invariant(check) !== undefined])).toEqual([
      ['every finding lies inside the text and is not empty', true],
      ['no finding splits a surrogate pair', true],
      ['findings are sorted by start, then end', true],
      ['every finding comes from a policy that applies on the site', true],
      [`no policy reports more than ${MAX_MATCHES} findings`, false],
      ['every fix gives a string, with the caret inside it', false],
    ]);
  });
});

/** A draft built to nearly match: a run of one short unit, then a character that breaks the match. */
const adversarialDraft = fc
  .tuple(
    fc.constantFrom('a', 'ab', '1', '1 ', ' ', 'a ', 'Falcon ', '🚀', 'é', '.', 'a1', '\n'),
    fc.constantFrom('', '!', 'x', '\uD83D', '$'),
  )
  .map(([unit, end]) => unit.repeat(Math.ceil(3_000 / unit.length)).slice(0, 3_000) + end);

describe('feed patterns (property)', () => {
  it('compile, or are listed as problems with a message: never a throw', () => {
    fc.assert(
      fc.property(pattern, flags, (source, chosenFlags) => {
        const policy: Policy = { id: 'p', severity: 'warn', message: 'm', pattern: source, flags: chosenFlags };
        const checker = compilePolicies([policy]);
        const safe = checkPatternSafety(source, chosenFlags);
        expect(checker.problems.length).toBe(safe.ok ? 0 : 1);
        for (const problem of checker.problems) {
          expect(problem.policyId).toBe('p');
          expect(problem.message.length).toBeGreaterThan(0);
        }
      }),
      runs(150),
    );
  });

  it('a pattern judged safe runs on a 3,000-character near-match draft and finds well-formed spans', () => {
    fc.assert(
      fc.property(pattern, flags, adversarialDraft, (source, chosenFlags, text) => {
        fc.pre(checkPatternSafety(source, chosenFlags).ok);
        const policy: Policy = { id: 'p', severity: 'warn', message: 'm', pattern: source, flags: chosenFlags };
        const findings = compilePolicies([policy], { maxMatchesPerPolicy: MAX_MATCHES }).check(text);
        expect(complaints({ text, site: undefined, policies: [policy], findings })).toEqual([]);
      }),
      runs(100),
    );
  });
});
