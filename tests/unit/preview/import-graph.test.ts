// The issue asks that the preview page and the extension share one implementation of the policy engine and of
// composing a network's text: the page's bundle must be built from the very modules the extension runs.
import { join } from 'node:path';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { REPO } from '../cli/cli-harness';

async function pageInputs(): Promise<string[]> {
  const { metafile } = await build({
    entryPoints: [join(REPO, 'cli/preview-page/main.tsx')],
    bundle: true,
    write: false,
    metafile: true,
    format: 'esm',
    jsx: 'automatic',
    logLevel: 'silent',
    absWorkingDir: REPO,
    // Vite's "?inline" CSS: only whether it is imported matters here.
    plugins: [
      {
        name: 'inline-css',
        setup(build) {
          build.onResolve({ filter: /\?inline$/ }, ({ path }) => ({ path, external: true }));
        },
      },
    ],
    loader: { '.css': 'empty' },
  });
  return Object.keys(metafile.inputs);
}

describe('the preview page', () => {
  it('is built from the extension’s own composer, policy engine and composing of each network’s text', async () => {
    const inputs = await pageInputs();
    expect(inputs).toEqual(
      expect.arrayContaining([
        'utils/content/policy-assistant.ts',
        'utils/content/ui/policy-notes.ts',
        'utils/content/ui/underline-overlay.ts',
        'utils/content/textarea-mirror.ts',
        'utils/content/watch-composers.ts',
        'shared/policy/compile-policies.ts',
        'shared/share/compose-for-network.ts',
        'shared/share/with-utm.ts',
        'shared/policy/disclosure.ts',
        'shared/library/build-library.ts',
        'shared/sites/registry.ts',
      ]),
    );
  });

  it('needs no extension API: neither the extension’s storage nor wxt/browser', async () => {
    const inputs = await pageInputs();
    expect(
      inputs.filter((input) =>
        /utils\/storage|wxt\/|webextension-polyfill|utils\/content\/library-store\.ts$/.test(input),
      ),
    ).toEqual([]);
  });
});
