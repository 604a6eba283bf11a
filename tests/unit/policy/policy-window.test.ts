import { describe, expect, it } from 'vitest';
import { checkFeed } from '../../../cli/src/check/check-feed';
import demoFeed from '../../../shared/feed/demo-feed.json';
import { policySchema } from '../../../shared/feed/schema';
import { compilePolicies } from '../../../shared/policy/compile-policies';
import { isPolicyActive, nextWindowChange, policyWindow } from '../../../shared/policy/policy-window';
import { policy } from './policy-helpers';

const FROM = '2026-01-05T00:00:00Z';
const UNTIL = '2026-02-04T00:00:00+01:00';
const at = (iso: string) => Date.parse(iso);

describe('isPolicyActive', () => {
  const both = { activeFrom: FROM, activeUntil: UNTIL };

  it.each([
    ['inside the window', both, '2026-01-20T12:00:00Z', true],
    ['at its first moment', both, FROM, true],
    ['before it', both, '2026-01-04T23:59:59Z', false],
    // activeUntil is exclusive, and its offset counts: 00:00 at +01:00 is 23:00 UTC the day before.
    ['at its last moment, offset applied', both, '2026-02-03T23:00:00Z', false],
    ['just before its end', both, '2026-02-03T22:59:59Z', true],
    ['after it', both, '2026-03-01T00:00:00Z', false],
    ['only activeFrom, long after', { activeFrom: FROM }, '2099-01-01T00:00:00Z', true],
    ['only activeFrom, before', { activeFrom: FROM }, '2025-12-31T00:00:00Z', false],
    ['only activeUntil, long before', { activeUntil: UNTIL }, '1999-01-01T00:00:00Z', true],
    ['only activeUntil, after', { activeUntil: UNTIL }, '2026-02-05T00:00:00Z', false],
    ['no window at all', {}, '2026-01-20T00:00:00Z', true],
  ])('%s', (_name, window, now, expected) => {
    expect(isPolicyActive(window, at(now))).toBe(expected);
  });
});

describe('a policy with a window, checked', () => {
  const quiet = policy('quiet', { severity: 'block', terms: ['earnings'], activeFrom: FROM, activeUntil: UNTIL });
  const checker = compilePolicies([quiet, policy('always', { terms: ['earnings'] })]);
  const ids = (now: string) => checker.check('Our earnings call', undefined, at(now)).map((f) => f.policyId);

  it('applies inside its window only; policies without one always apply', () => {
    expect(ids('2026-01-20T00:00:00Z')).toEqual(['quiet', 'always']);
    expect(ids('2026-01-01T00:00:00Z')).toEqual(['always']);
    expect(ids('2026-02-10T00:00:00Z')).toEqual(['always']);
  });

  it('reads the device clock when no time is given', () => {
    const now = Date.now();
    const open = policy('open', { terms: ['earnings'], activeFrom: new Date(now - 60_000).toISOString() });
    const later = policy('later', { terms: ['earnings'], activeFrom: new Date(now + 3_600_000).toISOString() });
    expect(
      compilePolicies([open, later])
        .check('earnings')
        .map((f) => f.policyId),
    ).toEqual(['open']);
  });

  it('marks findings of an override: false policy, and only those', () => {
    const checker = compilePolicies([
      policy('final', { severity: 'block', terms: ['earnings'], override: false }),
      policy('soft', { severity: 'block', terms: ['call'], override: true }),
      policy('plain', { severity: 'block', terms: ['our'] }),
    ]);
    const marks = checker.check('Our earnings call').map((f) => [f.policyId, f.noOverride ?? false]);
    expect(marks).toEqual([
      ['plain', false],
      ['final', true],
      ['soft', false],
    ]);
  });
});

describe('the window in the feed format', () => {
  const base = { id: 'p', severity: 'block', message: 'M', terms: ['x'] };

  it.each([
    ['a window in order', { activeFrom: FROM, activeUntil: UNTIL }, true],
    ['only activeFrom', { activeFrom: FROM }, true],
    ['only activeUntil', { activeUntil: UNTIL }, true],
    ['override: false', { override: false }, true],
    ['activeUntil before activeFrom', { activeFrom: UNTIL, activeUntil: FROM }, false],
    ['activeUntil equal to activeFrom', { activeFrom: FROM, activeUntil: FROM }, false],
    // The same instant written in another offset is still no window.
    ['the same instant in two offsets', { activeFrom: FROM, activeUntil: '2026-01-05T01:00:00+01:00' }, false],
    ['a date without a time', { activeFrom: '2026-01-05' }, false],
  ])('%s', (_name, fields, ok) => {
    expect(policySchema.safeParse({ ...base, ...fields }).success).toBe(ok);
  });

  it('herald-feed validate names activeUntil when the window ends before it starts', () => {
    const feed = { ...demoFeed, policies: [{ ...base, activeFrom: UNTIL, activeUntil: FROM }] };
    const errors = checkFeed(feed, new Date(at('2026-01-01T00:00:00Z'))).filter((f) => f.severity === 'error');
    expect(errors).toEqual([
      {
        severity: 'error',
        path: ['policies', 0, 'activeUntil'],
        message: expect.stringContaining('"activeUntil" must be later than "activeFrom"'),
      },
    ]);
  });
});

describe('nextWindowChange', () => {
  const windows = [
    policyWindow({ activeFrom: '2026-01-10T00:00:00Z', activeUntil: '2026-01-20T00:00:00Z' }),
    policyWindow({ activeUntil: '2026-01-15T00:00:00Z' }),
    policyWindow({}),
  ];
  const next = (now: string) => {
    const change = nextWindowChange(windows, at(now));
    return change === undefined ? undefined : new Date(change).toISOString();
  };

  it('is the soonest bound still to come, opening or closing', () => {
    expect(next('2026-01-01T00:00:00Z')).toBe('2026-01-10T00:00:00.000Z');
    // At a bound, the next one: the bound itself has already been checked.
    expect(next('2026-01-10T00:00:00Z')).toBe('2026-01-15T00:00:00.000Z');
    expect(next('2026-01-16T00:00:00Z')).toBe('2026-01-20T00:00:00.000Z');
  });

  it('is undefined once every window is over, or without windows', () => {
    expect(next('2026-02-01T00:00:00Z')).toBeUndefined();
    expect(nextWindowChange([policyWindow({})], 0)).toBeUndefined();
  });

  it('is what a compiled checker reports', () => {
    const checker = compilePolicies([policy('q', { terms: ['x'], activeFrom: '2026-01-10T00:00:00Z' })]);
    expect(checker.nextChange(at('2026-01-01T00:00:00Z'))).toBe(at('2026-01-10T00:00:00Z'));
    expect(checker.nextChange(at('2026-01-11T00:00:00Z'))).toBeUndefined();
  });
});
