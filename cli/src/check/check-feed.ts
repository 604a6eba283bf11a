import { duplicateIdFindings } from './duplicate-id-findings';
import type { Finding } from './finding';
import { itemFindings } from './item-findings';
import { policyFindings } from './policy-findings';
import { schemaFindings } from './schema-findings';
import { secretFindings } from './secret-findings';
import { unknownFieldFindings } from './unknown-field-findings';

const SECTION_ORDER: readonly PropertyKey[] = ['items', 'policies'];

/** Envelope first, then items and policies in file order; a stable sort keeps each entry's findings together. */
function placeInFeed(finding: Finding): [number, number] {
  const [section, index] = finding.path;
  return [SECTION_ORDER.indexOf(section ?? ''), typeof index === 'number' ? index : -1];
}

const byPlaceInFeed = (a: Finding, b: Finding) => {
  const [[sectionA, indexA], [sectionB, indexB]] = [placeInFeed(a), placeInFeed(b)];
  return sectionA - sectionB || indexA - indexB;
};

/**
 * Everything `validate` reports about a JSON-parsed feed. Errors: whatever makes Herald reject the feed or
 * skip an item or a policy. Warnings: what Herald accepts but will hurt (too long, expired, http, typos).
 */
export function checkFeed(json: unknown, now: Date): Finding[] {
  const feed = (typeof json === 'object' && json !== null ? json : {}) as { items?: unknown; policies?: unknown };
  return [
    ...schemaFindings(json),
    ...duplicateIdFindings(feed.items, 'items'),
    ...duplicateIdFindings(feed.policies, 'policies'),
    ...policyFindings(feed.policies),
    ...unknownFieldFindings(json),
    ...itemFindings(feed.items, now),
    ...secretFindings(json),
  ].sort(byPlaceInFeed);
}
