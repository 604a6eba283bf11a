// When a site changes its markup, Herald must step aside, not break the page: on each site's redesigned
// playground (the same editors with the attributes Herald's adapters look for renamed, built by
// tests/fixtures/redesigned-pages.mjs), the employee types and posts as usual, sees no Herald UI, and Herald
// logs and throws nothing. The fixture that fails every e2e test on a Herald error is checked here too.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext } from '@playwright/test';
import type { Site } from '../../shared/feed/schema';
import { expect, heraldConsoleErrors, heraldErrors, test } from './fixtures';
import { launchHerald } from './harness/launch-herald.mjs';
import { fixturesDist } from './harness/paths.mjs';
import { nextRedesigned, postedTexts, type RedesignedPlayground } from './harness/playgrounds.mjs';
import { networkOf } from './pages/shared-modules';

const sentence = 'Our robotics team ships a new arm today';

type RedesignedPage = Omit<RedesignedPlayground, 'id'> & { site: Site };

const redesigned: RedesignedPage[] = [
  {
    site: 'linkedin',
    label: 'LinkedIn',
    url: 'https://www.linkedin.com/feed/?fixture=redesigned',
    host: 'www.linkedin.com',
    file: 'linkedin-redesigned.html',
    async openComposer(page) {
      await page.locator('button.share-box-feed-entry__trigger').click();
      const editor = page.locator('[data-modal-name="sharebox"] .ql-editor[data-editor-editable="true"]');
      await editor.waitFor();
      return editor;
    },
    postButton: (page) => page.locator('[data-modal-name="sharebox"] button.share-actions__submit'),
  },
  {
    site: 'x',
    label: 'X',
    url: 'https://x.com/home?fixture=redesigned',
    host: 'x.com',
    file: 'x-redesigned.html',
    async openComposer(page) {
      const editor = page.locator('main [data-testid="postTextarea_0"]');
      await editor.waitFor();
      return editor;
    },
    postButton: (page) => page.locator('[data-testid="postButtonInline"]'),
  },
  {
    site: 'facebook',
    label: 'Facebook',
    url: 'https://www.facebook.com/?fixture=redesigned',
    host: 'www.facebook.com',
    file: 'facebook-redesigned.html',
    async openComposer(page) {
      await page.locator('main [role="button"]', { hasText: "What's on your mind" }).click();
      const editor = page.locator('[role="dialog"] [contenteditable="true"][data-editor-root="true"]');
      await editor.waitFor();
      return editor;
    },
    postButton: (page) => page.locator('[role="dialog"] [aria-label="Post"][role="button"]'),
  },
  ...nextRedesigned.map(({ id, ...page }) => ({ site: id, ...page })),
];

/** `?fixture=redesigned` on a routed site serves that site's redesigned page instead of the usual one. */
async function routeRedesignedPages(context: BrowserContext): Promise<void> {
  const pages: Record<string, string> = Object.fromEntries(redesigned.map(({ host, file }) => [host, file]));
  // Added after the harness's routes, so Playwright tries it first; anything else falls through to them.
  await context.route(
    (url) => url.searchParams.get('fixture') === 'redesigned' && url.hostname in pages,
    (route) => {
      const file = pages[new URL(route.request().url()).hostname];
      if (route.request().resourceType() !== 'document' || !file) return route.fallback();
      return route.fulfill({ path: join(fixturesDist, file) });
    },
  );
}

for (const variant of redesigned) {
  test(`on a redesigned ${variant.label}, Herald stays quiet and the composer still posts`, async ({
    context,
    page,
  }) => {
    await routeRedesignedPages(context);
    await page.goto(variant.url);
    const editor = await variant.openComposer(page);
    // The redesign took: Herald's selector for this site finds nothing, though the composer is there.
    await expect(page.locator((await networkOf(variant.site)).composer)).toHaveCount(0);

    await editor.click();
    await page.keyboard.type(sentence);
    await expect(variant.postButton(page)).toBeEnabled();
    await variant.postButton(page).click();
    await expect.poll(() => postedTexts(page)).toEqual([sentence]);

    // Focus and typing are what wake Herald on a composer it recognises; here it never mounts its UI.
    await expect(page.getByRole('button', { name: /Herald/ })).toHaveCount(0);
    await expect(page.locator('herald-composer-ui')).toHaveCount(0);
  });
}

// The check every e2e test ends with (tests/e2e/fixtures.ts) must catch a content script's errors and only
// those: here a stand-in extension throws and logs from its isolated world, and the page throws too.
test.describe('the Herald error check', () => {
  let probeDir = '';
  test.beforeAll(() => {
    probeDir = mkdtempSync(join(tmpdir(), 'herald-error-probe-'));
    const manifest = {
      manifest_version: 3,
      name: 'Error probe',
      version: '1',
      background: { service_worker: 'background.js' },
      content_scripts: [{ matches: ['*://*.linkedin.com/*'], js: ['content.js'] }],
    };
    writeFileSync(join(probeDir, 'manifest.json'), JSON.stringify(manifest));
    writeFileSync(join(probeDir, 'background.js'), '');
    writeFileSync(
      join(probeDir, 'content.js'),
      "console.error('probe: logged'); setTimeout(() => { throw new Error('probe: thrown'); });",
    );
  });
  test.afterAll(() => rmSync(probeDir, { recursive: true, force: true }));

  test.use({ heraldErrorsExpected: true });
  const probeTest = test.extend({
    // biome-ignore lint/correctness/noEmptyPattern: Playwright requires the destructuring pattern here.
    context: async ({}, use) => {
      const { context } = await launchHerald({ extensionDir: probeDir });
      await use(context);
      await context.close();
    },
  });

  probeTest(
    'flags an extension’s thrown and logged errors, not the site’s',
    async ({ page, pageErrors, consoleErrors }) => {
      await page.goto('https://www.linkedin.com/feed/');
      await page.evaluate(() => {
        console.error('site: logged');
        setTimeout(() => {
          throw new Error('site: thrown');
        });
      });
      await expect
        .poll(() => pageErrors.map((error) => error.message).sort())
        .toEqual(['probe: thrown', 'site: thrown']);
      expect(heraldErrors(pageErrors).map((error) => error.message)).toEqual(['probe: thrown']);
      await expect
        .poll(() => consoleErrors.map((error) => error.text).sort())
        .toEqual(['probe: logged', 'site: logged']);
      expect(heraldConsoleErrors(consoleErrors).map((error) => error.text)).toEqual(['probe: logged']);
    },
  );
});
