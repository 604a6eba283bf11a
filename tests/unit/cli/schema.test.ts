import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { feedJsonSchema } from '../../../shared/feed/json-schema';
import { herald, REPO } from './cli-harness';

describe('the feed JSON Schema', () => {
  it('is up to date in docs/feed.schema.json (regenerate: npm run feed -- schema -o docs/feed.schema.json && npx biome format --write docs/feed.schema.json)', async () => {
    // Compared as data: Biome reformats the committed file, and the layout does not matter to editors.
    const committed = JSON.parse(await readFile(join(REPO, 'docs/feed.schema.json'), 'utf8'));
    expect(committed).toEqual(feedJsonSchema());
  });

  it('describes every item and policy field of the format', () => {
    const schema = feedJsonSchema() as {
      properties: Record<string, { items?: { properties: Record<string, unknown> } }>;
    };
    expect(Object.keys(schema.properties.items?.items?.properties ?? {})).toContain('variants');
    expect(Object.keys(schema.properties.policies?.items?.properties ?? {})).toContain('detector');
    expect(schema).toMatchObject({ required: ['version', 'publisher', 'updatedAt', 'items'] });
  });

  it('is what `herald-feed schema` prints', async () => {
    const run = await herald(['schema']);
    expect(JSON.parse(run.out)).toEqual(feedJsonSchema());
    expect(run.code).toBe(0);
  });
});
