import type { Page } from '@playwright/test';
import demoFeed from '../../shared/feed/demo-feed.json' with { type: 'json' };
import { expect, heraldErrors } from './fixtures';
import { facebook, linkedin, modelText, moveCaret, type Playground, postedTexts, x } from './harness/playgrounds.mjs';
import { addTestFeed, testWithFeed } from './own-feed';
import { insertFirstFound } from './pages/herald-ui';
import { notes } from './pages/policy-checks';

const OWN =
  ' Last spring I spent three weeks with the night shift in our Boston hub, and what they taught me about aisles, pallets and patience still shapes every line I write.';
const DISCLOSE = 'Say early on that you work at Lumen.';
const QUIET = 'Quiet period: no posts about earnings.';
// Names neither the company ("Lumen Robotics") nor any item keyword: only its being approved text wakes the rule.
const SLOW_DOWN = 'Our robots slow down whenever a person is within two metres. Careful is designed in, not added on.';

// Its own wording only: this feed is served at its own address, so the test install id (test-install-id.mjs)
// would pick another of the demo item's phrasings here.
const { phrasings: _, ...hiring } = demoFeed.items.find((item) => item.id === 'tp-hiring-engineers') ?? {};
const feed = {
  ...demoFeed,
  publisher: { id: 'before-posting-e2e', name: 'Lumen Robotics' },
  personalize: 'before-posting',
  items: [
    hiring,
    {
      id: 'tp-slow-down',
      type: 'talking-point',
      title: 'Why our robots slow down near people',
      text: SLOW_DOWN,
      keywords: ['hiring', 'careers'],
    },
  ],
  policies: [
    ...demoFeed.policies.filter((policy) => policy.id === 'codename-falcon'),
    { id: 'quiet', severity: 'block', message: QUIET, override: false, terms: ['earnings'] },
    {
      id: 'disclose-tie',
      severity: 'warn',
      message: DISCLOSE,
      disclosure: { phrases: ['I work at Lumen'] },
      fix: { prepend: '(I work at Lumen) ' },
    },
  ],
};

const guardTest = testWithFeed(() => feed);

/** Opens the composer and inserts the first suggestion for `query`, word for word. */
async function insert(page: Page, site: Playground, query: string, expected: string) {
  const editor = await insertFirstFound(page, site, query);
  await expect.poll(() => modelText(page)).toContain(expected);
  return editor;
}

const question = (page: Page) => page.getByRole('alertdialog');
const echoNote = (page: Page) =>
  notes(page).getByRole('listitem').filter({ hasText: 'of this post is the approved wording' });

for (const site of [linkedin, x, facebook]) {
  guardTest.describe(site.label, () => {
    guardTest(
      'before-posting: a verbatim insert asks for own words; Edit goes back with nothing posted, Post anyway posts',
      async ({ page, extensionId, feedServer, pageErrors }) => {
        await addTestFeed(page, extensionId, feedServer);
        const editor = await insert(page, site, 'hiring', 'Lumen Robotics is hiring robotics engineers');
        await expect(echoNote(page)).toBeVisible();
        const draft = await modelText(page);

        await site.postButton(page).click();
        const dialog = question(page);
        await expect(dialog).toBeVisible();
        await expect(dialog.getByRole('heading')).toHaveText('Make this post your own');
        await expect(dialog.getByRole('listitem')).toHaveText([
          /^100% of this post is the approved wording.*own words/,
        ]);
        await expect(dialog.getByRole('button')).toHaveText(['Edit', 'Post anyway']);
        await expect(dialog.getByRole('button', { name: 'Edit' })).toBeFocused();
        expect(await postedTexts(page)).toEqual([]);

        await dialog.getByRole('button', { name: 'Edit' }).click();
        await expect(dialog).toBeHidden();
        await expect(editor).toBeFocused();
        expect(await postedTexts(page)).toEqual([]);
        expect(await modelText(page)).toBe(draft);

        await site.postButton(page).click();
        await expect(dialog).toBeVisible();
        await dialog.getByRole('button', { name: 'Post anyway' }).click();
        await expect(dialog).toBeHidden();
        await expect.poll(() => postedTexts(page)).toEqual([draft]);
        expect(heraldErrors(pageErrors)).toEqual([]);
      },
    );

    guardTest(
      'before-posting: with a sentence of their own the post goes without a question',
      async ({ page, extensionId, feedServer, pageErrors }) => {
        await addTestFeed(page, extensionId, feedServer);
        await insert(page, site, 'hiring', 'Lumen Robotics is hiring robotics engineers');
        await moveCaret(page, 'Control+End');
        await page.keyboard.type(OWN);
        await expect(echoNote(page)).toHaveCount(0);
        const draft = await modelText(page);

        await site.postButton(page).click();
        await expect.poll(() => postedTexts(page)).toEqual([draft]);
        await expect(question(page)).toHaveCount(0);
        expect(heraldErrors(pageErrors)).toEqual([]);
      },
    );

    guardTest(
      'an inserted approved text that names neither the company nor a keyword asks for the disclosure',
      async ({ page, extensionId, feedServer, pageErrors }) => {
        await addTestFeed(page, extensionId, feedServer);
        await insert(page, site, 'slow down', 'Our robots slow down whenever a person');
        const note = notes(page).getByRole('listitem').filter({ hasText: DISCLOSE });
        await expect(note).toBeVisible();
        await expect(note).toContainText('does not say you work there');

        await note.getByRole('button', { name: 'Start with “(I work at Lumen)”' }).click();
        await expect.poll(() => modelText(page)).toMatch(/^\(I work at Lumen\) Our robots slow down/);
        await expect(note).toHaveCount(0);
        expect(heraldErrors(pageErrors)).toEqual([]);
      },
    );
  });
}

guardTest(
  'LinkedIn: a verbatim draft with a blocking term asks once, listing both; a company rule leaves only Edit',
  async ({ page, extensionId, feedServer, pageErrors }) => {
    await addTestFeed(page, extensionId, feedServer);
    await insert(page, linkedin, 'hiring', 'Lumen Robotics is hiring robotics engineers');
    await moveCaret(page, 'Control+End');
    await page.keyboard.type(' Project Falcon');
    const falcon = demoFeed.policies.find((policy) => policy.id === 'codename-falcon')?.message as string;

    await linkedin.postButton(page).click();
    const dialog = question(page);
    await expect(dialog.getByRole('heading')).toHaveText('This post breaks company policy');
    await expect(dialog.getByRole('listitem')).toHaveText([falcon, /own words/]);
    await expect(dialog.getByRole('button')).toHaveText(['Edit', 'Post anyway']);
    await dialog.getByRole('button', { name: 'Edit' }).click();
    await expect(dialog).toBeHidden();

    await moveCaret(page, 'Control+End');
    await page.keyboard.type(' before earnings');
    await linkedin.postButton(page).click();
    await expect(dialog.getByRole('listitem')).toHaveText([falcon, QUIET, /own words/]);
    await expect(dialog).toContainText('Your company does not allow posting this.');
    await expect(dialog.getByRole('button')).toHaveText(['Edit']);
    await dialog.getByRole('button', { name: 'Edit' }).click();
    await expect(dialog).toBeHidden();
    expect(await postedTexts(page)).toEqual([]);
    expect(heraldErrors(pageErrors)).toEqual([]);
  },
);
