// How the CLI is bundled: one ES module file that Node 20 runs without TypeScript or node_modules.
// Shared by build.mjs and the test that builds and runs the bundle.

import { copyFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

// SQLite for `serve --metrics` and `report` is sql.js's WebAssembly build: its .wasm file goes beside the bundle,
// where cli/src/metrics/load-sql.ts looks first, so the bundle needs no node_modules.
const SQL_WASM = createRequire(import.meta.url).resolve('sql.js/dist/sql-wasm.wasm');

/** @type {import('esbuild').Plugin} */
const copySqlWasm = {
  name: 'copy-sql-wasm',
  setup(build) {
    build.onEnd(async (result) => {
      const outfile = build.initialOptions.outfile;
      if (result.errors.length === 0 && outfile) await copyFile(SQL_WASM, join(dirname(outfile), 'sql-wasm.wasm'));
    });
  },
};

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
  // sql.js (CommonJS) reads __dirname, which an ES module does not have.
  define: { __dirname: 'import.meta.dirname' },
  plugins: [copySqlWasm],
  legalComments: 'none',
  logLevel: 'warning',
};
