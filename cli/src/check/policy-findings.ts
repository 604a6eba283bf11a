import { isWeakDisclosure } from '../../../shared/policy/disclosure';
import { refusalPrefix } from '../../../shared/policy/pattern-problems';
import { checkPatternSafety } from '../../../shared/policy/pattern-safety';
import type { Finding } from './finding';

type RawPolicy = {
  id?: unknown;
  pattern?: unknown;
  flags?: unknown;
  when?: unknown;
  require?: unknown;
  hosts?: unknown;
  disclosure?: unknown;
};

function patternFinding(holder: unknown, path: PropertyKey[], policyId: string): Finding[] {
  const { pattern, flags } = (typeof holder === 'object' && holder !== null ? holder : {}) as RawPolicy;
  if (typeof pattern !== 'string') return [];
  const safety = checkPatternSafety(pattern, typeof flags === 'string' ? flags : '');
  // Herald refuses such a pattern and the policy never runs, so it is an error, not a warning; the
  // message names the policy as Options does, so the publisher finds it by id as well as by path.
  return safety.ok
    ? []
    : [{ severity: 'error', path: [...path, 'pattern'], message: `${refusalPrefix(policyId)}${safety.reason}` }];
}

/** A host is matched as a name; "https://wiki.example.com/x" would never match a link. */
function hostFindings(hosts: unknown, path: PropertyKey[]): Finding[] {
  if (!Array.isArray(hosts)) return [];
  return hosts.flatMap((host: unknown, index) =>
    typeof host === 'string' && /[/:@\s]/.test(host.trim())
      ? [
          {
            severity: 'warning' as const,
            path: [...path, 'hosts', index],
            message: `"${host}" is not a host name: write it like wiki.example.com, without https:// or a path`,
          },
        ]
      : [],
  );
}

/** A weak form listed among the phrases would let the publisher believe it counts; Herald never takes it. */
function weakPhraseFindings(disclosure: unknown, path: PropertyKey[]): Finding[] {
  const { phrases } = (typeof disclosure === 'object' && disclosure !== null ? disclosure : {}) as {
    phrases?: unknown;
  };
  if (!Array.isArray(phrases)) return [];
  return phrases.flatMap((phrase: unknown, index) =>
    typeof phrase === 'string' && isWeakDisclosure(phrase)
      ? [
          {
            severity: 'warning' as const,
            path: [...path, 'disclosure', 'phrases', index],
            message: `"${phrase}" is not a clear disclosure (FTC), so Herald never counts it: use plain words like "I work at …"`,
          },
        ]
      : [],
  );
}

export function policyFindings(policies: unknown): Finding[] {
  if (!Array.isArray(policies)) return [];
  return policies.flatMap((policy: unknown, index) => {
    if (typeof policy !== 'object' || policy === null) return [];
    const { id, when, require, hosts, disclosure } = policy as RawPolicy;
    const path = ['policies', index];
    const name = typeof id === 'string' ? id : `#${index + 1}`;
    return [
      ...patternFinding(policy, path, name),
      ...patternFinding(when, [...path, 'when'], name),
      ...patternFinding(require, [...path, 'require'], name),
      ...hostFindings(hosts, path),
      ...weakPhraseFindings(disclosure, path),
    ];
  });
}
