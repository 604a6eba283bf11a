import { feedEnvelopeSchema, itemSchema, phrasingSchema, policySchema } from '../../../shared/feed/schema';
import type { Finding } from './finding';

// Herald ignores fields it does not know, so a newer feed still loads in an older extension. The price is
// that a typo ("hashtag", "expiresAT") is ignored silently too: the CLI says so. Known names come from the
// zod schema, so they cannot drift from it.

const keysOf = (schema: { shape: object }) => Object.keys(schema.shape);
const unionKeys = (options: readonly { shape: object }[]) => [...new Set(options.flatMap(keysOf))];

const ROOT = [...keysOf(feedEnvelopeSchema), '$schema'];
const PUBLISHER = keysOf(feedEnvelopeSchema.shape.publisher);
const ITEM = keysOf(itemSchema);
const VARIANTS = keysOf(itemSchema.shape.variants.unwrap());
const PHRASING = keysOf(phrasingSchema);
const IMAGE = keysOf(itemSchema.shape.image.unwrap());
const POLICY = keysOf(policySchema);
const FIX = unionKeys(policySchema.shape.fix.unwrap().options);
const CONDITION = unionKeys(policySchema.shape.when.unwrap().options);

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function unknownKeys(value: unknown, known: readonly string[], path: PropertyKey[], what: string): Finding[] {
  if (!isRecord(value)) return [];
  return Object.keys(value)
    .filter((key) => !known.includes(key))
    .map((key) => ({
      severity: 'warning',
      path: [...path, key],
      message: `unknown field "${key}" is ignored; ${what} has: ${known.join(', ')}`,
    }));
}

function eachEntry(list: unknown, visit: (entry: unknown, index: number) => Finding[]): Finding[] {
  return Array.isArray(list) ? list.flatMap(visit) : [];
}

export function unknownFieldFindings(json: unknown): Finding[] {
  if (!isRecord(json)) return [];
  return [
    ...unknownKeys(json, ROOT, [], 'a feed'),
    ...unknownKeys(json.publisher, PUBLISHER, ['publisher'], 'a publisher'),
    ...eachEntry(json.items, (item, i) => [
      ...unknownKeys(item, ITEM, ['items', i], 'an item'),
      ...(isRecord(item) ? unknownKeys(item.variants, VARIANTS, ['items', i, 'variants'], '"variants"') : []),
      ...(isRecord(item) ? unknownKeys(item.image, IMAGE, ['items', i, 'image'], 'an image') : []),
      ...(isRecord(item)
        ? eachEntry(item.phrasings, (phrasing, p) => [
            ...unknownKeys(phrasing, PHRASING, ['items', i, 'phrasings', p], 'a phrasing'),
            ...(isRecord(phrasing)
              ? unknownKeys(phrasing.variants, VARIANTS, ['items', i, 'phrasings', p, 'variants'], '"variants"')
              : []),
          ])
        : []),
    ]),
    ...eachEntry(json.policies, (policy, i) => [
      ...unknownKeys(policy, POLICY, ['policies', i], 'a policy'),
      ...(isRecord(policy)
        ? [
            ...unknownKeys(policy.fix, FIX, ['policies', i, 'fix'], 'a fix'),
            ...unknownKeys(policy.when, CONDITION, ['policies', i, 'when'], 'a condition'),
            ...unknownKeys(policy.require, CONDITION, ['policies', i, 'require'], 'a condition'),
          ]
        : []),
    ]),
  ];
}
