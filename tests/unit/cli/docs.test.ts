import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkFeed } from '../../../cli/src/check/check-feed';
import demoFeed from '../../../shared/feed/demo-feed.json';
import { NOW, REPO } from './cli-harness';

const doc = await readFile(join(REPO, 'docs/feed-format.md'), 'utf8');
// Every complete JSON example; the one-line `$schema` sketch with "…" is not meant to parse.
const examples = [...doc.matchAll(/```json\n([\s\S]*?)```/g)]
  .map((match) => match[1] ?? '')
  .filter((block) => !block.includes('…'))
  .map((block) => JSON.parse(block) as Record<string, unknown>);

describe('docs/feed-format.md', () => {
  it('has its examples', () => {
    expect(examples.filter((example) => 'version' in example)).toHaveLength(2);
    expect(examples.filter((example) => 'severity' in example).length).toBeGreaterThanOrEqual(4);
  });

  it.each(examples.map((example) => [String(example.id ?? 'a whole feed'), example]))(
    'shows a valid %s',
    (_name, example) => {
      const feed = 'version' in example ? example : { ...demoFeed, items: [], policies: [example] };
      const errors = checkFeed(feed, NOW).filter((finding) => finding.severity === 'error');
      expect(errors).toEqual([]);
    },
  );
});
