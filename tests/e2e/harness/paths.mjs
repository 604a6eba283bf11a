// Where the harness finds the built extension and the fixture pages, and how it builds them when missing.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
export const extensionDir = join(repoRoot, '.output/chrome-mv3');
export const fixturesDist = join(repoRoot, 'tests/fixtures/dist');

/** Builds the extension and the fixture pages if a previous build is not there; never rebuilds needlessly. */
export function ensureBuilt() {
  if (!existsSync(join(extensionDir, 'manifest.json'))) {
    execFileSync('npm', ['run', 'build'], { cwd: repoRoot, stdio: 'inherit' });
  }
  if (!existsSync(join(fixturesDist, 'linkedin.html'))) {
    execFileSync('node', ['tests/fixtures/build-fixtures.mjs'], { cwd: repoRoot, stdio: 'inherit' });
  }
}
