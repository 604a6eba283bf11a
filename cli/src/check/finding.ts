import { formatPath } from '../../../shared/feed/parse-feed';

/** Something `validate` reports: an error stops the feed from working as written, a warning will hurt it. */
export interface Finding {
  severity: 'error' | 'warning';
  path: PropertyKey[];
  message: string;
}

export function pathText(path: readonly PropertyKey[]): string {
  return formatPath(path) || '(root)';
}

export function countSummary(findings: readonly Finding[]): string {
  const errors = findings.filter((finding) => finding.severity === 'error').length;
  const warnings = findings.length - errors;
  const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;
  return `${plural(errors, 'error')}, ${plural(warnings, 'warning')}`;
}
