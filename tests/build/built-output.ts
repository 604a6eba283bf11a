import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

export const outputDir = new URL('../../.output/', import.meta.url).pathname;

/** A built extension folder, or a clear failure telling which npm script makes it. */
export function buildDir(name: string, script: string): string {
  const dir = join(outputDir, name);
  if (!existsSync(join(dir, 'manifest.json'))) throw new Error(`No build in .output/${name}: run \`${script}\` first.`);
  return dir;
}

export function readManifest(dir: string): Record<string, unknown> {
  return JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
}

/** Every file under `dir` with one of the extensions, as paths relative to `dir`. */
export function filesUnder(dir: string, extensions: readonly string[]): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && extensions.some((extension) => entry.name.endsWith(extension)))
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)));
}
