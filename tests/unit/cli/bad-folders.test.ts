import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CliIo } from '../../../cli/src/io';
import { runCli } from '../../../cli/src/run-cli';
import { herald, REPO } from './cli-harness';
import { contentFolders, itemFile } from './content-folder-fixture';

const contentFolder = contentFolders();

/** Every line a bad folder prints: errors, the count, "no feed written"; never a stack frame. */
async function buildFails(files: Record<string, string>) {
  const dir = await contentFolder(files);
  const run = await herald(['build', '.', '-o', 'feed.json'], { cwd: dir });
  expect(run.code).toBe(1);
  expect(`${run.out}\n${run.err}`).not.toMatch(/\n\s+at /);
  return { ...run, errors: run.out.split('\n').filter((line) => line.startsWith('error')), dir };
}

describe('herald-feed build on a bad folder: one clear message each, with file and line', () => {
  it('a YAML syntax error that confuses the rest of the file is one message, not a cascade', async () => {
    const { errors } = await buildFails({ 'items/01-a.md': '---\ntype: news\n  title: 2\nurl: "x\n---\nText\n' });
    expect(errors).toEqual([expect.stringMatching(/^error {3}items\/01-a\.md:\d+: not valid YAML: /)]);
  });

  it.each([
    ['a value with ": " in it', 'title: Report: 38% less\n', 3, 'a value with ": " in it needs quotes'],
    ['a hashtag with # in a list', 'title: T\nhashtags: [#Lumen]\n', 4, 'a value with "#" in it needs quotes'],
    ['a line without a colon', 'title T\n', 3, 'is a colon missing?'],
    ['a field given twice', 'title: T\ntitle: U\n', 4, 'this field is given twice'],
    ['a value starting with *', 'title: *star\n', 3, 'a value that starts with @, `, * or & needs quotes'],
  ])('a YAML mistake, %s, says what to do, on its line', async (_name, yaml, line, hint) => {
    const { errors } = await buildFails({ 'items/01-a.md': `---\ntype: talking-point\n${yaml}---\nText\n` });
    expect(errors).toEqual([expect.stringMatching(new RegExp(`^error {3}items/01-a\\.md:${line}: not valid YAML: `))]);
    expect(errors[0]).toContain(hint);
  });

  it('a YAML error in each of two files: one message for each', async () => {
    const { errors } = await buildFails({
      'items/01-a.md': '---\ntitle: [a\n---\nText\n',
      'policies/p.yml': 'id: p\n\tseverity: warn\n',
    });
    expect(errors).toEqual([
      expect.stringMatching(/items\/01-a\.md:\d+: not valid YAML/),
      expect.stringMatching(/policies\/p\.yml:2: not valid YAML/),
    ]);
  });

  it('a duplicate item id in two files names both places', async () => {
    const { errors } = await buildFails({
      'items/01-a.md': itemFile('A', 'id: x\n'),
      'items/05-b.md': itemFile('B', 'id: x\n'),
    });
    expect(errors).toEqual(['error   items/05-b.md:4: items[1].id: duplicate id "x" (also items/01-a.md:4)']);
  });

  it('an id that comes from the file name is on line 1', async () => {
    const { errors } = await buildFails({ 'items/01-x.md': itemFile('A'), 'items/05-b.md': itemFile('B', 'id: x\n') });
    expect(errors).toEqual(['error   items/05-b.md:4: items[1].id: duplicate id "x" (also items/01-x.md:1)']);
  });

  it('a duplicate policy id in two files names both places', async () => {
    const policy = (id: string) => `- id: ${id}\n  severity: warn\n  message: M\n  terms: [a]\n`;
    const { errors } = await buildFails({
      'policies/a.yml': policy('p'),
      'policies/b.yml': `${policy('q')}${policy('p')}`,
    });
    expect(errors).toEqual(['error   policies/b.yml:5: policies[2].id: duplicate id "p" (also policies/a.yml:1)']);
  });

  it('a missing folder', async () => {
    const dir = await contentFolder({});
    const run = await herald(['build', 'no-such-folder', '-o', 'feed.json'], { cwd: dir });
    expect(run.out).toContain('error   no-such-folder: no such folder');
    expect(run.code).toBe(1);
  });

  it('a folder without feed.yml', async () => {
    const dir = await contentFolder({ 'content/items/01-a.md': itemFile('A') });
    const run = await herald(['build', 'content', '-o', 'feed.json'], { cwd: dir });
    expect(run.out).toMatch(/^error {3}.*content: no feed\.yml/m);
    expect(run.code).toBe(1);
  });

  it('a file that cannot be read, by its name', async () => {
    const dir = await contentFolder({ 'items/01-a.md': itemFile('A') });
    // A folder named like an item: reading it fails (EISDIR) whoever runs the test, root included.
    await mkdir(join(dir, 'items/02-b.md'));
    const run = await herald(['build', '.', '-o', 'feed.json'], { cwd: dir });
    expect(run.out).toContain('error   items/02-b.md: cannot read this file (EISDIR)');
    expect(run.code).toBe(1);
  });

  it('a feed that cannot be written, in one line', async () => {
    const dir = await contentFolder({ 'items/01-a.md': itemFile('A') });
    const run = await herald(['build', '.', '-o', 'items/01-a.md/feed.json'], { cwd: dir });
    expect(run.out).toContain('cannot write items/01-a.md/feed.json: a file is in the way of its folder');
    expect(run.code).toBe(1);
  });
});

describe('a file a command cannot write', () => {
  it('is one line naming the file, exit 1, not an internal error', async () => {
    const dir = await contentFolder({});
    const run = await herald(['schema', '-o', 'feed.yml/schema.json'], { cwd: dir });
    expect(run.err).toBe('error: feed.yml/schema.json: a file is in the way of its folder');
    expect(run.code).toBe(1);
  });
});

describe('an internal error (a bug in herald-feed)', () => {
  async function runWithBug(debug: boolean) {
    const err: string[] = [];
    const io: CliIo = {
      out: () => undefined,
      err: (line) => err.push(line),
      color: false,
      cwd: REPO,
      now: () => {
        throw new TypeError('clock exploded');
      },
      debug,
    };
    const code = await runCli(['build', 'examples/feed', '-o', '/dev/null'], io);
    return { code, err: err.join('\n') };
  }

  it('prints one line asking to report it, exit 1, no stack', async () => {
    const run = await runWithBug(false);
    expect(run.err).toBe('herald-feed: internal error: clock exploded (please report this)');
    expect(run.code).toBe(1);
  });

  it('prints the stack under HERALD_DEBUG=1', async () => {
    const run = await runWithBug(true);
    expect(run.err).toMatch(/^herald-feed: internal error: clock exploded \(please report this\)\nTypeError: clock/);
    expect(run.err).toMatch(/\n\s+at /);
  });
});
