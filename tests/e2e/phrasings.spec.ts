// Issue 12, phrasings: an item may carry other wordings, and each install picks one from its own random id,
// so colleagues start from different texts while each keeps the same one until they ask for "Another
// wording". Two installs are two browser profiles, each with the extension's own storage. The feed is served
// by the test; adding it needs the e2e build, which grants http://127.0.0.1/* up front (feed-sync.spec.ts).
import type { BrowserContext, Page } from '@playwright/test';
import demoFeed from '../../shared/feed/demo-feed.json' with { type: 'json' };
import type { FeedItem, Site } from '../../shared/feed/schema';
import { pickPhrasing } from '../../shared/share/pick-phrasing';
import { expect, heraldErrors, type PageError, test } from './fixtures';
import { type FeedServer, startFeedServer } from './harness/feed-server.mjs';
import { extensionIdOf, heraldWorker, launchHerald, setInstallId } from './harness/launch-herald.mjs';
import { facebook, linkedin, modelText, type Playground, x } from './harness/playgrounds.mjs';
import { launcher, panel, searchField } from './pages/herald-ui';
import { composeForNetwork } from './pages/shared-modules';

// Only what the spec calls in the service worker (no @types/chrome in this project).
declare const chrome: { storage: { local: { get(key: string): Promise<Record<string, unknown>> } } };

const TALKING_POINT: FeedItem = {
  id: 'tp-three-wordings',
  type: 'talking-point',
  title: 'Quokka hiring in three wordings',
  text: 'Quokka one: my team is hiring people who like robots and warehouses.',
  phrasings: [
    { text: 'Quokka two: want your code to move real robots? We are looking for you.' },
    { text: 'Quokka three: we need more engineers, and the work leaves the screen.' },
  ],
  keywords: ['quokka'],
};

const NEWS: FeedItem = {
  id: 'news-three-wordings',
  type: 'news',
  title: 'Quokka news in three wordings',
  text: 'Quokka news one: our new depot opens today.',
  phrasings: [
    { text: 'Quokka news two: a new depot, open from today.' },
    { text: 'Quokka news three: we opened a depot.' },
  ],
  url: 'https://lumen-robotics.example/news/depot',
};

const FEED = {
  ...demoFeed,
  publisher: { id: 'phrasings-e2e', name: 'Phrasings e2e' },
  items: [TALKING_POINT, NEWS],
  policies: [],
};

const WORDINGS = 3;

/** A browser profile of its own with Herald as a new install: the random id it made is kept. */
async function launchInstall(): Promise<BrowserContext> {
  const { context } = await launchHerald({ headed: !!process.env.HERALD_HEADED, installId: null });
  return context;
}

/** Adds the test feed in Options, as an employee does; resolves to the feed's URL (the start of its item keys). */
async function addFeed(context: BrowserContext, feedServer: FeedServer): Promise<string> {
  const feedUrl = feedServer.url('/herald/feed.json');
  const page = await context.newPage();
  await page.goto(`chrome-extension://${await extensionIdOf(context)}/options.html`);
  await page.getByLabel('Feed URL').fill(feedUrl);
  await page.getByRole('button', { name: 'Add feed' }).click();
  await expect(page.getByRole('region', { name: 'Feeds' }).getByRole('status')).toHaveText('Feed added and synced.');
  await page.close();
  return feedUrl;
}

async function storedInstallId(context: BrowserContext): Promise<string> {
  const worker = await heraldWorker(context);
  let id: unknown;
  await expect
    .poll(async () => {
      id = (await worker.evaluate(() => chrome.storage.local.get('installId'))).installId;
      return typeof id === 'string' ? id : '';
    })
    .toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  return id as string;
}

/** The post Herald composes for `site` in wording `phrasing`. */
async function composed(item: FeedItem, site: Site, phrasing: number): Promise<string> {
  const fit = await composeForNetwork(item, site, { phrasing });
  if (!fit.ok) throw new Error(fit.reason);
  return fit.text;
}

/** The talking point's suggestion in the composer's panel, found by search. */
async function openSuggestion(page: Page, site: Playground) {
  await page.goto(site.url);
  const editor = await site.openComposer(page);
  await editor.click();
  await launcher(page).click();
  await searchField(page).fill('quokka hiring');
  const suggestion = panel(page).getByRole('listitem').filter({ hasText: TALKING_POINT.title });
  await expect(suggestion).toHaveCount(1);
  return suggestion;
}

