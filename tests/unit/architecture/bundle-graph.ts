import { join } from 'node:path';
import { build } from 'esbuild';

export const REPO = join(import.meta.dirname, '../../..');

export interface BundleGraph {
  /** The project's own modules the program is built from, relative to the repository root. */
  modules: string[];
  /** The packages and package paths it imports ('react', 'wxt/browser'). */
  packages: string[];
}

/** What a program (the content script, the CLI, the preview page) is made of, read from esbuild's metafile. */
export async function bundleGraph(entry: string): Promise<BundleGraph> {
  const { metafile } = await build({
    entryPoints: [join(REPO, entry)],
    bundle: true,
    write: false,
    metafile: true,
    format: 'esm',
    platform: 'neutral',
    jsx: 'automatic',
    logLevel: 'silent',
    absWorkingDir: REPO,
    // Which of our modules a program holds is the question; packages are listed, not followed.
    packages: 'external',
    external: ['node:*'],
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
  const packages = new Set<string>();
  for (const input of Object.values(metafile.inputs)) {
    for (const imported of input.imports) if (imported.external) packages.add(imported.path);
  }
  return { modules: Object.keys(metafile.inputs), packages: [...packages] };
}
