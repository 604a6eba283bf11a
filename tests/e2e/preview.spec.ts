// `herald-feed preview`, as a comms person uses it: the built CLI serves a copy of the example content folder,
// and a plain Chromium (no extension: the page runs Herald's code itself) shows it while the files change.
import { type ChildProcess, spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { type Browser, type BrowserContext, chromium, expect, type Page, test } from '@playwright/test';
import { parse } from 'yaml';
import { chromiumExecutable } from './harness/launch-herald.mjs';
import { repoRoot } from './harness/paths.mjs';
import { networkOf } from './pages/shared-modules';

const CLI = join(repoRoot, 'cli/herald-feed.mjs');
const PAGE = join(repoRoot, 'cli/dist/preview/index.html');

type Preview = { url: string; folder: string; stop(): void };

/** The CLI on a temporary copy of examples/feed, on a free port, never opening a browser of its own. */
async function startPreview(): Promise<Preview> {
  const folder = mkdtempSync(join(tmpdir(), 'herald-preview-'));
  cpSync(join(repoRoot, 'examples/feed'), folder, { recursive: true });
  const child: ChildProcess = spawn(process.execPath, [CLI, 'preview', folder, '--port', '0', '--no-open'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const found = /http:\/\/127\.0\.0\.1:\d+\//.exec(out);
      if (found) resolve(found[0]);
    });
    child.stderr?.on('data', (chunk: Buffer) => reject(new Error(chunk.toString())));
    child.on('exit', (code) => reject(new Error(`herald-feed preview exited with ${code}: ${out}`)));
  });
  return {
    url,
    folder,
    stop() {
      child.kill();
      rmSync(folder, { recursive: true, force: true });
    },
  };
}

let browser: Browser;
let preview: Preview;
let context: BrowserContext;
let page: Page;

test.beforeAll(async () => {
  if (!existsSync(PAGE)) throw new Error('The preview page is not built: run "npm run build:cli" first.');
  const executablePath = chromiumExecutable();
  browser = await chromium.launch({
    ...(executablePath ? { executablePath } : {}),
    args: process.getuid?.() === 0 ? ['--no-sandbox'] : [],
  });
});

test.afterAll(async () => {
  await browser?.close();
});

test.beforeEach(async () => {
  preview = await startPreview();
  context = await browser.newContext();
  page = await context.newPage();
  await page.goto(preview.url);
  await expect(page.getByRole('heading', { name: 'Items on each network' })).toBeVisible();
});

test.afterEach(async () => {
  await context.close();
  preview.stop();
});

const draft = () => page.getByLabel('Draft');
const post = (item: string, site: string) =>
  page.locator(`[data-testid="post"][data-item="${item}"][data-site="${site}"]`);

/** Writes an item file into the previewed folder, as a comms person's editor saves one. */
function writeItem(name: string, frontMatter: string, body: string): void {
  writeFileSync(join(preview.folder, 'items', name), `---\n${frontMatter}\n---\n${body}\n`);
}

test('a saved file updates the page in place: no reload, the draft and the network stay', async () => {
  // A page that reloaded would have lost this.
  await page.evaluate(() => {
    (window as Window & { stillHere?: boolean }).stillHere = true;
  });
  await page.getByLabel('Network', { exact: true }).selectOption('linkedin');
  await draft().fill('A draft in progress');
  const file = join(preview.folder, 'items/03-news-careers-fair.md');
  const before = readFileSync(file, 'utf8');
  const title = /^title: (.*)$/m.exec(before)?.[1] ?? '';
  writeFileSync(file, before.replace(`title: ${title}`, 'title: Meet us at the spring careers fair'));

  await expect(page.getByRole('heading', { name: /Meet us at the spring careers fair/ })).toBeVisible();
  await expect(page.getByRole('heading', { name: title })).toHaveCount(0);
  expect(await page.evaluate(() => (window as Window & { stillHere?: boolean }).stillHere)).toBe(true);
  await expect(draft()).toHaveValue('A draft in progress');
  await expect(page.getByLabel('Network', { exact: true })).toHaveValue('linkedin');
});

test('a file that breaks the build shows its error with file and line above the last feed that built', async () => {
  writeFileSync(join(preview.folder, 'policies/04-tone.yml'), '- id: tone\n  severity: [unclosed\n');
  const problem = page.getByTestId('problem').first();
  await expect(problem).toContainText('policies/04-tone.yml:');
  await expect(page.getByRole('alert')).toContainText('the last feed that did');
  await expect(page.locator('[data-testid="item"]').first()).toBeVisible();
});

