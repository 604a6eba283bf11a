import type { z } from 'zod';
import { patternProblems } from '../policy/pattern-problems';
import { itemPlaceholderProblems } from './item-texts';
import { type Feed, type FeedItem, feedEnvelopeSchema, itemSchema, type Policy, policySchema } from './schema';

/** One problem found in a feed, located by its JSON path so a publisher can find it. */
export type FeedProblem = { path: string; message: string };

export type ParsedFeed = { ok: true; feed: Feed; skipped: FeedProblem[] } | { ok: false; errors: FeedProblem[] };

export function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (out, key) => (typeof key === 'number' ? `${out}[${key}]` : `${out}${out ? '.' : ''}${String(key)}`),
    '',
  );
}

function problemsOf(error: z.ZodError, prefix: readonly PropertyKey[] = []): FeedProblem[] {
  return error.issues.map((issue) => ({
    path: formatPath([...prefix, ...issue.path]) || '(root)',
    message: issue.message,
  }));
}

function parseEach<T>(
  values: unknown[],
  schema: z.ZodType<T>,
  field: string,
  skipped: FeedProblem[],
  vet: (value: T) => FeedProblem[] = () => [],
): T[] {
  const kept: T[] = [];
  const seen = new Set<string>();
  values.forEach((value, index) => {
    const result = schema.safeParse(value);
    if (!result.success) {
      skipped.push(...problemsOf(result.error, [field, index]));
      return;
    }
    const refused = vet(result.data);
    if (refused.length > 0) {
      skipped.push(...refused.map((problem) => ({ ...problem, path: `${field}[${index}].${problem.path}` })));
      return;
    }
    const id = (result.data as { id: string }).id;
    if (seen.has(id)) {
      skipped.push({ path: `${field}[${index}].id`, message: `duplicate id "${id}": only the first is kept` });
      return;
    }
    seen.add(id);
    kept.push(result.data);
  });
  return kept;
}

/**
 * Reads an already JSON-parsed feed. A broken envelope (wrong version, no publisher) rejects the whole
 * feed; a broken item or policy is skipped and reported, so one typo does not hide a whole library.
 */
export function parseFeed(json: unknown): ParsedFeed {
  const envelope = feedEnvelopeSchema.safeParse(json);
  if (!envelope.success) return { ok: false, errors: problemsOf(envelope.error) };
  const skipped: FeedProblem[] = [];
  // An item whose braces Herald cannot fill would post a literal "{team}": skipped and reported like any broken item.
  const items = parseEach<FeedItem>(envelope.data.items, itemSchema, 'items', skipped, (item) =>
    itemPlaceholderProblems(item).map(({ path, message }) => ({ path: formatPath(path), message })),
  );
  // A pattern that could backtrack catastrophically is refused here, at sync, once: every page then
  // compiles only vetted patterns and skips the analysis on each composer it opens.
  const policies = parseEach<Policy>(envelope.data.policies, policySchema, 'policies', skipped, (policy) =>
    patternProblems(policy).map(({ field, reason }) => ({ path: field, message: reason })),
  );
  return { ok: true, feed: { ...envelope.data, items, policies }, skipped };
}
