// No remote code and no string evaluation in what ships. The CSP forbids both at run time; this test finds
// them in the bundles, so a dependency that starts needing `eval` shows up at build time and not as a
// blank popup. Mozilla's linter (npm run lint:firefox) flags the same allowed sites below as warnings.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { buildDir, filesUnder } from './built-output';

/** The only calls of the Function constructor allowed in the bundles, each dead or harmless under the CSP. */
const ALLOWED_FUNCTION_CALLS = [
  // core-js 2 (through twitter-text) finding the global object: `window` or `self` always exists in an
  // extension, so the Function branch never runs.
  { name: 'core-js global lookup', pattern: /self\.Math==Math\?self:Function\(`return this`\)\(\)/ },
  // zod 4 probing once whether it may compile parsers; the CSP makes the probe throw, the catch answers
  // false, and zod parses without generated code.
  { name: 'zod allowsEval probe', pattern: /try\{return Function\(``\),!0\}catch\{return!1\}/ },
];

/**
 * `innerHTML` is written with a constant, or by react-dom for `dangerouslySetInnerHTML`, which Herald never
 * uses (Mozilla's linter warns about the latter: UNSAFE_VAR_ASSIGNMENT).
 */
const ALLOWED_INNER_HTML = [/\.innerHTML=`[^`$]*`/, /o\?\.__html!==n&&\(e\.innerHTML=n\)/];

/** Each place `code` matches `site`, with 40 characters either side to match against the allow-list. */
function sitesOf(code: string, site: RegExp): string[] {
  return [...code.matchAll(site)].map((match) => code.slice(Math.max(0, match.index - 40), match.index + 40));
}

const builds = [
  { name: 'chrome-mv3', script: 'npm run build' },
  { name: 'firefox-mv2', script: 'npm run build:firefox' },
];

for (const build of builds) {
  describe(`.output/${build.name}`, () => {
    const dir = buildDir(build.name, build.script);
    const scripts = filesUnder(dir, ['.js']).map((file) => ({ file, code: readFileSync(join(dir, file), 'utf8') }));

    test('has bundles to check', () => {
      expect(scripts.map((script) => script.file)).toEqual(
        expect.arrayContaining(['background.js', 'content-scripts/content.js']),
      );
    });

    test('never calls eval, and calls the Function constructor only where the allow-list says why', () => {
      const found = scripts.flatMap(({ file, code }) => [
        ...sitesOf(code, /(?<![\w$.])eval\s*\(/g).map((context) => ({ file, context, name: 'eval' })),
        ...sitesOf(code, /(?<![\w$.])Function\s*\(/g).map((context) => ({
          file,
          context,
          name: ALLOWED_FUNCTION_CALLS.find((allowed) => allowed.pattern.test(context))?.name ?? 'unexplained',
        })),
      ]);
      expect(found.filter((site) => site.name === 'eval' || site.name === 'unexplained')).toEqual([]);
      // The allow-list stays honest: an entry no bundle needs any more is removed.
      for (const allowed of ALLOWED_FUNCTION_CALLS) expect(found.map((site) => site.name)).toContain(allowed.name);
    });

    test('loads no script from anywhere but its own files', () => {
      const remote = scripts.flatMap(({ file, code }) =>
        sitesOf(code, /importScripts\s*\(|import\s*\(\s*[`'"]https?:/g).map((context) => ({ file, context })),
      );
      expect(remote).toEqual([]);
      for (const page of filesUnder(dir, ['.html'])) {
        const sources = [...readFileSync(join(dir, page), 'utf8').matchAll(/<script[^>]*\bsrc="([^"]+)"/g)];
        expect(sources.length).toBeGreaterThan(0);
        for (const [, src] of sources) expect(src, page).toMatch(/^\/[\w/.-]+\.js$/);
      }
    });

    test('writes innerHTML only with constants or inside react-dom', () => {
      const writes = scripts.flatMap(({ file, code }) =>
        sitesOf(code, /\.innerHTML\s*=(?!=)/g)
          .filter((context) => !ALLOWED_INNER_HTML.some((allowed) => allowed.test(context)))
          .map((context) => ({ file, context })),
      );
      expect(writes).toEqual([]);
    });
  });
}
