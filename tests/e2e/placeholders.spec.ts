// Issue 12, placeholders: the employee fills "About you" in Options once; Insert, Copy and Share put their
// details where a talking point says {firstName}, {jobTitle}, {team}, {location}, and the feed's publisher
// name for {company}. A field left empty is inserted as a visible gap, "[team]", selected so that typing
// replaces it in the site editor's own model, and a note says what to fill in. The feed is served by the test;
// adding it needs the e2e build, which grants http://127.0.0.1/* up front (see feed-sync.spec.ts).
import type { BrowserContext, Page, Request } from '@playwright/test';
import demoFeed from '../../shared/feed/demo-feed.json' with { type: 'json' };
import { expect, heraldErrors } from './fixtures';
import type { FeedServer } from './harness/feed-server.mjs';
import { facebook, linkedin, modelText, playgrounds, postedTexts, x } from './harness/playgrounds.mjs';
import { addTestFeed, testWithFeed } from './own-feed';
import { insertFirstFound } from './pages/herald-ui';
import { notes } from './pages/policy-checks';

const COMPANY = 'Lumen Placeholders';
const TALKING_POINT = {
  id: 'about-me',
  type: 'talking-point',
  title: 'Introduce yourself',
  text: "I'm {firstName}, {jobTitle} on the {team} team in {location} at {company}. Come and work with us!",
};
const NEWS = {
  id: 'new-office',
  type: 'news',
  title: 'A new office',
  text: '{firstName} here: {company} opens an office in {location}.',
  url: 'https://lumen-robotics.example/news/new-office',
};
const PROFILE = { 'First name': 'Ada', 'Job title': 'robotics engineer', Team: 'Platform', Location: 'Lyon' };
type Field = keyof typeof PROFILE;

const placeholderTest = testWithFeed(() => ({
  ...demoFeed,
  publisher: { id: 'placeholders-e2e', name: COMPANY },
  items: [TALKING_POINT, NEWS],
}));

/** Adds the test's feed and fills "About you" the way the employee does: typing into the Options page. */
async function setUp(page: Page, extensionId: string, feedServer: FeedServer, leaveEmpty: Field[] = []) {
  await addTestFeed(page, extensionId, feedServer);
  const about = page.getByRole('region', { name: 'About you' });
  await expect(about).toContainText('never leave your browser');
  for (const [label, value] of Object.entries(PROFILE) as [Field, string][]) {
    if (!leaveEmpty.includes(label)) await about.getByLabel(label, { exact: true }).fill(value);
  }
  // Saved as typed, no Save button: what a reload shows is what storage holds.
  await page.reload();
  for (const [label, value] of Object.entries(PROFILE) as [Field, string][]) {
    await expect(about.getByLabel(label, { exact: true })).toHaveValue(leaveEmpty.includes(label) ? '' : value);
  }
}

/** Every request of the context, pages and service worker alike, as text that would show a profile value. */
function recordRequests(context: BrowserContext): string[] {
  const seen: string[] = [];
  context.on('request', (request: Request) => {
    seen.push(`${request.url()}\n${JSON.stringify(request.headers())}\n${request.postData() ?? ''}`);
  });
  return seen;
}

const FILLED = `I'm Ada, robotics engineer on the Platform team in Lyon at ${COMPANY}. Come and work with us!`;

for (const site of playgrounds) {
  placeholderTest(
    `${site.label}: Insert fills placeholders from About you; an empty field is a selected gap that typing replaces`,
    async ({ context, page, extensionId, feedServer, pageErrors }) => {
      const requests = recordRequests(context);
      await setUp(page, extensionId, feedServer, ['Team']);
      await insertFirstFound(page, site, 'Introduce yourself');

      const withGap = FILLED.replace('Platform', '[team]');
      await expect.poll(() => modelText(page)).toContain(withGap);
      expect(await modelText(page)).not.toMatch(/\{\w+\}/);
      const note = notes(page).getByRole('listitem').filter({ hasText: 'Fill in your team' });
      await expect(note).toContainText('Fill in your team where “[team]” is selected.');

      // The gap is selected in the editor's model: what the employee types replaces it.
      await page.keyboard.type('Platform');
      await expect.poll(() => modelText(page)).toContain(FILLED);
      expect(await modelText(page)).not.toContain('[team]');
      await expect(note).toHaveCount(0);
      // The profile stays in the browser: no request (a feed sync, the site's own) carries any of it.
      expect(requests.length).toBeGreaterThan(0);
      expect(requests.filter((request) => /robotics engineer|Lyon/.test(request))).toEqual([]);
      expect(heraldErrors(pageErrors)).toEqual([]);
    },
  );
}

