import type { RuleExample } from '../../../shared/policy/rule-examples';
import type { LineProblem } from '../build/yaml-source';
import { examplesSchema } from './examples-schema';

/** A rule example read from a content folder, with where it is written: "policies/02-disclosure.yml:14". */
export type FolderExample = RuleExample & { where: string };

/**
 * Takes `examples` out of a policy as read from its YAML file (so they never reach the feed) and reads them.
 * `lineOf` locates a path inside the policy; `where` names a line of its file.
 */
export function takeExamples(
  policy: unknown,
  lineOf: (path: readonly PropertyKey[]) => number,
  where: (line: number) => string,
): { examples: FolderExample[]; problems: LineProblem[] } {
  if (typeof policy !== 'object' || policy === null || !('examples' in policy)) return { examples: [], problems: [] };
  const { examples: raw } = policy as { examples: unknown };
  delete (policy as { examples?: unknown }).examples;
  const parsed = examplesSchema.safeParse(raw);
  if (!parsed.success) {
    return {
      examples: [],
      problems: parsed.error.issues.map((issue) => ({
        line: lineOf(['examples', ...issue.path]),
        message: `examples: ${issue.message}`,
      })),
    };
  }
  const { id } = policy as { id?: unknown };
  // Without an id the policy is an error of its own, and its examples could not name their rule.
  if (typeof id !== 'string') return { examples: [], problems: [] };
  const examples: FolderExample[] = [];
  for (const expect of ['flag', 'pass'] as const) {
    (parsed.data[expect] ?? []).forEach((entry, index) => {
      const example: FolderExample = {
        policyId: id,
        expect,
        text: entry.text,
        where: where(lineOf(['examples', expect, index])),
      };
      const { match } = entry as { match?: string };
      if (match !== undefined) example.match = match;
      if (entry.sites) example.sites = entry.sites;
      examples.push(example);
    });
  }
  return { examples, problems: [] };
}
