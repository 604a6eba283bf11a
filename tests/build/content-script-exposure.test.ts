// What the built content script leaves within a page's reach. Herald's UI is in a closed shadow root in every
// build that ships (Chrome and Firefox), so site scripts cannot read the policy notes or press its buttons;
// only the e2e build opens it, for the Playwright helpers. Nothing posts a message naming the extension.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { buildDir } from './built-output';

const contentScript = (name: string, script: string) =>
  readFileSync(join(buildDir(name, script), 'content-scripts/content.js'), 'utf8');

/** Every shadow root the script attaches, by the mode it asks for. */
const shadowModes = (code: string) =>
  [...code.matchAll(/attachShadow\(\{mode:\s*[`'"](\w+)[`'"]\}\)/g)].map((m) => m[1]);

describe.each([
  ['chrome-mv3', 'npm run build'],
  ['firefox-mv2', 'npm run build:firefox'],
])('the shipped content script (.output/%s)', (name, script) => {
  const code = contentScript(name, script);

  test("attaches Herald's UI to a closed shadow root, and no open one", () => {
    expect(shadowModes(code)).toEqual(['closed']);
  });

  test("turns off WXT's content-script-started postMessage, which carries the extension id", () => {
    // WXT keeps the call behind this option (wxt/utils/content-script-context): the entrypoint must set it.
    expect(code).toMatch(/noScriptStartedPostMessage:\s*(!0|true)/);
  });

  test('registers nothing with the CSS Custom Highlight API, which page scripts can enumerate', () => {
    expect(code).not.toMatch(/CSS\.highlights|new Highlight\(/);
  });
});

test('the e2e build alone opens the shadow root, for the Playwright helpers that read the UI', () => {
  expect(shadowModes(contentScript('chrome-mv3-e2e', 'npm run build:e2e'))).toEqual(['open']);
});
