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

  it("stores metrics with serve --metrics and reports them, SQLite's wasm beside the bundle", async () => {
    const dir = await tempDir();
    const serve = spawn(process.execPath, [outfile, 'serve', dir, '-p', '0', '--metrics', 'metrics.db'], {
      cwd: dir,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const exited = new Promise<number | null>((resolve) => serve.on('close', resolve));
    let stdout = '';
    const url = await new Promise<string>((resolve, reject) => {
      serve.stdout.on('data', (chunk) => {
        stdout += chunk;
        const found = /http:\/\/127\.0\.0\.1:\d+\/metrics/.exec(stdout);
        if (found) resolve(found[0]);
      });
      serve.on('close', () => reject(new Error(`serve stopped: ${stdout}`)));
    });
    const count = { feed: 'lumen', item: 'series-b', phrasing: 2, network: 'linkedin', suggested: 6, inserted: 3 };
    const batch = {
      schema: 'herald-metrics/1',
      days: [
        {
          day: '2026-12-01',
          counts: [{ ...count, copied: 0, shared: 0, posted: 2, postedVerbatim: 1, postedEdited: 1 }],
        },
      ],
    };
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(batch),
    });
    expect(response.status).toBe(204);
    serve.kill('SIGINT');
    expect(await exited).toBe(0);
    const run = (...args: string[]) => promisify(execFile)(process.execPath, [outfile, ...args], { cwd: dir });
    const report = await run('report', 'metrics.db');
    expect(report.stdout).toMatch(/^lumen +series-b +2 +6 +3 +50% +2 +67% +1 +1 +50% +0 +0$/m);
    expect(JSON.parse((await run('report', 'metrics.db', '--json')).stdout).total.posted).toBe(2);
    await expect(run('report', 'missing.db')).rejects.toMatchObject({
      code: 1,
      stderr: expect.not.stringMatching(/\n\s+at /),
    });
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
