import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Feed, Policy } from '../../../shared/feed/schema';
import { buildLibrary } from '../../../shared/library/build-library';
import { compileForNetwork } from '../../../shared/policy/network-checker';
import { networkOf } from '../../../shared/sites/registry';

const NOW = Date.parse('2026-12-01T12:00:00Z');

function library(policies: Policy[], keywords: string[] = []) {
  const feed: Feed = {
    version: 1,
    publisher: { id: 'lumen', name: 'Lumen' },
    updatedAt: '2026-12-01T00:00:00Z',
    items: [{ id: 'a', type: 'talking-point', title: 'A', text: 'We build warehouse robots.', keywords }],
    policies,
  } as Feed;
  return buildLibrary(
    { u: { url: 'https://lumen.example/feed.json', origin: 'user', feed, failures: 0, skipped: [] } },
    NOW,
  );
}

const disclosure: Policy = {
  id: 'disclose',
  severity: 'warn',
  message: 'Say you work at {company}.',
  disclosure: { phrases: ['I work at {company}'] },
};

const found = (checker: ReturnType<typeof compileForNetwork>, text: string, site: Parameters<typeof networkOf>[0]) =>
  checker.check(text, site, NOW).map((f) => `${f.policyId}:${text.slice(f.start, f.end)}:${f.message}`);

describe('compileForNetwork', () => {
  const late = 'Lumen opened in Lyon.\nCome visit.\nBring friends.\nI work at Lumen, so ask me anything.';

  it('cuts at the network’s own "see more": a disclosure below LinkedIn’s third line is flagged there only', () => {
    const lib = library([disclosure]);
    expect(found(compileForNetwork(lib, networkOf('linkedin')), late, 'linkedin')).toEqual([
      expect.stringMatching(/^disclose:Lumen:Say you work at Lumen\. /),
    ]);
    expect(found(compileForNetwork(lib, networkOf('x')), late, 'x')).toEqual([]);
  });

  it('wakes a disclosure rule without `when` on its feed’s company name and item keywords', () => {
    const lib = library([disclosure], ['warehouse robots']);
    const checker = compileForNetwork(lib, networkOf('x'));
    expect(found(checker, 'Our warehouse robots are great.', 'x')).toEqual([
      'disclose:warehouse robots:Say you work at Lumen. The post mentions the company but does not say you work there.',
    ]);
  });

  it('asks `approvedPassage` what else wakes such a rule', () => {
    const checker = compileForNetwork(library([disclosure]), networkOf('x'), (policy, text) =>
      policy.feedUrl === 'https://lumen.example/feed.json' && text.startsWith('Approved')
        ? { start: 0, end: 8 }
        : undefined,
    );
    expect(found(checker, 'Approved words here.', 'x')).toEqual([
      'disclose:Approved:Say you work at Lumen. The post mentions the company but does not say you work there.',
    ]);
    expect(found(checker, 'Other words here.', 'x')).toEqual([]);
  });
});

describe('one checker setup', () => {
  it('is the only place the extension, the CLI and the preview compile policies', async () => {
    const repo = join(import.meta.dirname, '../../..');
    const callers: string[] = [];
    for (const dir of ['shared', 'utils', 'entrypoints', 'components', 'cli']) {
      const files = await readdir(join(repo, dir), { recursive: true }).catch(() => []);
      for (const file of files.filter((name) => /\.tsx?$/.test(name) && !name.includes('node_modules'))) {
        const source = await readFile(join(repo, dir, file), 'utf8');
        if (source.includes('compilePolicies(')) callers.push(join(dir, file));
      }
    }
    expect(callers).toEqual(['shared/policy/network-checker.ts']);
  });
});
