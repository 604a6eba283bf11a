import type { FeedProblem } from '../feed/parse-feed';
import type { Policy } from '../feed/schema';
import { checkPatternSafety } from './pattern-safety';

// A refused pattern is named by its policy's id wherever it is reported (the feed's skipped list in
// Options, `herald-feed validate`), since the id is what a publisher searches their feed for.

const REFUSED = /^policy "((?:[^"\\]|\\.)*)" is refused: /;

/** The start of every refusal message: `policy "revenue" is refused: its pattern ...`. */
export function refusalPrefix(policyId: string): string {
  return `policy ${JSON.stringify(policyId)} is refused: `;
}

/** Where a policy's regular expressions could freeze a page, by field, with why (naming the policy). */
export function patternProblems(policy: Pick<Policy, 'id' | 'pattern' | 'flags' | 'when' | 'require'>): {
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
    if (safety.ok) return [];
    const which = field === 'pattern' ? 'its pattern' : `its "${field.split('.')[0]}" pattern`;
    return [{ field, reason: `${refusalPrefix(policy.id)}${which} /${pattern}/${flags ?? ''}: ${safety.reason}` }];
  });
}

/** Ids of the policies whose patterns were refused, from a feed's skipped list, each once. */
export function refusedPatternPolicies(skipped: readonly FeedProblem[]): string[] {
  const ids = skipped.flatMap((problem) => {
    const match = REFUSED.exec(problem.message);
    return match ? [JSON.parse(`"${match[1]}"`) as string] : [];
  });
  return [...new Set(ids)];
}
