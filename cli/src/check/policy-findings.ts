import { checkPatternSafety } from '../../../shared/policy/pattern-safety';
import type { Finding } from './finding';

type RawPolicy = { pattern?: unknown; flags?: unknown; when?: unknown; require?: unknown; hosts?: unknown };

function patternFinding(holder: unknown, path: PropertyKey[]): Finding[] {
  const { pattern, flags } = (typeof holder === 'object' && holder !== null ? holder : {}) as RawPolicy;
  if (typeof pattern !== 'string') return [];
  const safety = checkPatternSafety(pattern, typeof flags === 'string' ? flags : '');
  // Herald refuses such a pattern and the policy never runs, so it is an error, not a warning.
  return safety.ok ? [] : [{ severity: 'error', path: [...path, 'pattern'], message: safety.reason }];
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

export function policyFindings(policies: unknown): Finding[] {
  if (!Array.isArray(policies)) return [];
  return policies.flatMap((policy: unknown, index) => {
    if (typeof policy !== 'object' || policy === null) return [];
    const { when, require, hosts } = policy as RawPolicy;
    const path = ['policies', index];
    return [
      ...patternFinding(policy, path),
      ...patternFinding(when, [...path, 'when']),
      ...patternFinding(require, [...path, 'require']),
      ...hostFindings(hosts, path),
    ];
  });
}
