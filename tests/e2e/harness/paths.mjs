// Where the harness finds the built extension and the fixture pages, and how it builds them when missing.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
/**
 * The unpacked extension to load: the e2e build (`npm run build:e2e`), the shipped one plus the origins
 * headless Chromium cannot be asked for (wxt.config.ts; tests/build/manifest.test.ts checks that is the only
 * difference). HERALD_EXTENSION_DIR points elsewhere (a stub, an older build).
 */
export const extensionDir = process.env.HERALD_EXTENSION_DIR
  ? resolve(process.env.HERALD_EXTENSION_DIR)
  : join(repoRoot, '.output/chrome-mv3-e2e');
export const fixturesDist = join(repoRoot, 'tests/fixtures/dist');

/** Builds the extension and the fixture pages if a previous build is not there; never rebuilds needlessly. */
export function ensureBuilt() {
  if (!existsSync(join(extensionDir, 'manifest.json'))) {
    execFileSync('npm', ['run', 'build:e2e'], { cwd: repoRoot, stdio: 'inherit' });
  }
  if (!existsSync(join(fixturesDist, 'linkedin.html'))) {
    execFileSync('node', ['tests/fixtures/build-fixtures.mjs'], { cwd: repoRoot, stdio: 'inherit' });
  }
}
