import { defineConfig } from 'wxt';
import { feedJsonSchema } from './shared/feed/json-schema';

// The content script runs on every page of three busy sites: its match list is the single source of
// truth for where Herald may run, and host permissions are derived from it.
export default defineConfig({
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill'],
  imports: false,
  hooks: {
    // The feed's JSON Schema ships inside the extension too, generated from the same zod schema.
    'build:publicAssets': (_wxt, assets) => {
      assets.push({ relativeDest: 'feed.schema.json', contents: `${JSON.stringify(feedJsonSchema(), null, 2)}\n` });
    },
  },
  manifest: ({ browser, mode }) => ({
    name: 'Herald',
    description:
      'Approved talking points, one-click sharing and local policy checks while you post on LinkedIn, X and Facebook.',
    permissions: ['storage', 'alarms', 'unlimitedStorage'],
    optional_host_permissions: ['https://*/*', 'http://localhost/*', 'http://127.0.0.1/*'],
    // Test build only (`wxt build --mode e2e` -> .output/chrome-mv3-e2e): headless Chromium shows the
    // permission prompt where no one can answer it and `permissions.request` never settles; an origin
    // granted up front resolves it at once, so the e2e feed test can add a feed served on 127.0.0.1.
    ...(mode === 'e2e' ? { host_permissions: ['http://127.0.0.1/*'] } : {}),
    storage: { managed_schema: 'managed-schema.json' },
    action: { default_title: 'Herald' },
    ...(browser === 'firefox'
      ? { browser_specific_settings: { gecko: { id: 'herald@herald.example', strict_min_version: '128.0' } } }
      : {}),
  }),
});
