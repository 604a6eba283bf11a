// Herald in Firefox, on the Firefox build, in one Firefox: on each playground, a suggestion for the draft and
// Insert taken by the editor's own model once, a policy note and its fix, the question before posting; then
// the popup, and a feed added through Options.
import type { Browser, Page } from 'puppeteer-core';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import demoFeed from '../../shared/feed/demo-feed.json' with { type: 'json' };
import type { Feed } from '../../shared/feed/schema';
import { startFeedServer } from '../e2e/harness/feed-server.mjs';
import { composerParts } from '../e2e/harness/playgrounds.mjs';
import { TEST_INSTALL_ID } from '../e2e/harness/test-install-id.mjs';
import { composeForNetwork } from '../e2e/pages/shared-modules';
import {
  firefoxMissing,
  heraldErrorsOn,
  launchFirefox,
  nameMastodonServer,
  newSitePage,
  openExtensionPage,
  setInstallId,
} from './harness/firefox';
import { composerSelector, heraldUi, modelText, postedTexts, startDraft, textOf, visible } from './harness/herald-ui';

const feed = demoFeed as Feed;
const missing = firefoxMissing();
// CI must run the suite: without Firefox there it fails rather than passing by skipping.
if (missing && process.env.CI) throw new Error(`The Firefox suite cannot run: ${missing}.`);
if (missing) console.warn(`The Firefox suite is skipped: ${missing}.`);

function policyMessage(id: string): string {
  const policy = feed.policies.find((candidate) => candidate.id === id);
  if (!policy) throw new Error(`No policy "${id}" in the demo feed`);
  return policy.message;
}

describe.skipIf(missing)('Herald in Firefox', () => {
  let browser: Browser;
  let page: Page;
  beforeAll(async () => {
    browser = await launchFirefox();
    await nameMastodonServer(browser, new URL(composerParts.mastodon.url).host);
    await setInstallId(browser, TEST_INSTALL_ID);
  });
  afterAll(async () => {
    await browser?.close();
  });

  for (const site of ['linkedin', 'x', 'facebook', 'threads', 'bluesky', 'mastodon'] as const) {
    const parts = composerParts[site];
    describe(site, () => {
      beforeAll(async () => {
        page = await newSitePage(browser);
      });
      afterEach(() => {
        expect(heraldErrorsOn(page), 'uncaught errors from Herald').toEqual([]);
      });
      afterAll(async () => {
        await page?.close();
      });

      test('the draft gets its suggestion first, and Insert puts the site’s version into the model once', async () => {
        const item = feed.items.find((candidate) => candidate.id === 'tp-hiring-engineers');
        if (!item) throw new Error('no tp-hiring-engineers in the demo feed');
        const composed = await composeForNetwork(item, site);
        if (!composed.ok) throw new Error(composed.reason);
        const draft = 'We are hiring engineers';
        await startDraft(page, parts, draft);

        await expect
          .poll(() => page.$eval(heraldUi.launcher, (button) => button.getAttribute('aria-label')))
          .toMatch(/Herald: [1-9]\d* suggestions? fits? your draft/);
        await (await visible(page, heraldUi.launcher)).click();
        await visible(page, heraldUi.panel);
        await expect.poll(() => textOf(page, heraldUi.suggestionTitle).then((titles) => titles[0])).toBe(item.title);

        // A real mouse click, as the employee's.
        await (await visible(page, heraldUi.insertButton)).click();
        const expected = `${draft} ${composed.text}`;
        await expect.poll(() => modelText(page)).toBe(expected);
        await (await visible(page, composerSelector(parts, 'postButton'))).click();
        await expect.poll(() => postedTexts(page)).toEqual([expected]);
      });

      test('a banned term gets its note, and the fix takes it out of the model', async () => {
        await startDraft(page, parts, 'Big news: Project Falcon ships today');
        const note = await visible(page, heraldUi.note('codename-falcon'));
        expect(await note.evaluate((element) => element.textContent)).toContain(policyMessage('codename-falcon'));

        await (await visible(page, heraldUi.noteFix('codename-falcon'))).click();
        await expect.poll(() => modelText(page)).toBe('Big news: ships today');
        await page.waitForSelector(heraldUi.notes, { hidden: true });
      });

      test('Post with a blocking finding asks first, and Post anyway posts', async () => {
        await startDraft(page, parts, 'Project Falcon ships today');
        await visible(page, heraldUi.note('codename-falcon'));

        await (await visible(page, composerSelector(parts, 'postButton'))).click();
        await visible(page, heraldUi.guard);
        expect(await postedTexts(page)).toEqual([]);
        await (await visible(page, heraldUi.guardPost)).click();
        await expect.poll(() => postedTexts(page)).toEqual(['Project Falcon ships today']);
      });
    });
  }

  describe('extension pages', () => {
    test('the popup shows the library', async () => {
      const popup = await openExtensionPage(browser, 'popup.html');
      const first = feed.items[0];
      if (!first) throw new Error('the demo feed has no items');
      await popup.waitForSelector(`::-p-text(${first.title})`);
      await popup.close();
    });

    test('a feed added through Options syncs, and its items reach the popup', async () => {
      const headline = 'Firefox readers get the harbour news first';
      const ours: Feed = {
        ...feed,
        publisher: { id: 'firefox-e2e', name: 'Harbour Comms' },
        items: feed.items.map((item, index) => (index === 0 ? { ...item, title: headline } : item)),
      };
      const server = await startFeedServer({
        status: 200,
        body: JSON.stringify(ours),
        headers: { 'access-control-allow-origin': '*' },
      });
      try {
        const options = await openExtensionPage(browser, 'options.html');
        const url = server.url('/herald/feed.json');
        await (await visible(options, '#feed-url')).type(url);
        await (await visible(options, 'button[type="submit"]::-p-text(Add feed)')).click();
        await expect
          .poll(() => options.$eval('section[aria-labelledby="feeds-heading"] [role="status"]', (el) => el.textContent))
          .toBe('Feed added and synced.');
        await options.waitForSelector('::-p-text(Harbour Comms)');
        await options.close();

        const popup = await openExtensionPage(browser, 'popup.html');
        await popup.waitForSelector(`::-p-text(${headline})`);
        await popup.close();
      } finally {
        await server.close();
      }
    });
  });
});
