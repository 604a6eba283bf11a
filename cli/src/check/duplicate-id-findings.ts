import type { Finding } from './finding';

/** Herald keeps only the first entry with a given id, so a second one is lost: an error naming both places. */
export function duplicateIdFindings(list: unknown, field: 'items' | 'policies'): Finding[] {
  if (!Array.isArray(list)) return [];
  const firstIndex = new Map<string, number>();
  const findings: Finding[] = [];
  list.forEach((entry: unknown, index) => {
    const id = typeof entry === 'object' && entry !== null ? (entry as { id?: unknown }).id : undefined;
    if (typeof id !== 'string') return;
    const first = firstIndex.get(id.trim());
    if (first === undefined) {
      firstIndex.set(id.trim(), index);
      return;
    }
    findings.push({
      severity: 'error',
      path: [field, index, 'id'],
      message: `duplicate id "${id}"`,
      also: [field, first, 'id'],
    });
  });
  return findings;
}
