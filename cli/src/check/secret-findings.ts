import { policySchema } from '../../../shared/feed/schema';
import { type HashedTermMatcher, hashedTermMatcher } from '../../../shared/policy/hashed-terms';
import { wordTokens } from '../../../shared/policy/word-tokens';
import type { Finding } from './finding';

// A secret term is shipped only as keyed hashes, which is worth nothing if the same feed spells it out in a
// title, a talking point, a message or an id. Every string of the feed is read the way Herald reads a draft
// and hashed under each secret policy's key, so a secret term written in clear is found without knowing it.

interface SecretPolicy {
  id: string;
  matcher: HashedTermMatcher;
}

function secretPolicies(policies: unknown): SecretPolicy[] {
  if (!Array.isArray(policies)) return [];
  return policies.flatMap((raw: unknown) => {
    const parsed = policySchema.safeParse(raw);
    if (!parsed.success || !parsed.data.hashedTerms) return [];
    return [{ id: parsed.data.id, matcher: hashedTermMatcher(parsed.data.hashedTerms) }];
  });
}

function visitStrings(value: unknown, path: PropertyKey[], visit: (text: string, path: PropertyKey[]) => void): void {
  if (typeof value === 'string') visit(value, path);
  else if (Array.isArray(value)) {
    for (const [index, entry] of value.entries()) visitStrings(entry, [...path, index], visit);
  } else if (typeof value === 'object' && value !== null) {
    for (const [key, entry] of Object.entries(value)) visitStrings(entry, [...path, key], visit);
  }
}

/** Terms listed under `secret` in a feed file (clear text), and secret terms written in clear anywhere else. */
export function secretFindings(json: unknown): Finding[] {
  const feed = (typeof json === 'object' && json !== null ? json : {}) as { policies?: unknown };
  const findings: Finding[] = [];
  if (Array.isArray(feed.policies)) {
    feed.policies.forEach((policy: unknown, index) => {
      if (typeof policy === 'object' && policy !== null && 'secret' in policy) {
        findings.push({
          severity: 'error',
          path: ['policies', index, 'secret'],
          message:
            'this feed lists secret terms in clear: "secret" is read by herald-feed build, which ships them as hashes',
        });
      }
    });
  }
  const secrets = secretPolicies(feed.policies);
  if (secrets.length === 0) return findings;
  visitStrings(json, [], (text, path) => {
    const tokens = wordTokens(text);
    for (const { id, matcher } of secrets) {
      for (const span of matcher.find(tokens)) {
        findings.push({
          severity: 'warning',
          path,
          message: `"${text.slice(span.start, span.end)}" is a secret term of policy "${id}", written here in clear in the public feed`,
        });
      }
    }
  });
  return findings;
}
