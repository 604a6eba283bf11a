import { hashTerms } from '../../../shared/policy/hashed-terms';

// `secret: true` on a policy of a content folder: its terms are confidential (a code name), so the built
// feed carries them only as keyed hashes (`hashedTerms`), never in clear. The key is drawn per build, so
// each feed version has its own.

export interface SecretTermsProblem {
  path: PropertyKey[];
  message: string;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Replaces the terms of every secret policy by their keyed hashes, in place; `keyHex` is the build's key. */
export function hashSecretTerms(feed: Record<string, unknown>, keyHex: string): SecretTermsProblem[] {
  const problems: SecretTermsProblem[] = [];
  const policies = Array.isArray(feed.policies) ? feed.policies : [];
  policies.forEach((policy: unknown, index) => {
    if (!isRecord(policy) || !('secret' in policy)) return;
    const path = ['policies', index];
    const { secret, terms } = policy;
    if (typeof secret !== 'boolean') {
      problems.push({ path: [...path, 'secret'], message: '"secret" is true or false' });
      return;
    }
    delete policy.secret;
    if (!secret) return;
    if (!Array.isArray(terms) || !terms.every((term) => typeof term === 'string')) {
      problems.push({ path: [...path, 'secret'], message: '"secret: true" goes with a list of "terms"' });
      return;
    }
    const hashed = hashTerms(keyHex, terms);
    if (hashed.hashes.length === 0) {
      problems.push({ path: [...path, 'terms'], message: 'none of the secret terms has anything visible to match' });
      return;
    }
    delete policy.terms;
    policy.hashedTerms = hashed;
  });
  return problems;
}
