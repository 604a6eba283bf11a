import { defineConfig } from 'wxt';

// The content script runs on every page of three busy sites: its match list is the single source of
// truth for where Herald may run, and host permissions are derived from it.
export default defineConfig({
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill'],
  imports: false,
  manifest: ({ browser }) => ({
    name: 'Herald',
    description:
      'Approved talking points, one-click sharing and local policy checks while you post on LinkedIn, X and Facebook.',
    permissions: ['storage', 'alarms', 'unlimitedStorage'],
    optional_host_permissions: ['https://*/*', 'http://localhost/*', 'http://127.0.0.1/*'],
    storage: { managed_schema: 'managed-schema.json' },
    action: { default_title: 'Herald' },
    ...(browser === 'firefox'
      ? { browser_specific_settings: { gecko: { id: 'herald@herald.example', strict_min_version: '128.0' } } }
      : {}),
  }),
});
