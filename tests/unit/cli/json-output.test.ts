import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import demoFeed from '../../../shared/feed/demo-feed.json';
import { herald } from './cli-harness';
import { contentFolders, itemFile } from './content-folder-fixture';

const contentFolder = contentFolders();

describe('--json', () => {
  it('validate prints one JSON document with the counts and each finding', async () => {
    const dir = await contentFolder({});
    const feed = { ...demoFeed, items: [{ id: 'a', type: 'news', title: 'T', text: 'T' }], policies: [] };
    await writeFile(join(dir, 'feed.json'), JSON.stringify(feed));
    const run = await herald(['validate', 'feed.json', '--json'], { cwd: dir });
    expect(JSON.parse(run.out)).toEqual({
      ok: false,
      errors: 1,
      warnings: 0,
      findings: [{ severity: 'error', path: 'items[0].url', message: 'a news item needs a url' }],
    });
    expect(run.code).toBe(1);
  });

  it('validate names both entries of a duplicate id, the first by its JSON path', async () => {
    const dir = await contentFolder({});
    const item = { id: 'x', type: 'talking-point', title: 'T', text: 'T' };
    await writeFile(join(dir, 'feed.json'), JSON.stringify({ ...demoFeed, items: [item, item], policies: [] }));
    const run = await herald(['validate', 'feed.json', '--json'], { cwd: dir });
    expect(JSON.parse(run.out).findings).toEqual([
      { severity: 'error', path: 'items[1].id', message: 'duplicate id "x" (also items[0].id)' },
    ]);
  });

  it('validate passes the demo feed as ok, exit 0', async () => {
    const run = await herald(['validate', 'shared/feed/demo-feed.json', '--json']);
    expect(JSON.parse(run.out)).toEqual({ ok: true, errors: 0, warnings: 0, findings: [] });
    expect(run.code).toBe(0);
  });

  it('validate gives a file that is not JSON as a finding, still one JSON document', async () => {
    const dir = await contentFolder({ 'feed.json': '{\n  "version": 1,\n}' });
    const run = await herald(['validate', 'feed.json', '--json'], { cwd: dir });
    const report = JSON.parse(run.out);
    expect(report).toMatchObject({ ok: false, errors: 1, warnings: 0 });
    expect(report.findings[0].message).toMatch(/^feed\.json:3:1: not valid JSON/);
    expect(run.code).toBe(1);
  });

  it('build writes the feed with -o and the report, with file and line, on standard output', async () => {
    const dir = await contentFolder({
      'items/01-a.md': itemFile('A'),
      'items/02-b.md': '---\ntype: talking-point\ntitle: B\nhashtags: [not ok]\n---\nText.\n',
    });
    const run = await herald(['build', '.', '-o', 'out/feed.json', '--json'], { cwd: dir });
    const report = JSON.parse(run.out);
    expect(report).toEqual({
      ok: false,
      errors: 1,
      warnings: 0,
      findings: [
        {
          severity: 'error',
          where: 'items/02-b.md:4',
          path: 'items[1].hashtags[0]',
          message: expect.stringMatching(/a hashtag is letters/),
        },
      ],
    });
    expect(run.code).toBe(1);
  });

  it('build --json on a good folder: ok, exit 0, the feed written, nothing else on standard output', async () => {
    const dir = await contentFolder({ 'items/01-a.md': itemFile('A') });
    const run = await herald(['build', '.', '-o', 'feed.json', '--json'], { cwd: dir });
    expect(JSON.parse(run.out)).toEqual({
      ok: true,
      errors: 0,
      warnings: 0,
      findings: [],
      examples: { passed: 0, failed: 0, failures: [] },
    });
    expect(JSON.parse(await readFile(join(dir, 'feed.json'), 'utf8')).items).toHaveLength(1);
    expect(run.code).toBe(0);
  });

  it('build --json gives a YAML error with its place and an empty path', async () => {
    const dir = await contentFolder({ 'items/01-a.md': '---\ntype: news\ntitle: [unclosed\n---\nText\n' });
    const run = await herald(['build', '.', '-o', 'feed.json', '--json'], { cwd: dir });
    const report = JSON.parse(run.out);
    expect(report.findings).toEqual([
      { severity: 'error', where: 'items/01-a.md:3', path: '', message: expect.stringMatching(/^not valid YAML: /) },
    ]);
    expect(run.code).toBe(1);
  });

  it('build --json without -o is a usage mistake: exit 2, a clear message, nothing on standard output', async () => {
    const dir = await contentFolder({ 'items/01-a.md': itemFile('A') });
    const run = await herald(['build', '.', '--json'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.out).toBe('');
    expect(run.err).toContain('--json prints the report on standard output, so the feed needs -o <file>');
  });
});
