// A real Chromium machine policy for Herald, as IT's configuration management writes one (docs/deploy.md):
// a file in /etc/chromium/policies/managed naming this run's copy of the build. Writing there needs root (CI
// runs as root); a spec asks `cannotWritePolicy()` first and skips with its reason elsewhere. The file is
// machine-wide, so each run's copy of the build gets a key of its own: the policy reaches that Chromium's
// Herald only, never another Herald being tested or used on the same machine at the same time.
import { generateKeyPairSync } from 'node:crypto';
import { accessSync, constants, cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromiumExtensionId } from '../../build/extension-id';
import { chromiumExecutable } from './launch-herald.mjs';
import { ensureBuilt, extensionDir } from './paths.mjs';

export const policyDir = '/etc/chromium/policies/managed';

/** Why this machine cannot run a policy test, or undefined when it can. */
export function cannotWritePolicy(): string | undefined {
  if (!chromiumExecutable()) return "Playwright's own Chromium reads policy from elsewhere: install Debian's chromium";
  try {
    mkdirSync(policyDir, { recursive: true });
    accessSync(policyDir, constants.W_OK);
    return undefined;
  } catch {
    return `writing Chromium's machine policy in ${policyDir} needs root (CI runs as root)`;
  }
}

/** A copy of the e2e build in `work` with a key of its own; its id is known before Chromium starts. */
export function buildWithOwnId(work: string): { id: string; extensionDir: string } {
  ensureBuilt();
  const ourBuild = join(work, 'extension');
  cpSync(extensionDir, ourBuild, { recursive: true });
  const manifestPath = join(ourBuild, 'manifest.json');
  const key = generateKeyPairSync('rsa', { modulusLength: 2048 })
    .publicKey.export({ type: 'spki', format: 'der' })
    .toString('base64');
  writeFileSync(manifestPath, JSON.stringify({ ...JSON.parse(readFileSync(manifestPath, 'utf8')), key }));
  return { id: chromiumExtensionId(key), extensionDir: ourBuild };
}

/**
 * Writes `policy` (top-level policies: `3rdparty`, …) as this id's file in the policy folder, before the
 * browser starts; returns what removes it.
 */
export function writeMachinePolicy(id: string, policy: Record<string, unknown>): () => void {
  const file = join(policyDir, `herald-e2e-${id}.json`);
  writeFileSync(file, JSON.stringify(policy, null, 2));
  return () => rmSync(file, { force: true });
}

/** The `3rdparty` policy that configures the extension `id` with Herald's managed settings. */
export const heraldPolicy = (id: string, config: Record<string, unknown>) => ({
  '3rdparty': { extensions: { [id]: config } },
});
