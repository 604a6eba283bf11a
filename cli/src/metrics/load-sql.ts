import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
// Not `{ createRequire }`: the bundle's banner declares that name already (cli/build-options.mjs).
import * as nodeModule from 'node:module';
import { join } from 'node:path';
import initSqlJs, { type SqlJsStatic } from 'sql.js';

const WASM = 'sql-wasm.wasm';

/**
 * SQLite compiled to WebAssembly, so the CLI needs no native build. The bundle has the wasm file beside it
 * (cli/build-options.mjs copies it into cli/dist); run from source, it is in node_modules.
 */
function wasmPath(): string {
  const beside = join(import.meta.dirname, WASM);
  if (existsSync(beside)) return beside;
  try {
    return nodeModule.createRequire(import.meta.url).resolve(`sql.js/dist/${WASM}`);
  } catch {
    throw new Error(`${WASM} is missing beside ${import.meta.dirname}: run "npm run build:cli"`);
  }
}

let loading: Promise<SqlJsStatic> | undefined;

export function loadSql(): Promise<SqlJsStatic> {
  loading ??= readFile(wasmPath()).then((wasmBinary) => initSqlJs({ wasmBinary }));
  return loading;
}
