import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import demoFeed from '../../../shared/feed/demo-feed.json';
import { herald, NOW, tempDirsRemovedAfterEach } from './cli-harness';
import { contentFolders } from './content-folder-fixture';

const tempDir = tempDirsRemovedAfterEach();
const contentFolder = contentFolders();

async function build(files: Record<string, string>) {
  const dir = await contentFolder(files);
  const run = await herald(['build', '.', '-o', 'feed.json'], { cwd: dir });
  const written = await readFile(join(dir, 'feed.json'), 'utf8').then(JSON.parse, () => undefined);
  return { ...run, feed: written };
}

describe('herald-feed build', () => {
  it('builds examples/feed into exactly the items and policies of the bundled demo feed', async () => {
    const out = join(await tempDir(), 'feed.json');
    const run = await herald(['build', 'examples/feed', '-o', out]);
    expect(run.out).toContain('0 errors, 0 warnings');
    expect(run.code).toBe(0);
    const built = JSON.parse(await readFile(out, 'utf8'));
    expect(built.items).toEqual(demoFeed.items);
    expect(built.policies).toEqual(demoFeed.policies);
    expect(built.publisher).toEqual(demoFeed.publisher);
  });

  it('takes the text from the body and the variants from ## sections, and the id from the file name', async () => {
    const { feed, code } = await build({
      'items/02-second.md': '---\ntype: talking-point\ntitle: Second\n---\nSecond text.\n',
      'items/10-hiring.md': [
        '---',
        'type: talking-point',
        'title: Hiring',
        'hashtags: [Hiring]',
        '---',
        'We are hiring.',
        'Lines stay as written.',
        '',
        '## X',
        '',
        'Hiring!',
        '',
        '## linkedin',
        'We are hiring, on LinkedIn.',
        '',
      ].join('\n'),
    });
    expect(code).toBe(0);
    expect(feed.items).toEqual([
      { id: 'second', type: 'talking-point', title: 'Second', text: 'Second text.' },
      {
        id: 'hiring',
        type: 'talking-point',
        title: 'Hiring',
        hashtags: ['Hiring'],
        text: 'We are hiring.\nLines stay as written.',
        variants: { x: 'Hiring!', linkedin: 'We are hiring, on LinkedIn.' },
      },
    ]);
    expect(feed.updatedAt).toBe('2026-12-01T12:00:00Z');
    expect(feed.updatedAt).toBe(NOW.toISOString().replace('.000', ''));
  });

  it('reads a policy file that is a list, and one that is a single policy, in name order', async () => {
    const { feed } = await build({
      'policies/b.yml': 'id: single\nseverity: info\nmessage: M\nterms: [x]\n',
      'policies/a.yaml': '- id: first\n  severity: warn\n  message: M\n  detector: email\n',
    });
    expect(feed.policies.map((policy: { id: string }) => policy.id)).toEqual(['first', 'single']);
  });

  it.each([
    [
      'a YAML error in the front matter, on its line in the file',
      { 'items/a.md': '---\ntype: news\ntitle: [unclosed\n---\nText\n' },
      /items\/a\.md:3: not valid YAML:/,
    ],
    [
      'a hashtag the schema refuses, on the line of its list',
      { 'items/a.md': '---\ntype: talking-point\ntitle: T\nhashtags:\n  - ok\n  - not ok\n---\nText\n' },
      /items\/a\.md:6: items\[0\]\.hashtags\[1\]: a hashtag is letters/,
    ],
    [
      'a news item without url, on the first line of its front matter',
      { 'items/a.md': '---\ntype: news\ntitle: T\n---\nText\n' },
      /items\/a\.md:2: items\[0\]\.url: a news item needs a url/,
    ],
    [
      'an X variant too long for X, on its section',
      { 'items/a.md': `---\ntype: talking-point\ntitle: T\n---\nText\n\n## x\n\n${'word '.repeat(70)}\n` },
      /warning items\/a\.md:9: items\[0\]\.variants\.x: the X post is/,
    ],
    [
      'an empty body, on the front matter',
      { 'items/a.md': '---\ntype: talking-point\ntitle: T\n---\n' },
      /items\/a\.md:2: items\[0\]\.text: is required/,
    ],
    [
      'a front matter that is never closed',
      { 'items/a.md': '---\ntype: news\n' },
      /items\/a\.md:1: the front matter opened by --- is never closed/,
    ],
    [
      'a YAML error in a policy file',
      { 'policies/p.yml': '- id: p\n  severity: warn\n  terms: [a\n' },
      /policies\/p\.yml:\d+: not valid YAML:/,
    ],
    [
      'a policy error, on the line of the offending key',
      {
        'policies/p.yml':
          '- id: ok\n  severity: warn\n  message: M\n  terms: [a]\n\n- id: bad\n  severity: loud\n  message: M\n  terms: [a]\n',
      },
      /policies\/p\.yml:7: policies\[1\]\.severity: must be one of "info", "warn", "block"/,
    ],
    [
      'a publisher error, in feed.yml',
      { 'feed.yml': 'version: 1\npublisher:\n  id: lumen\n  name: ""\n' },
      /feed\.yml:4: publisher\.name: must not be empty/,
    ],
    [
      'a variant given both in the front matter and as a section',
      { 'items/a.md': '---\ntype: talking-point\ntitle: T\nvariants:\n  x: one\n---\nText\n## x\ntwo\n' },
      /items\/a\.md:9: the x variant is also in the front matter/,
    ],
  ])('names the file and line of %s', async (_name, files, expected) => {
    const { out, code, feed } = await build(files);
    expect(out).toMatch(expected);
    const isWarning = /^warning /m.test(out) && /^0 errors/m.test(out);
    expect(code).toBe(isWarning ? 0 : 1);
    // A feed with errors is never written, so a broken build cannot be published by mistake.
    expect(feed === undefined).toBe(!isWarning);
  });

  it('refuses an item with an unknown placeholder, naming its file and line', async () => {
    const { out, code, feed } = await build({
      'items/01-hi.md': '---\ntype: talking-point\ntitle: Hi\n---\nHello from {teem}.\n',
    });
    expect(code).toBe(1);
    expect(feed).toBeUndefined();
    expect(out).toMatch(/items\/01-hi\.md:\d+.*unknown placeholder “\{teem\}”/);
  });

  it('refuses a folder without feed.yml', async () => {
    const dir = await tempDir();
    const run = await herald(['build', dir], { cwd: dir });
    expect(run.err).toContain('no feed.yml');
    expect(run.code).toBe(1);
  });

  it('writes the feed to standard output and the report to standard error without -o', async () => {
    const dir = await contentFolder({ 'items/a.md': '---\ntype: talking-point\ntitle: T\n---\nText\n' });
    const run = await herald(['build', dir]);
    expect(JSON.parse(run.out).items).toHaveLength(1);
    expect(run.err).toContain('0 errors, 0 warnings');
  });
});
