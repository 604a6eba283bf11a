import { defineConfig } from 'vitest/config';

// Tests of what `npm run build`, `npm run build:e2e` and `npm run lint:firefox` leave in .output/: they run
// after the builds in `npm test`, unlike the unit tests, which need no build.
export default defineConfig({
  test: {
    root: new URL('../..', import.meta.url).pathname,
    include: ['tests/build/**/*.test.ts'],
    environment: 'node',
  },
});
