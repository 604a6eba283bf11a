import { bench, describe } from 'vitest';
import { compilePolicies } from '../shared/policy/compile-policies';
import { DRAFT, generatedTerms, naiveChecker, termPolicy } from './policy-bench-data';

// Targets (issue): at 10,000 terms the engine is at least 50x faster than the naive loop, and checking
// with 10,000 terms takes at most 3x as long as with 10. Vitest prints "x times faster than" per
// describe: the first four describes give the first ratio, the last one the second.

const SIZES = [10, 100, 1_000, 10_000];
const engines = new Map(SIZES.map((size) => [size, compilePolicies([termPolicy(generatedTerms(size))])]));

for (const size of SIZES) {
  const engine = engines.get(size);
  const naive = naiveChecker(generatedTerms(size));
  describe(`check() on a 3,000-character draft, ${size} terms`, () => {
    bench('naive: one RegExp per term (baseline)', () => {
      naive(DRAFT);
    });
    bench(`engine: ${size} terms`, () => {
      engine?.check(DRAFT, 'linkedin');
    });
  });
}

describe('engine cost as terms grow (10,000 terms should be within 3x of 10)', () => {
  bench('engine: 10 terms (baseline)', () => {
    engines.get(10)?.check(DRAFT, 'linkedin');
  });
  bench('engine: 10,000 terms', () => {
    engines.get(10_000)?.check(DRAFT, 'linkedin');
  });
});

describe('compilePolicies', () => {
  const terms = generatedTerms(10_000);
  bench('compile 10,000 terms', () => {
    compilePolicies([termPolicy(terms)]);
  });
});

// The documented maximum is 10,000 policies (issue 15): compiled ahead in the content script, while the page
// is idle, so this is what an idle period pays once per library version; checking is what each pause pays.
const manyPolicies = (count: number) =>
  generatedTerms(count * 2).reduce<ReturnType<typeof termPolicy>[]>((policies, term, i) => {
    if (i % 2 === 0) policies.push({ ...termPolicy([term]), id: `policy-${i / 2}` });
    else policies[policies.length - 1]?.terms?.push(term);
    return policies;
  }, []);

describe('10,000 policies of two terms each against 10: compile', () => {
  const small = manyPolicies(10);
  const large = manyPolicies(10_000);
  bench('compile 10 policies (baseline)', () => {
    compilePolicies(small);
  });
  bench('compile 10,000 policies', () => {
    compilePolicies(large);
  });
});

describe('10,000 policies of two terms each against 10: check a 3,000-character draft', () => {
  const small = compilePolicies(manyPolicies(10));
  const large = compilePolicies(manyPolicies(10_000));
  bench('check with 10 policies (baseline)', () => {
    small.check(DRAFT, 'linkedin');
  });
  bench('check with 10,000 policies', () => {
    large.check(DRAFT, 'linkedin');
  });
});
