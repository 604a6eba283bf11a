// The e2e specs check Herald against what shared/ computes (the expected insert, a profile's selectors), not
// against restated rules. shared/ imports twitter-text by a deep path that bundlers resolve and Node's ESM
// loader does not, so those modules are bundled with esbuild (already a dev dependency, ~100 ms) and loaded.
import { join } from 'node:path';
import { build } from 'esbuild';
import { repoRoot } from '../harness/paths.mjs';

type ComposeModule = typeof import('../../../shared/share/compose-for-network');
type RegistryModule = typeof import('../../../shared/sites/registry');
type ParseFeedModule = typeof import('../../../shared/feed/parse-feed');

const loaded = new Map<string, Promise<unknown>>();

function bundled<T>(path: string): Promise<T> {
  let module = loaded.get(path);
  if (!module) {
    module = build({
      entryPoints: [join(repoRoot, path)],
      bundle: true,
      write: false,
      format: 'esm',
      platform: 'node',
      logLevel: 'silent',
    }).then(({ outputFiles }) => {
      const code = outputFiles[0]?.text ?? '';
      return import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);
    });
    loaded.set(path, module);
  }
  return module as Promise<T>;
}

export async function composeForNetwork(...args: Parameters<ComposeModule['composeForNetwork']>) {
  return (await bundled<ComposeModule>('shared/share/compose-for-network.ts')).composeForNetwork(...args);
}

/** A network's profile, as the content script has it. */
export async function networkOf(...args: Parameters<RegistryModule['networkOf']>) {
  return (await bundled<RegistryModule>('shared/sites/registry.ts')).networkOf(...args);
}

export async function parseFeed(...args: Parameters<ParseFeedModule['parseFeed']>) {
  return (await bundled<ParseFeedModule>('shared/feed/parse-feed.ts')).parseFeed(...args);
}
