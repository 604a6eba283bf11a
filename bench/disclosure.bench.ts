import { bench, describe } from 'vitest';
import { compilePolicies } from '../shared/policy/compile-policies';
import { DRAFT } from './policy-bench-data';

// What a disclosure rule adds per keystroke on a 3,000-character draft that mentions the company and
// discloses only at the end, past LinkedIn's cut-off: every phrase is searched, then the weak forms.
// Defaults come from 1,000 item keywords, as a large feed would give them.

const keywords = Array.from({ length: 1_000 }, (_, i) => `keyword${i}`);
const phrases = ['I work at Lumen', 'I work for Lumen', 'my team at Lumen', 'my employer', '#LumenEmployee'];
const checker = compilePolicies(
  [{ id: 'disclose', severity: 'warn', message: 'Say you work here.', disclosure: { phrases } }],
  { seeMore: { linkedin: { chars: 210, lines: 3 } }, disclosureTerms: () => ['Lumen', ...keywords] },
);
const draft = `Lumen ${DRAFT.slice(0, 2_970)} I work at Lumen.`;

describe('check() with a disclosure rule on a 3,000-character draft', () => {
  bench('LinkedIn (cut at 210 characters)', () => {
    checker.check(draft, 'linkedin');
  });
  bench('X (whole post)', () => {
    checker.check(draft, 'x');
  });
});
