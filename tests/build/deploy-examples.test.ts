// docs/deploy.md shows IT three policy files; the managed-policy e2e test deploys one of them for real. These
// checks keep the page, the files and Herald's settings in step: the JSON on the page is the files' JSON,
// every setting Herald reads is in the examples, and the ids are the ones the builds have.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { readManagedConfig } from '../../shared/sync/managed-config';
import { managedStorageSchema } from '../../shared/sync/managed-storage-schema';
import { buildDir, readManifest } from './built-output';
import { UNPACKED_EXTENSION_ID } from './extension-id';

const managedSchema = managedStorageSchema();
const repoRoot = new URL('../..', import.meta.url).pathname;
const deployDoc = readFileSync(join(repoRoot, 'docs/deploy.md'), 'utf8');
const exampleNames = ['chromium-install-policy.json', 'chromium-managed-policy.json', 'firefox-policies.json'];
const example = (name: string) => JSON.parse(readFileSync(join(repoRoot, 'docs/examples', name), 'utf8'));

function firefoxAddonId(): string {
  const manifest = readManifest(buildDir('firefox-mv2', 'npm run build:firefox')) as {
    browser_specific_settings: { gecko: { id: string } };
  };
  return manifest.browser_specific_settings.gecko.id;
}

/** The JSON block that follows `<!-- docs/examples/<name> -->` on the page. */
function blockOnPage(name: string): unknown {
  const marker = `<!-- docs/examples/${name} -->\n\`\`\`json\n`;
  const start = deployDoc.indexOf(marker);
  if (start < 0) throw new Error(`docs/deploy.md does not show docs/examples/${name}`);
  const body = deployDoc.slice(start + marker.length, deployDoc.indexOf('\n```', start + marker.length));
  return JSON.parse(body);
}

describe('docs/deploy.md', () => {
  test.each(exampleNames)('shows docs/examples/%s as it is', (name) => {
    expect(blockOnPage(name)).toEqual(example(name));
  });

  test('names the unpacked id and the Firefox add-on id the builds have', () => {
    expect(deployDoc).toContain(`\`${UNPACKED_EXTENSION_ID}\``);
    expect(deployDoc).toContain(`\`${firefoxAddonId()}\``);
  });

  test('explains every setting in one line', () => {
    for (const key of Object.keys(managedSchema.properties))
      expect(deployDoc).toMatch(new RegExp(`^- \`${key}\`: `, 'm'));
  });
});

describe('the policy examples', () => {
  const chromium = example('chromium-managed-policy.json')['3rdparty'].extensions;
  const firefox = example('firefox-policies.json').policies;

  test('configure the unpacked build by its id, and install it under the same id', () => {
    expect(Object.keys(chromium)).toEqual([UNPACKED_EXTENSION_ID]);
    const install = example('chromium-install-policy.json').ExtensionSettings;
    expect(Object.keys(install)).toEqual([UNPACKED_EXTENSION_ID]);
    expect(install[UNPACKED_EXTENSION_ID]).toMatchObject({ installation_mode: 'force_installed' });
    expect(install[UNPACKED_EXTENSION_ID].update_url).toMatch(/^https:\/\//);
  });

  test('set every key of the managed schema, each one valid for Herald', () => {
    const config = chromium[UNPACKED_EXTENSION_ID];
    expect(Object.keys(config).sort()).toEqual(Object.keys(managedSchema.properties).sort());
    // readManagedConfig drops a malformed value silently: all five surviving means all five are well formed.
    expect(readManagedConfig(config)).toEqual(config);
  });

  test('give Firefox the same settings, installed and configured under the add-on id', () => {
    const firefoxId = firefoxAddonId();
    expect(Object.keys(firefox['3rdparty'].Extensions)).toEqual([firefoxId]);
    expect(Object.keys(firefox.ExtensionSettings)).toEqual([firefoxId]);
    expect(firefox.ExtensionSettings[firefoxId]).toMatchObject({ installation_mode: 'force_installed' });
    expect(firefox['3rdparty'].Extensions[firefoxId]).toEqual(chromium[UNPACKED_EXTENSION_ID]);
  });
});
