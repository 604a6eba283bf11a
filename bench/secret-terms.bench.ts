import { bench, describe } from 'vitest';
import type { Policy } from '../shared/feed/schema';
import { compilePolicies } from '../shared/policy/compile-policies';
import { hashTerms } from '../shared/policy/hashed-terms';
import { DRAFT, generatedTerms, termPolicy } from './policy-bench-data';

// What secret terms cost per keystroke on a 3,000-character draft: 1,000 terms shipped as keyed hashes
// against the same terms in clear. The hashed matcher hashes every 1- and 2-word run of the draft, but
// keeps what it hashed, so a keystroke pays for the few runs it changed; "cold" is the first check after
// a composer opens. The fold of evasions is measured too: a draft with one non-ASCII character takes the
// slow path (every character folded and mapped back), an ASCII one the fast path.

const KEY = '00112233445566778899aabbccddeeff';
const terms = generatedTerms(1_000);
const hashedPolicy: Policy = {
  id: 'secret-1000',
  severity: 'warn',
  message: 'Confidential code name.',
  hashedTerms: hashTerms(KEY, terms),
};
const plain = compilePolicies([termPolicy(terms)]);
const hashed = compilePolicies([hashedPolicy]);
const NON_ASCII_DRAFT = `${DRAFT.slice(0, 2_999)}é`;

let typed = 0;
/** The draft with a different last word each time, as while typing it. */
const nextKeystroke = () => `${DRAFT} w${typed++}`;

describe('check() with 1,000 secret terms on a 3,000-character draft', () => {
  bench('plain terms (baseline)', () => {
    plain.check(nextKeystroke());
  });
  bench('hashed terms, a keystroke (a new last word)', () => {
    hashed.check(nextKeystroke());
  });
  bench('hashed terms, cold (first check after compiling)', () => {
    compilePolicies([hashedPolicy]).check(DRAFT);
  });
});

describe('the fold of evasions, 1,000 plain terms on a 3,000-character draft', () => {
  bench('ASCII draft (baseline)', () => {
    plain.check(DRAFT);
  });
  bench('draft with a non-ASCII character', () => {
    plain.check(NON_ASCII_DRAFT);
  });
});
