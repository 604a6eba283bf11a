import type { z } from 'zod';
import { feedSchema } from '../../../shared/feed/schema';
import type { Finding } from './finding';

const UNION_SHAPES: Record<string, string> = {
  fix: 'a fix is one of { append: "text" }, { replace: "text" } or { remove: true }',
  when: 'a condition is { terms: [...] } or { pattern: "...", flags: "i" }',
  require: 'a condition is { terms: [...] } or { pattern: "...", flags: "i" }',
};

function describeType(expected: string): string {
  return expected === 'array' ? 'a list' : expected === 'object' ? 'an object' : `a ${expected}`;
}

const ZOD_DEFAULT_MESSAGE = /^(Invalid|Too (small|big))\b/;

/** zod's own messages are written for developers; a comms team reads these. The schema's own words stay. */
export function plainMessage(issue: z.core.$ZodIssue): string {
  if (!ZOD_DEFAULT_MESSAGE.test(issue.message)) return issue.message;
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined
        ? `is required (${describeType(issue.expected)})`
        : `must be ${describeType(issue.expected)}, not ${Array.isArray(issue.input) ? 'a list' : typeof issue.input}`;
    case 'invalid_union':
      return UNION_SHAPES[String(issue.path.at(-1))] ?? issue.message;
    case 'invalid_value':
      return issue.values.length === 1
        ? `must be ${JSON.stringify(issue.values[0])}`
        : `must be one of ${issue.values.map((value) => JSON.stringify(value)).join(', ')}`;
    case 'too_small':
      if (issue.origin === 'string' && issue.minimum === 1) return 'must not be empty';
      return issue.origin === 'array'
        ? `needs at least ${issue.minimum} ${issue.minimum === 1 ? 'entry' : 'entries'}`
        : issue.message;
    case 'too_big':
      if (issue.origin === 'string') return `is longer than ${issue.maximum} characters`;
      return issue.origin === 'array' ? `has more than ${issue.maximum} entries` : issue.message;
    case 'invalid_format':
      return issue.format === 'datetime'
        ? 'must be an ISO 8601 date-time with a time zone, like 2026-11-18T08:00:00Z'
        : issue.message;
    default:
      return issue.message;
  }
}

/** The strict schema over the whole feed: every item or policy a Herald would skip shows up here. */
export function schemaFindings(json: unknown): Finding[] {
  const result = feedSchema.safeParse(json);
  if (result.success) return [];
  return result.error.issues.map((issue) => ({ severity: 'error', path: issue.path, message: plainMessage(issue) }));
}