test('the rule examples’ results: all passing, then a failing one with its file, line and what was found', async () => {
  const examples = page.getByTestId('examples');
  await expect(examples).toContainText(/[1-9]\d* examples passed, 0 failed/);
  const file = join(preview.folder, 'policies/01-confidential.yml');
  writeFileSync(
    file,
    readFileSync(file, 'utf8').replace(
      '      - Falconry is my weekend hobby.',
      '      - Falconry is my weekend hobby.\n      - Falcon ships next week.',
    ),
  );
  const failure = examples.getByTestId('example-failure').first();
  await expect(failure).toContainText('policies/01-confidential.yml:');
  await expect(failure).toContainText('codename-falcon should let pass Falcon ships next week. on ');
  await expect(failure).toContainText('found codename-falcon on “Falcon”');
});

test('a banned term in the playground shows the rule’s message verbatim, and its fix applies on click', async () => {
  const [falcon] = parse(readFileSync(join(repoRoot, 'examples/feed/policies/01-confidential.yml'), 'utf8')) as {
    id: string;
    message: string;
  }[];
  await draft().fill('Our team ships Project Falcon next week.');
  const note = page.getByTestId('herald-ui').locator(`[data-policy^="${falcon?.id}@"]`);
  await expect(note.locator('.note-message')).toHaveText(falcon?.message ?? '');
  // Underlined as in the composer: a box drawn over the textarea by the overlay.
  await expect(page.getByTestId('herald-ui').locator('.underline').first()).toBeVisible();

  await note.getByRole('button').click();
  await expect(draft()).not.toHaveValue(/Falcon/);
  await expect(note).toHaveCount(0);
});

test('a secret term, published only as a keyed hash as build does, is flagged in the playground too', async () => {
  const message = 'Osprey is a code name: keep it inside.';
  writeFileSync(
    join(preview.folder, 'policies/90-secret.yml'),
    `- id: osprey\n  severity: block\n  secret: true\n  message: '${message}'\n  terms: [Project Osprey]\n`,
  );
  await expect
    .poll(async () => JSON.stringify(await (await page.request.get(`${preview.url}state.json`)).json()))
    .toContain('"osprey"');
  expect(JSON.stringify(await (await page.request.get(`${preview.url}state.json`)).json())).not.toContain('Osprey"');
  await expect(page.getByTestId('problems')).toContainText('Build: 0 errors');
  await draft().fill('Soon: Project Osprey.');
  await expect(page.getByTestId('herald-ui').locator('[data-policy^="osprey@"] .note-message')).toHaveText(message);
});

test('an X text of 281 characters shows over the limit on X', async () => {
  const text = `${'Lumen robots sort parcels all night. '.repeat(8).slice(0, 280)}!`;
  expect(text).toHaveLength(281);
  writeItem('90-long-x.md', 'type: talking-point\ntitle: A long one for X', `A short text.\n\n## x\n\n${text}`);

  const length = post('long-x', 'x').getByTestId('post-length');
  await expect(length).toContainText('281 / 280');
  await expect(length).toHaveAttribute('data-over', 'true');
  await expect(length).toContainText('over the limit');
  await expect(post('long-x', 'linkedin').getByTestId('post-length')).toHaveAttribute('data-over', 'false');
});

test('the "see more" mark sits where the network’s profile says', async () => {
  const { seeMoreAt } = await networkOf('linkedin');
  expect(seeMoreAt).toBeGreaterThan(0);
  const text = 'Warehouse robots that learn each aisle. '.repeat(20).trim();
  writeItem('91-long-linkedin.md', 'type: talking-point\ntitle: A long one for LinkedIn', text);

  const shown = post('long-linkedin', 'linkedin').getByTestId('post-text');
  const mark = shown.getByTestId('see-more');
  await expect(mark).toHaveAttribute('data-offset', String(seeMoreAt));
  const before = await mark.evaluate((element) => {
    let text = '';
    for (let node = element.previousSibling; node; node = node.previousSibling) text = `${node.textContent}${text}`;
    return text;
  });
  expect(before).toBe(text.slice(0, seeMoreAt));
  // X shows a post whole: no mark.
  await expect(post('long-linkedin', 'x').getByTestId('see-more')).toHaveCount(0);
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the page, its notes included, has no accessibility violations (${colorScheme})`, async () => {
    await page.emulateMedia({ colorScheme });
    await draft().fill('Our team ships Project Falcon next week.');
    await expect(page.getByTestId('herald-ui').locator('.note-message').first()).toBeVisible();
    const { violations } = await new AxeBuilder({ page }).analyze();
    expect(
      violations.map(({ id, nodes }) => `${id}: ${nodes.map((node) => node.target.join(' >>> ')).join(', ')}`),
    ).toEqual([]);
  });
}
