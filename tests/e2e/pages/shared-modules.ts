// The expected insert is what shared/share/compose-for-network.ts gives. That module imports twitter-text
// by a deep path that bundlers resolve and Node's ESM loader does not, so the tests bundle it with
// esbuild (already a dev dependency, ~100 ms) instead of restating its layout rules.
import { join } from 'node:path';
import { build } from 'esbuild';
import { repoRoot } from '../harness/paths.mjs';

type ComposeModule = typeof import('../../../shared/share/compose-for-network');

let loaded: Promise<ComposeModule> | undefined;

async function bundle(): Promise<ComposeModule> {
  const result = await build({
    entryPoints: [join(repoRoot, 'shared/share/compose-for-network.ts')],
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'node',
    logLevel: 'silent',
  });
  const code = result.outputFiles[0]?.text ?? '';
  return import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);
}

export async function composeForNetwork(...args: Parameters<ComposeModule['composeForNetwork']>) {
  loaded ??= bundle();
  return (await loaded).composeForNetwork(...args);
}
