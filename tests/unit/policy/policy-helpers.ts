import type { Policy } from '../../../shared/feed/schema';
import { compilePolicies } from '../../../shared/policy/compile-policies';

/** A policy with the boring fields filled in. */
export function policy(id: string, matcher: Partial<Policy>): Policy {
  return { id, severity: 'warn', message: `${id} message`, ...matcher };
}

/** The matched text of every finding, in order, as "policyId:text". */
export function matchedTexts(policies: Policy[], text: string): string[] {
  return compilePolicies(policies)
    .check(text)
    .map((f) => `${f.policyId}:${text.slice(f.start, f.end)}`);
}

/** The matched text of every finding of a single terms policy. */
export function termMatches(terms: string[], text: string): string[] {
  return compilePolicies([policy('t', { terms })])
    .check(text)
    .map((f) => text.slice(f.start, f.end));
}
