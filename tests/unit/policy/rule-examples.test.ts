import { describe, expect, it } from 'vitest';
import type { Feed, Policy } from '../../../shared/feed/schema';
import { buildLibrary } from '../../../shared/library/build-library';
import { hashTerms } from '../../../shared/policy/hashed-terms';
import { momentInWindow, type RuleExample, runRuleExamples } from '../../../shared/policy/rule-examples';

const NOW = Date.parse('2026-12-01T12:00:00Z');

function library(policies: Policy[], keywords: string[] = []) {
  const feed = {
    version: 1,
    publisher: { id: 'lumen', name: 'Lumen' },
    updatedAt: '2026-12-01T00:00:00Z',
    items: [{ id: 'a', type: 'talking-point', title: 'A', text: 'We build warehouse robots.', keywords }],
    policies,
  } as Feed;
  return buildLibrary({ u: { url: 'https://lumen.example/f', origin: 'user', feed, failures: 0, skipped: [] } }, NOW);
}

const rule = (id: string, matcher: Partial<Policy>): Policy => ({
  id,
  severity: 'warn',
  message: `${id} message`,
  ...matcher,
});

const falcon = rule('falcon', { terms: ['Project Falcon', 'Falcon'] });
const revenue = rule('revenue', { pattern: 'revenue is up \\d+%' });
const disclose = rule('disclose', {
  message: 'Say you work at {company}.',
  disclosure: { phrases: ['I work at {company}'], when: ['Lumen'] },
});

const run = (policies: Policy[], examples: RuleExample[], now = NOW) =>
  runRuleExamples(library(policies), examples, now);

/** Each failure as "policyId expect site: found findings", for short assertions. */
const misses = (report: ReturnType<typeof run>) =>
  report.failures.map(
    (f) =>
      `${f.policyId} ${f.expect} ${f.site ?? '-'}: ${f.found.map((x) => `${x.policyId}:${x.matched}`).join(' ') || 'nothing'}`,
  );

