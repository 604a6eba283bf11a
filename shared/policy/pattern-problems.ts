import type { Policy } from '../feed/schema';
import { checkPatternSafety } from './pattern-safety';

/** Where a policy's regular expressions could freeze a page, by field, with why. */
export function patternProblems(policy: Pick<Policy, 'pattern' | 'flags' | 'when' | 'require'>): {
  field: string;
  reason: string;
}[] {
  const patterns: [string, string, string | undefined][] = [];
  if (policy.pattern !== undefined) patterns.push(['pattern', policy.pattern, policy.flags]);
  for (const key of ['when', 'require'] as const) {
    const condition = policy[key];
    if (condition && 'pattern' in condition) patterns.push([`${key}.pattern`, condition.pattern, condition.flags]);
  }
  return patterns.flatMap(([field, pattern, flags]) => {
    const safety = checkPatternSafety(pattern, flags ?? '');
    return safety.ok ? [] : [{ field, reason: safety.reason }];
  });
}
