import { execFile, spawn } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO, tempDirsRemovedAfterEach } from './cli-harness';

const tempDir = tempDirsRemovedAfterEach();

describe('the bundled herald-feed', () => {
  let bundleDir = '';
  let outfile = '';
  beforeAll(async () => {
    bundleDir = await mkdtemp(join(tmpdir(), 'herald-feed-bundle-'));
    outfile = join(bundleDir, 'herald-feed.mjs');
    // The same settings as cli/build.mjs, into a temporary file so the test never touches cli/dist.
    const { default: buildOptions } = await import('../../../cli/build-options.mjs');
    await build({ ...buildOptions, outfile, logLevel: 'silent' });
  }, 30_000);
  afterAll(() => rm(bundleDir, { recursive: true, force: true }));

  it('runs on plain Node with its dependencies inside: validate and build work from the bundle', async () => {
    const run = (...args: string[]) => promisify(execFile)(process.execPath, [outfile, ...args], { cwd: REPO });
    const validate = await run('validate', 'shared/feed/demo-feed.json');
    expect(validate.stdout).toContain('0 errors, 0 warnings');
    const built = await run('build', 'examples/feed');
    expect(JSON.parse(built.stdout).items).toHaveLength(10);
    await expect(run('validate', 'missing.json')).rejects.toMatchObject({ code: 1 });
  }, 30_000);

  it('stops quietly when the reader closes the pipe early (| head), without a stack trace', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, 'feed.yml'), 'version: 1\npublisher:\n  id: lumen\n  name: Lumen\n');
    await mkdir(join(dir, 'items'));
    // A feed far bigger than a pipe's buffer, so the writer is still writing when the reader goes.
    const text = 'A short talking point. '.repeat(10).trim();
    await Promise.all(
      Array.from({ length: 1_500 }, (_, i) =>
        writeFile(join(dir, 'items', `${i}-item-${i}.md`), `---\ntype: talking-point\ntitle: T${i}\n---\n${text}\n`),
      ),
    );
    const child = spawn(process.execPath, [outfile, 'build', dir], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
    });
    child.stdout.once('data', () => child.stdout.destroy());
    await new Promise((resolve) => child.on('close', resolve));
    expect(stderr).toContain('0 errors');
    expect(stderr).not.toMatch(/EPIPE|\n\s+at /);
  }, 30_000);
});
