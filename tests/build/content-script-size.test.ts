import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { buildDir, filesUnder } from './built-output';

// The content script loads on every page of every network Herald supports: its size is a budget, and a stray
// import (zod, a registry of every site) can add a third to it without any test noticing. `npm run bench`
// prints the figure; this keeps the budget.
const BUDGET_GZIPPED = 80 * 1024;

describe('the shipped content script', () => {
  it('stays within 80 KB gzipped', () => {
    const dir = buildDir('chrome-mv3', 'npm run build');
    const scripts = filesUnder(join(dir, 'content-scripts'), ['.js']);
    expect(scripts.length).toBeGreaterThan(0);
    const gzipped = scripts.reduce(
      (sum, file) => sum + gzipSync(readFileSync(join(dir, 'content-scripts', file)), { level: 9 }).length,
      0,
    );
    expect(gzipped).toBeLessThanOrEqual(BUDGET_GZIPPED);
  });
});
