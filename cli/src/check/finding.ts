import { formatPath } from '../../../shared/feed/parse-feed';

/** Something `validate` reports: an error stops the feed from working as written, a warning will hurt it. */
export interface Finding {
  severity: 'error' | 'warning';
  path: PropertyKey[];
  message: string;
  /** Another place the finding is about (the first entry with a duplicate id), named after the message. */
  also?: PropertyKey[];
}

export function pathText(path: readonly PropertyKey[]): string {
  return formatPath(path) || '(root)';
}
