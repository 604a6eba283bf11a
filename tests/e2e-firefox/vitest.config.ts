import { defineConfig } from 'vitest/config';

// The Firefox suite (`npm run test:firefox`): one Firefox for the whole run, so one file at a time.
export default defineConfig({
  test: {
    root: new URL('../..', import.meta.url).pathname,
    include: ['tests/e2e-firefox/**/*.test.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // As Playwright's expect in the Chromium suite: a loaded CI machine can take more than vitest's default
    // second to settle a click into a post (seen: Threads' Post, through Herald's guard).
    expect: { poll: { timeout: 7_000 } },
  },
});
