// The docs' tables of networks are generated from the registry. `npm run docs` rewrites them; this test fails
// when a page is out of step with the profiles.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fillGeneratedBlocks, NETWORK_TABLES } from '../../../shared/sites/network-tables';

const REPO = new URL('../../..', import.meta.url).pathname;
const PAGES = ['docs/sites.md', 'docs/feed-format.md'];

/** Biome pads table cells to line them up: compare the cells, not the padding. */
const unpadded = (page: string) =>
  page
    .split('\n')
    .map((line) => (line.startsWith('|') ? line.replace(/ *\| */g, '|').replace(/-{3,}/g, '---') : line))
    .join('\n');

describe.each(PAGES)('%s', (path) => {
  const file = join(REPO, path);
  if (process.env.UPDATE_DOCS) {
    writeFileSync(file, fillGeneratedBlocks(readFileSync(file, 'utf8')));
    execFileSync('npx', ['biome', 'format', '--write', file], { cwd: REPO });
  }
  const page = readFileSync(file, 'utf8');

  it('has its generated tables as the network profiles make them (npm run docs updates them)', () => {
    expect(page).toMatch(/<!-- generated:[\w-]+ -->/);
    expect(unpadded(page)).toBe(unpadded(fillGeneratedBlocks(page)));
  });
});

it('every generated table is on a page', () => {
  const pages = PAGES.map((path) => readFileSync(join(REPO, path), 'utf8')).join('\n');
  for (const name of Object.keys(NETWORK_TABLES)) expect(pages).toContain(`<!-- generated:${name} -->`);
});