for (const site of [linkedin, x, facebook]) {
  placeholderTest(
    `${site.label}: Post with a gap left asks first; Edit keeps the draft, once filled it posts without a question`,
    async ({ page, extensionId, feedServer, pageErrors }) => {
      await setUp(page, extensionId, feedServer, ['Team']);
      const editor = await insertFirstFound(page, site, 'Introduce yourself');
      await expect.poll(() => modelText(page)).toContain('[team]');

      await site.postButton(page).click();
      const question = page.getByRole('alertdialog', { name: 'Fill in the gaps first' });
      await expect(question).toContainText('This post still has “[team]” where your own details go.');
      await question.getByRole('button', { name: 'Edit' }).click();
      await expect(question).toHaveCount(0);
      expect(await postedTexts(page)).toEqual([]);

      // Edit gives the composer back; the employee selects the gap and types over it.
      await editor.click();
      await page.keyboard.press('ControlOrMeta+a');
      await page.keyboard.type(FILLED);
      await expect.poll(() => modelText(page)).toContain(FILLED);
      await site.postButton(page).click();
      await expect.poll(() => postedTexts(page)).toEqual([expect.stringContaining(FILLED)]);
      await expect(question).toHaveCount(0);
      expect(heraldErrors(pageErrors)).toEqual([]);
    },
  );
}

/** The popup in a tab, with clipboard access, as popup-share.spec.ts opens it. */
async function openPopup(context: BrowserContext, extensionId: string, page: Page): Promise<Page> {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.setViewportSize({ width: 380, height: 600 });
  await page.goto(`chrome-extension://${extensionId}/popup.html`);
  await expect(page.getByRole('article').first()).toBeVisible();
  return page;
}

placeholderTest(
  'the popup fills placeholders the same way: its preview, Copy and Share',
  async ({ context, page, extensionId, feedServer }) => {
    await setUp(page, extensionId, feedServer);
    const popup = await openPopup(context, extensionId, page);
    const news = popup.getByRole('article', { name: NEWS.title });
    const filled = `Ada here: ${COMPANY} opens an office in Lyon.`;
    await expect(news).toContainText(filled);

    await popup.getByRole('radio', { name: 'Facebook' }).check();
    await news.getByRole('button', { name: 'Copy' }).click();
    await expect(popup.getByRole('status')).toHaveText('Copied the Facebook version.');
    expect(await popup.evaluate(() => navigator.clipboard.readText())).toContain(filled);

    const [opened] = await Promise.all([
      context.waitForEvent('page'),
      news.getByRole('button', { name: 'Share on X' }).click(),
    ]);
    await opened.waitForURL((url) => url.protocol === 'https:');
    expect(new URL(opened.url()).searchParams.get('text')).toBe(filled);
  },
);

placeholderTest(
  'Insert from the popup fills placeholders and selects the gap in the composer of another tab',
  async ({ context, page, extensionId, feedServer, pageErrors }) => {
    const [site] = playgrounds;
    if (!site) throw new Error('no playground');
    await setUp(page, extensionId, feedServer, ['Team']);
    await page.goto(site.url);
    await site.openComposer(page);
    const popup = await openPopup(context, extensionId, await context.newPage());
    await popup.getByRole('tab', { name: 'Talking points' }).click();
    const card = popup.getByRole('article', { name: TALKING_POINT.title });
    await expect(card).toContainText(FILLED.replace('Platform', '[team]'));
    await card.getByRole('button', { name: 'Insert' }).click();
    await expect(popup.getByRole('status')).toHaveText('Inserted into your post.');

    await page.bringToFront();
    await expect.poll(() => modelText(page)).toContain(FILLED.replace('Platform', '[team]'));
    await expect(notes(page).getByRole('listitem').filter({ hasText: 'Fill in your team' })).toBeVisible();
    await page.keyboard.type('Platform');
    await expect.poll(() => modelText(page)).toContain(FILLED);
    expect(heraldErrors(pageErrors)).toEqual([]);
  },
);
