import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { tempDirsRemovedAfterEach } from './cli-harness';

export const FEED_YML = 'version: 1\npublisher:\n  id: lumen\n  name: Lumen\n';

export const itemFile = (title: string, extra = '') =>
  `---\ntype: talking-point\ntitle: ${title}\n${extra}---\nText.\n`;

/** Call at the top of a test file: writes content folders (path → text) in temporary folders removed after each test. */
export function contentFolders(): (files: Record<string, string | Uint8Array>) => Promise<string> {
  const tempDir = tempDirsRemovedAfterEach();
  return async (files) => {
    const dir = await tempDir();
    for (const [path, content] of Object.entries({ 'feed.yml': FEED_YML, ...files })) {
      await mkdir(join(dir, path, '..'), { recursive: true });
      await writeFile(join(dir, path), content);
    }
    return dir;
  };
}
