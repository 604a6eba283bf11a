// How the CLI is bundled: one ES module file that Node 20 runs without TypeScript or node_modules.
// Shared by build.mjs and the test that builds and runs the bundle.

import { fileURLToPath } from 'node:url';

/** @type {import('esbuild').BuildOptions} */
export default {
  entryPoints: [fileURLToPath(new URL('./src/main.ts', import.meta.url))],
  outfile: fileURLToPath(new URL('./dist/herald-feed.mjs', import.meta.url)),
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  // twitter-text's CommonJS dependencies call require(); an ES module has none of its own.
  banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" },
  legalComments: 'none',
  logLevel: 'warning',
};
