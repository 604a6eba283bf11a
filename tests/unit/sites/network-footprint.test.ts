// docs/adding-a-network.md says how many files a new network touches outside its own files, its playground and
// its docs. This keeps that number honest: it looks for each network added through the registry (by its id)
// in the product's code, and expects exactly the files the page lists.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';

const REPO = new URL('../../..', import.meta.url).pathname;
const ADDED_THROUGH_THE_REGISTRY = ['threads', 'bluesky', 'mastodon'];
const CODE = /\.(ts|tsx|mjs|js|json|css|html)$/;
// Tests, playgrounds, docs and example or demo content may name any network: they are not what a network
// touches to work.
const NOT_PRODUCT = /^(tests|docs|examples)\/|^package-lock\.json$|^shared\/feed\/demo-feed\.json$/;

const page = readFileSync(join(REPO, 'docs/adding-a-network.md'), 'utf8');
const stated = page.match(/touches (\d+) files? beyond those: ((?:`[^`]+`(?:, | and )?)+)/);

function productFiles(): string[] {
  const listed = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard'], { cwd: REPO });
  return listed
    .toString()
    .split('\n')
    .filter((path) => CODE.test(path) && !NOT_PRODUCT.test(path) && existsSync(join(REPO, path)));
}

/** Code without its comments: a comment naming Mastodon as an example is not a place Mastodon is wired in. */
function withoutComments(source: string): string {
  return source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:])\/\/.*$/gm, '$1');
}

it('docs/adding-a-network.md states the count and the files', () => {
  expect(stated).not.toBeNull();
});

it.each(ADDED_THROUGH_THE_REGISTRY)('%s is wired in only where the page says', (id) => {
  const own = new RegExp(`(^|/)${id}(/|[.-])`);
  const touched = productFiles().filter(
    (path) =>
      !own.test(path) && new RegExp(`\\b${id}\\b`).test(withoutComments(readFileSync(join(REPO, path), 'utf8'))),
  );
  const files = [...(stated?.[2] ?? '').matchAll(/`([^`]+)`/g)].map((match) => match[1]);
  expect(touched.sort()).toEqual(files.sort());
  expect(touched).toHaveLength(Number(stated?.[1]));
});
