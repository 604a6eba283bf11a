import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { REPO, tempDirsRemovedAfterEach } from './cli-harness';

const tempDir = tempDirsRemovedAfterEach();

describe('the bundled herald-feed', () => {
  it('runs on plain Node with its dependencies inside: validate and build work from the bundle', async () => {
    const outfile = join(await tempDir(), 'herald-feed.mjs');
    // The same settings as cli/build.mjs, into a temporary file so the test never touches cli/dist.
    const { default: buildOptions } = await import('../../../cli/build-options.mjs');
    await build({ ...buildOptions, outfile, logLevel: 'silent' });
    const run = (...args: string[]) => promisify(execFile)(process.execPath, [outfile, ...args], { cwd: REPO });
    const validate = await run('validate', 'shared/feed/demo-feed.json');
    expect(validate.stdout).toContain('0 errors, 0 warnings');
    const built = await run('build', 'examples/feed');
    expect(JSON.parse(built.stdout).items).toHaveLength(10);
    await expect(run('validate', 'missing.json')).rejects.toMatchObject({ code: 1 });
  }, 30_000);
});
