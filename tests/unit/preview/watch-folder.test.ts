import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { watchContentFolder } from '../../../cli/src/preview/watch-folder';
import { tempDirsRemovedAfterEach } from '../cli/cli-harness';

const tempDir = tempDirsRemovedAfterEach();
let stop: (() => void) | undefined;
afterEach(() => stop?.());

/** Watches `dir`; each call of `next()` resolves at the next change reported. */
function watched(dir: string) {
  let waiting: (() => void) | undefined;
  let changes = 0;
  const watcher = watchContentFolder(
    dir,
    () => {
      changes++;
      waiting?.();
    },
    10,
  );
  stop = watcher.close;
  return {
    next: () =>
      new Promise<void>((resolve) => {
        waiting = resolve;
      }),
    changes: () => changes,
  };
}

describe('watchContentFolder', () => {
  it('reports a change to feed.yml, and to a file in items/ and policies/', async () => {
    const dir = await tempDir();
    await mkdir(join(dir, 'items'));
    await mkdir(join(dir, 'policies'));
    const folder = watched(dir);
    for (const file of ['feed.yml', 'items/01-a.md', 'policies/01-p.yml']) {
      const changed = folder.next();
      await writeFile(join(dir, file), 'x');
      await changed;
    }
    expect(folder.changes()).toBeGreaterThanOrEqual(3);
  });

  it('watches items/ created after the start', async () => {
    const dir = await tempDir();
    const folder = watched(dir);
    const created = folder.next();
    await mkdir(join(dir, 'items'));
    await created;
    const inside = folder.next();
    await writeFile(join(dir, 'items/01-a.md'), 'x');
    await inside;
    expect(folder.changes()).toBeGreaterThanOrEqual(2);
  });
});