describe('runRuleExamples', () => {
  it('counts examples that hold on every network as passed', () => {
    const report = run(
      [falcon, revenue],
      [
        { policyId: 'falcon', expect: 'flag', text: 'Project Falcon ships soon', match: 'Project Falcon' },
        { policyId: 'falcon', expect: 'pass', text: 'Falconry is fun' },
        { policyId: 'revenue', expect: 'flag', text: 'Our revenue is up 40%!' },
      ],
    );
    expect(report).toEqual({ passed: 3, failed: 0, failures: [] });
  });

  it('reports a flag example its rule misses, with every finding of other rules on the text', () => {
    const report = run(
      [falcon, revenue],
      [{ policyId: 'revenue', expect: 'flag', text: 'Falcon revenue rose by 40%', sites: ['x'] }],
    );
    expect(report.passed).toBe(0);
    expect(report.failed).toBe(1);
    expect(misses(report)).toEqual(['revenue flag x: falcon:Falcon']);
    expect(report.failures[0]?.found[0]?.message).toBe('falcon message');
  });

  it('reports a pass example its rule flags, with the finding', () => {
    const report = run([falcon], [{ policyId: 'falcon', expect: 'pass', text: 'Falcon is late', sites: ['x'] }]);
    expect(misses(report)).toEqual(['falcon pass x: falcon:Falcon']);
  });

  it('reports a flag example whose rule underlines other text than `match`', () => {
    const example = { policyId: 'falcon', expect: 'flag', text: 'Project Falcon ships', sites: ['x'] } as const;
    expect(run([falcon], [{ ...example, match: 'Project Falcon' }]).failed).toBe(0);
    const report = run([falcon], [{ ...example, match: 'Falcon' }]);
    expect(misses(report)).toEqual(['falcon flag x: falcon:Project Falcon']);
    expect(report.failures[0]?.match).toBe('Falcon');
  });

  it('tries an example without sites on each network the rule applies to, and fails it network by network', () => {
    const late = 'Lumen opened in Lyon.\nCome visit.\nBring friends.\nI work at Lumen, so ask me anything.';
    // LinkedIn cuts after three lines: the disclosure is hidden there, in full view everywhere else.
    const flagged = run([disclose], [{ policyId: 'disclose', expect: 'pass', text: late }]);
    expect(misses(flagged)).toEqual(['disclose pass linkedin: disclose:Lumen']);
    expect(flagged.failed).toBe(1);
    const everywhere = run([disclose], [{ policyId: 'disclose', expect: 'flag', text: late }]);
    expect(everywhere.failures.map((f) => f.site)).toEqual(['x', 'facebook', 'threads', 'bluesky', 'mastodon']);
    expect(everywhere.failed).toBe(1);
    const onlyThere = run([disclose], [{ policyId: 'disclose', expect: 'flag', text: late, sites: ['linkedin'] }]);
    expect(onlyThere.passed).toBe(1);
  });

  it('tries only the networks of a rule with `sites`, and says so when a flag example names another', () => {
    const tone = rule('tone', { terms: ['RoboCorp'], sites: ['linkedin', 'x'] });
    const everywhere = run([tone], [{ policyId: 'tone', expect: 'pass', text: 'RoboCorp' }]);
    expect(everywhere.failures.map((f) => f.site)).toEqual(['linkedin', 'x']);
    expect(run([tone], [{ policyId: 'tone', expect: 'flag', text: 'RoboCorp' }])).toEqual({
      passed: 1,
      failed: 0,
      failures: [],
    });
    expect(run([tone], [{ policyId: 'tone', expect: 'pass', text: 'RoboCorp', sites: ['facebook'] }]).passed).toBe(1);
    const offSite = run([tone], [{ policyId: 'tone', expect: 'flag', text: 'RoboCorp', sites: ['facebook'] }]);
    expect(offSite.failures[0]?.reason).toBe('the rule applies only on LinkedIn, X');
  });

  it('fills {company} and wakes a disclosure rule without `when` on the feed’s own terms, as the composer does', () => {
    const byDefault = rule('disclose', {
      message: 'Say you work at {company}.',
      disclosure: { phrases: ['I work at {company}'] },
    });
    const report = runRuleExamples(
      library([byDefault], ['warehouse robots']),
      [
        { policyId: 'disclose', expect: 'flag', text: 'Our warehouse robots rock', match: 'warehouse robots' },
        { policyId: 'disclose', expect: 'pass', text: 'I work at Lumen: our warehouse robots rock' },
      ],
      NOW,
    );
    expect(report).toEqual({ passed: 2, failed: 0, failures: [] });
    const missed = runRuleExamples(
      library([byDefault], ['warehouse robots']),
      [{ policyId: 'disclose', expect: 'pass', text: 'Our warehouse robots rock', sites: ['x'] }],
      NOW,
    );
    expect(missed.failures[0]?.found[0]?.message).toMatch(/^Say you work at Lumen\. /);
  });

  it('wakes a disclosure rule without `when` on the feed’s approved text, as the composer does', () => {
    const byDefault = rule('disclose', { disclosure: { phrases: ['I work at {company}'] } });
    const report = run(
      [byDefault],
      [{ policyId: 'disclose', expect: 'flag', text: 'We build warehouse robots.', match: 'We build warehouse' }],
    );
    expect(report).toEqual({ passed: 1, failed: 0, failures: [] });
  });

  it('meets secret terms as they ship, hashed', () => {
    const secret = rule('secret', { hashedTerms: hashTerms('ab'.repeat(16), ['Project Falcon']) });
    const report = run(
      [secret],
      [
        { policyId: 'secret', expect: 'flag', text: 'project falcon is near', match: 'project falcon' },
        { policyId: 'secret', expect: 'pass', text: 'a falcon project' },
      ],
    );
    expect(report).toEqual({ passed: 2, failed: 0, failures: [] });
  });

  it.each([
    ['a window still to come', '2027-01-01T00:00:00Z', '2027-02-01T00:00:00Z'],
    ['a window over', '2026-10-01T00:00:00Z', '2026-10-29T12:00:00Z'],
    ['an open window', '2026-11-01T00:00:00Z', '2027-01-01T00:00:00Z'],
    ['a window with no start, over', undefined, '2026-11-01T00:00:00Z'],
  ])('tries a rule with %s inside its window', (_, activeFrom, activeUntil) => {
    const quiet = rule('quiet', {
      terms: ['earnings'],
      ...(activeFrom ? { activeFrom } : {}),
      activeUntil,
    });
    const report = run([quiet], [{ policyId: 'quiet', expect: 'flag', text: 'earnings soon', match: 'earnings' }]);
    expect(report).toEqual({ passed: 1, failed: 0, failures: [] });
  });

  it('says when the rule cannot run at all', () => {
    const blank = rule('blank', { terms: ['\u200b'] });
    const report = run([blank], [{ policyId: 'blank', expect: 'pass', text: 'x' }]);
    expect(report.failed).toBe(1);
    expect(report.failures[0]?.reason).toBe(
      'the rule does not compile: none of its terms has anything visible to match',
    );
  });

  it('names a rule the examples ask for that the feed does not have', () => {
    const report = run([falcon], [{ policyId: 'falcom', expect: 'pass', text: 'x' }]);
    expect(report.failed).toBe(1);
    expect(report.failures[0]?.reason).toBe('there is no rule "falcom" in the feed');
  });
});

describe('momentInWindow', () => {
  it('is now while the window is open, else its start, else just before its end', () => {
    expect(momentInWindow({}, NOW)).toBe(NOW);
    expect(momentInWindow({ activeFrom: '2026-11-01T00:00:00Z' }, NOW)).toBe(NOW);
    expect(momentInWindow({ activeFrom: '2027-01-01T00:00:00Z' }, NOW)).toBe(Date.parse('2027-01-01T00:00:00Z'));
    expect(momentInWindow({ activeFrom: '2026-01-01T00:00:00Z', activeUntil: '2026-02-01T00:00:00Z' }, NOW)).toBe(
      Date.parse('2026-01-01T00:00:00Z'),
    );
    expect(momentInWindow({ activeUntil: '2026-02-01T00:00:00Z' }, NOW)).toBe(Date.parse('2026-02-01T00:00:00Z') - 1);
  });
});