/** Inserts the talking point into an empty composer and resolves to what the composer holds. */
async function insertTalkingPoint(page: Page, site: Playground): Promise<string> {
  const suggestion = await openSuggestion(page, site);
  await suggestion.getByRole('button', { name: /^Insert/ }).click();
  await expect(panel(page)).toBeHidden();
  await expect.poll(() => modelText(page)).toContain('Quokka');
  return modelText(page);
}

// Install A is the test's `context` (its errors fail the test as everywhere); install B is launched by the test.
const phrasingsTest = test.extend<{ feedServer: FeedServer }>({
  // biome-ignore lint/correctness/noEmptyPattern: Playwright requires the destructuring pattern here.
  context: async ({}, use) => {
    const context = await launchInstall();
    await use(context);
    await context.close();
  },
  // biome-ignore lint/correctness/noEmptyPattern: Playwright requires the destructuring pattern here.
  feedServer: async ({}, use) => {
    const server = await startFeedServer({ status: 200, body: JSON.stringify(FEED) });
    await use(server);
    await server.close();
  },
});

/** Uncaught errors from Herald in any page of another install. */
function watchErrors(context: BrowserContext): PageError[] {
  const errors: PageError[] = [];
  context.on('page', (page) =>
    page.on('pageerror', (error) =>
      errors.push({ pageUrl: page.url(), message: error.message, stack: error.stack ?? '' }),
    ),
  );
  return errors;
}

for (const site of [linkedin, x, facebook]) {
  phrasingsTest(
    `${site.label}: two installs insert different wordings, each the same every time, until "Another wording"`,
    async ({ context, feedServer }) => {
      const other = await launchInstall();
      const errors = watchErrors(other);
      // Every request either install makes, to look for its id in (there must be none).
      const sent: string[] = [];
      for (const browser of [context, other]) {
        browser.on('request', (request) => sent.push(`${request.url()} ${request.postData() ?? ''}`));
      }
      try {
        const [feedUrl] = await Promise.all([addFeed(context, feedServer), addFeed(other, feedServer)]);
        const key = `${feedUrl}#${TALKING_POINT.id}`;
        // Each install made its own random id.
        const [idA, ownIdB] = await Promise.all([storedInstallId(context), storedInstallId(other)]);
        expect(idA).not.toBe(ownIdB);
        // Two random ids land on the same one of three wordings one time in three: left alone, this test
        // would fail that often. Install B keeps its own id when it already picks another wording than A's;
        // else the test gives it a random one that does, through the extension's storage, as if Herald had
        // made that one at install. Herald reads it from there; nothing else about B changes.
        let idB = ownIdB;
        while (pickPhrasing(idB, key, WORDINGS) === pickPhrasing(idA, key, WORDINGS)) idB = crypto.randomUUID();
        if (idB !== ownIdB) await setInstallId(other, idB);
        const pickA = pickPhrasing(idA, key, WORDINGS);
        const pickB = pickPhrasing(idB, key, WORDINGS);

        const pageA = await context.newPage();
        const pageB = await other.newPage();
        const textA = await insertTalkingPoint(pageA, site);
        const textB = await insertTalkingPoint(pageB, site);
        expect(textA).toBe(await composed(TALKING_POINT, site.id, pickA));
        expect(textB).toBe(await composed(TALKING_POINT, site.id, pickB));
        expect(textA).not.toBe(textB);

        // The same install, after a reload: the same wording.
        expect(await insertTalkingPoint(pageA, site)).toBe(textA);

        // "Another wording" shows the next one in the card, keeps the focus, says so, and is what goes in.
        const suggestion = await openSuggestion(pageA, site);
        const another = suggestion.getByRole('button', { name: /^Another wording/ });
        await expect(another).toHaveAccessibleName(
          `Another wording (${pickA + 1} of ${WORDINGS}): ${TALKING_POINT.title}`,
        );
        await expect(suggestion).toContainText(await composed(TALKING_POINT, site.id, pickA));
        await another.click();
        const next = (pickA + 1) % WORDINGS;
        await expect(suggestion).toContainText(await composed(TALKING_POINT, site.id, next));
        await expect(another).toHaveAccessibleName(new RegExp(`^Another wording \\(${next + 1} of ${WORDINGS}\\)`));
        await expect(another).toBeFocused();
        await expect(panel(pageA).getByRole('status')).toHaveText(
          `Showing wording ${next + 1} of ${WORDINGS} of “${TALKING_POINT.title}”.`,
        );
        // From the keyboard too: Enter on the focused button moves on again, round the list.
        await pageA.keyboard.press('Enter');
        const third = (pickA + 2) % WORDINGS;
        await expect(suggestion).toContainText(await composed(TALKING_POINT, site.id, third));
        await expect(another).toBeFocused();
        await suggestion.getByRole('button', { name: /^Insert/ }).click();
        await expect.poll(() => modelText(pageA)).toBe(await composed(TALKING_POINT, site.id, third));

        // The choice is kept: after a reload this install inserts that wording; the other install is unchanged.
        expect(await insertTalkingPoint(pageA, site)).toBe(await composed(TALKING_POINT, site.id, third));
        expect(await insertTalkingPoint(pageB, site)).toBe(textB);
        expect(heraldErrors(errors)).toEqual([]);
        // The id picks the wording and goes nowhere: not in a request, nor in a header to the feed server.
        expect(sent.length).toBeGreaterThan(0);
        for (const id of [idA, idB]) {
          expect(sent.filter((request) => request.includes(id))).toEqual([]);
          expect(JSON.stringify(feedServer.requests)).not.toContain(id);
        }
      } finally {
        await other.close();
      }
    },
  );
}

