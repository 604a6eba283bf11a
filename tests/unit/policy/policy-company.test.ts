import { describe, expect, it } from 'vitest';
import { applyFix } from '../../../shared/policy/apply-fix';
import { compilePolicies } from '../../../shared/policy/compile-policies';
import { withCompany } from '../../../shared/policy/policy-company';
import { policy } from './policy-helpers';

const rule = policy('disclose', {
  message: 'Say you work at {company}.',
  disclosure: { phrases: ['I work at {company}'] },
  fix: { prepend: '(I work at {company}) ' },
});

describe('{company} in policies', () => {
  it('fills the phrases, the fix and the message from the feed’s publisher name', () => {
    const filled = withCompany(rule, 'Lumen');
    expect(filled.disclosure?.phrases).toEqual(['I work at Lumen']);
    expect(filled.fix).toEqual({ prepend: '(I work at Lumen) ' });
    expect(filled.message).toBe('Say you work at Lumen.');
    expect(withCompany(policy('t', { terms: ['x'], fix: { replace: '{company} product' } }), 'Lumen').fix).toEqual({
      replace: 'Lumen product',
    });
  });

  it('leaves a policy as written without a name or without the placeholder', () => {
    expect(withCompany(rule, undefined)).toBe(rule);
    const plain = policy('t', { terms: ['x'] });
    expect(withCompany(plain, 'Lumen')).toBe(plain);
  });

  it('makes the compiled disclosure rule take the filled phrase and offer the filled fix', () => {
    const checker = compilePolicies([rule], { disclosureTerms: () => ['Lumen'], companyOf: () => 'Lumen' });
    expect(checker.check('I work at Lumen: our new robot is out.', 'x')).toEqual([]);
    const draft = 'Lumen launched a robot.';
    const [finding] = checker.check(draft, 'x');
    expect(finding?.message).toContain('Say you work at Lumen.');
    expect(finding && applyFix(draft, finding).text).toBe('(I work at Lumen) Lumen launched a robot.');
  });
});
