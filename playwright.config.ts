import { defineConfig } from '@playwright/test';

const onCI = !!process.env.CI;

// The browser is launched by tests/e2e/fixtures.ts (a persistent context with Herald loaded, one per worker,
// reset between tests), so no `projects`/`use.browserName` here. Two workers, one per core; a spec's tests
// spread over both (docs/testing.md).
export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  forbidOnly: onCI,
  retries: onCI ? 1 : 0,
  reporter: 'list',
  timeout: 45_000,
  expect: { timeout: 7_000 },
  use: {
    actionTimeout: 10_000,
    navigationTimeout: 20_000,
    trace: onCI ? 'retain-on-failure' : 'off',
    screenshot: 'only-on-failure',
  },
});