/**
 * Presses the card's "Another wording" until the card shows one of the item's phrasings, not its own text
 * (the wording an install that ignored the choice would use): once, or twice when the first lands on it.
 * Checks each press moves the card, the button and the status on by one. Resolves to the wording shown.
 */
async function anotherWordingInPopup(popup: Page, item: FeedItem, start: number): Promise<number> {
  const card = popup.getByRole('article', { name: item.title });
  const another = card.getByRole('button', { name: /^Another wording/ });
  const first = async (phrasing: number) => (await composed(item, 'linkedin', phrasing)).split('\n')[0] ?? '';
  let shown = start;
  await expect(card).toContainText(await first(shown));
  do {
    await expect(another).toHaveText(`Another wording (${shown + 1} of ${WORDINGS})`);
    await another.click();
    const before = shown;
    shown = (shown + 1) % WORDINGS;
    await expect(card).toContainText(await first(shown));
    await expect(card).not.toContainText(await first(before));
    await expect(another).toHaveText(`Another wording (${shown + 1} of ${WORDINGS})`);
    await expect(another).toBeFocused();
    await expect(popup.getByRole('status')).toHaveText(`Showing wording ${shown + 1} of ${WORDINGS}.`);
  } while (shown === 0);
  return shown;
}

phrasingsTest(
  'popup: "Another wording" changes the card, and Copy, Share and Insert use the wording shown',
  async ({ context, extensionId, feedServer }) => {
    const feedUrl = await addFeed(context, feedServer);
    const installId = await storedInstallId(context);
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const popup = await context.newPage();
    await popup.setViewportSize({ width: 380, height: 600 });
    await popup.goto(`chrome-extension://${extensionId}/popup.html`);
    await popup.getByRole('searchbox', { name: 'Search' }).fill('quokka news');
    const card = popup.getByRole('article', { name: NEWS.title });
    const shown = await anotherWordingInPopup(popup, NEWS, pickPhrasing(installId, `${feedUrl}#${NEWS.id}`, WORDINGS));

    await card.getByRole('button', { name: 'Copy' }).click();
    await expect(popup.getByRole('status')).toHaveText('Copied the LinkedIn version.');
    expect(await popup.evaluate(() => navigator.clipboard.readText())).toBe(await composed(NEWS, 'linkedin', shown));

    const [opened] = await Promise.all([
      context.waitForEvent('page'),
      card.getByRole('button', { name: 'Share on X' }).click(),
    ]);
    await opened.waitForURL((url) => url.protocol === 'https:');
    // X's intent takes the link apart: its text is the wording alone.
    const newsWordings = [NEWS.text, ...(NEWS.phrasings ?? []).map((phrasing) => phrasing.text)];
    expect(new URL(opened.url()).searchParams.get('text')).toBe(newsWordings[shown]);
    await opened.close();

    // The popup's Insert goes to the composer open in a tab, whose content script composes the wording the
    // card shows, from the same stored choice.
    const site = await context.newPage();
    await site.goto(linkedin.url);
    await linkedin.openComposer(site);
    await popup.bringToFront();
    await popup.getByRole('searchbox', { name: 'Search' }).fill('quokka hiring');
    const talkingPoint = popup.getByRole('article', { name: TALKING_POINT.title });
    const tpShown = await anotherWordingInPopup(
      popup,
      TALKING_POINT,
      pickPhrasing(installId, `${feedUrl}#${TALKING_POINT.id}`, WORDINGS),
    );
    await talkingPoint.getByRole('button', { name: 'Insert' }).click();
    await expect(popup.getByRole('status')).toHaveText('Inserted into your post.');
    await expect.poll(() => modelText(site)).toBe(await composed(TALKING_POINT, 'linkedin', tpShown));
  },
);
