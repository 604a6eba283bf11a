import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { defineConfig } from 'wxt';
import { feedJsonSchema } from './shared/feed/json-schema';
import { managedStorageSchema } from './shared/sync/managed-storage-schema';

/**
 * The public half of an RSA key: it fixes the id of the unpacked Chromium build
 * (ddhikhkpeikdcceemhnkhcphfkhmlmlg), so IT can write policy for it before anything is installed. The
 * private half was never kept: nothing is signed with it. `wxt zip` takes it out of the archive it makes,
 * as the Chrome Web Store rejects a manifest with a `key` and gives the extension its own id.
 */
const UNPACKED_PUBLIC_KEY =
  'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA3EexOTyyAW+bKV4e0yyWh8tDmFq2PKXIumbZpULGEEdEM1UNYkpa2re3aHBt6v8rDXqsEh4/NH0hREwH+wFxArXr9UoWCvriM7CVso1UpQa+UJSGxvS8X0uc6J1slBWPBVQe1tV5DzpmtC/nSG1p/+Rd7Zb1QDRm873xA3C5PHZ63Fw8/TpMHlSRFmFoJVqkpFjnxRH17ghFFaUt+pwpPyBdvZsgHjeUgD8mnaG8FfDt8sEdmP0elso7a0aieL8zhQDiGrfRsD9bXLrzyUEGmoIrX0+YP45whLCiHpatcm12S+7NUqsCWwOiyys1x3evBWBSPWCOnXhH0WlNApK8EQIDAQAB';

async function rewriteManifest(
  outDir: string,
  change: (manifest: Record<string, unknown>) => Record<string, unknown>,
): Promise<void> {
  const path = join(outDir, 'manifest.json');
  await writeFile(path, JSON.stringify(change(JSON.parse(await readFile(path, 'utf8')))));
}

const E2E_GRANTED_ORIGINS = ['http://127.0.0.1/*', 'https://social.lumen.example/*'];

const USER_FEED_ORIGINS = ['https://*/*', 'http://localhost/*', 'http://127.0.0.1/*'];

/** Only the extension's own bundled scripts run in its pages: no eval, no remote code, no plugins, no framing. */
const EXTENSION_PAGES_CSP = "script-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'";

// The content script runs on every page of three busy sites: its match list is the single source of
// truth for where Herald may run, and host permissions are derived from it.
export default defineConfig({
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill'],
  imports: false,
  // AMO reviewers rebuild the Firefox add-on from the sources zip: sources only, no build output.
  zip: { excludeSources: ['tests/fixtures/dist/**', 'cli/dist/**', 'demo-output/**', 'test-results/**'] },
  hooks: {
    // `wxt zip` builds, then archives the build: the archive leaves the key out, the folder keeps it.
    'zip:extension:start': (wxt) => rewriteManifest(wxt.config.outDir, ({ key: _key, ...manifest }) => manifest),
    'zip:extension:done': (wxt) =>
      rewriteManifest(wxt.config.outDir, (manifest) =>
        wxt.config.browser === 'firefox' ? manifest : { ...manifest, key: UNPACKED_PUBLIC_KEY },
      ),
    // The feed's JSON Schema ships inside the extension too, generated from the same zod schema; the managed
    // storage schema from the keys Herald reads, its network lists from the registry.
    'build:publicAssets': (_wxt, assets) => {
      assets.push({ relativeDest: 'feed.schema.json', contents: `${JSON.stringify(feedJsonSchema(), null, 2)}\n` });
      assets.push({
        relativeDest: 'managed-schema.json',
        contents: `${JSON.stringify(managedStorageSchema(), null, 2)}\n`,
      });
    },
  },
  manifest: ({ browser, mode }) => ({
    name: 'Herald',
    description:
      'Approved talking points, one-click sharing and local policy checks while you post on social networks.',
    // unlimitedStorage: the last good copy of a large company feed (thousands of items with their search
    // index) can outgrow storage.local's 10 MB quota, and a full quota would lose the offline copy.
    // scripting: Herald's content script is registered at run time on the Mastodon servers an employee or
    // IT names, which live on any domain and cannot be listed in the manifest.
    permissions: ['storage', 'alarms', 'unlimitedStorage', 'scripting'],
    // Asked for one origin at a time, when an employee adds a feed. Firefox's MV2 build lists them under
    // optional_permissions: WXT drops the MV3-only key there instead of converting it.
    ...(browser === 'firefox'
      ? { optional_permissions: USER_FEED_ORIGINS }
      : { optional_host_permissions: USER_FEED_ORIGINS }),
    // Test build only (`wxt build --mode e2e` -> .output/chrome-mv3-e2e): headless Chromium shows the
    // permission prompt where no one can answer it and `permissions.request` never settles; an origin
    // granted up front resolves it at once, so the e2e tests can add a feed served on 127.0.0.1 and the
    // Mastodon playground's server (tests/e2e/harness/route-sites.mjs).
    ...(mode === 'e2e' ? { host_permissions: E2E_GRANTED_ORIGINS } : {}),
    storage: { managed_schema: 'managed-schema.json' },
    action: { default_title: 'Herald' },
    // WXT turns this into MV2's plain string for Firefox, and widens it only for its dev server.
    content_security_policy: { extension_pages: EXTENSION_PAGES_CSP },
    ...(browser === 'firefox' ? {} : { key: UNPACKED_PUBLIC_KEY }),
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'herald@herald.example',
              // 140 is the current ESR, and the first to read data_collection_permissions.
              strict_min_version: '140.0',
              // Drafts never leave the browser: nothing is required. Usage counts, only where IT turns them on
              // (docs/metrics.md), are technical and interaction data: sent only once the user allows them.
              data_collection_permissions: { required: ['none'], optional: ['technicalAndInteraction'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
