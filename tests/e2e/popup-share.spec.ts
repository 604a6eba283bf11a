// Issue 6, sharing from the popup: Share on X opens X's intent with the item's text and its UTM-tagged
// link; Share on LinkedIn opens LinkedIn's share page and copies the caption; Copy copies the version for
// the chosen network; Insert puts a talking point into the composer open in another tab. The popup is
// opened as a page (chrome-extension://<id>/popup.html), as the toolbar popup cannot be driven headless.
import type { BrowserContext, Page } from '@playwright/test';
import { expect, heraldErrors, test } from './fixtures';
import { facebook, linkedin, modelText, playgrounds } from './harness/playgrounds.mjs';
import { nameServers, storedItem } from './pages/herald-library';
import { composeForNetwork } from './pages/shared-modules';

/** The popup in a tab, at the toolbar popup's size, with clipboard access. */
async function openPopup(context: BrowserContext, extensionId: string, page?: Page): Promise<Page> {
  // Chromium refuses a grant for a chrome-extension:// origin ("opaque"), so the grant is for every origin.
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const popup = page ?? (await context.newPage());
  await popup.setViewportSize({ width: 380, height: 600 });
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  await expect(popup.getByRole('article').first()).toBeVisible();
  return popup;
}

function card(popup: Page, title: string) {
  return popup.getByRole('article', { name: title });
}

function clipboardText(popup: Page): Promise<string> {
  return popup.evaluate(() => navigator.clipboard.readText());
}

/** Clicks a button that opens a tab, and returns the tab's URL as Herald asked for it. */
async function urlOpenedBy(context: BrowserContext, click: () => Promise<void>): Promise<URL> {
  const [opened] = await Promise.all([context.waitForEvent('page'), click()]);
  // A tab the extension opens shows an error page for a moment before the harness routes it to the fixture.
  await opened.waitForURL((url) => url.protocol === 'https:');
  return new URL(opened.url());
}

/** Clicks "Share on <network>" on an item's card; resolves to the share page's URL. */
function shareOn(context: BrowserContext, popup: Page, title: string, network: string): Promise<URL> {
  return urlOpenedBy(context, () =>
    card(popup, title)
      .getByRole('button', { name: `Share on ${network}` })
      .click(),
  );
}

// The demo's news items have one wording each: utm_content is `<item id>.1`.
const utm = (site: string, campaign: string, item: { id: string }) =>
  `utm_source=${site}&utm_medium=employee_advocacy&utm_campaign=${campaign}&utm_content=${item.id}.1`;

test('Share on X opens X’s intent with the item’s X text and its tagged link, and marks the item shared', async ({
  context,
  page,
  extensionId,
  pageErrors,
}) => {
  const item = await storedItem(context, 'news-sustainability-report');
  const popup = await openPopup(context, extensionId, page);
  const news = card(popup, item.title);

  const intent = await urlOpenedBy(context, () => news.getByRole('button', { name: 'Share on X' }).click());
  expect(`${intent.origin}${intent.pathname}`).toBe('https://x.com/intent/post');
  expect(intent.searchParams.get('text')).toBe(item.variants?.x);
  expect(intent.searchParams.get('url')).toBe(`${item.url}?${utm('x', 'sustainability-2026', item)}`);
  expect(intent.searchParams.get('hashtags')).toBe('Sustainability');

  await popup.bringToFront();
  await expect(popup.getByRole('status')).toHaveText('Opened the X share page.');
  await expect(news).toContainText(/Shared on X (just now|\d+ seconds? ago)/);
  // The mark is stored, not only shown: it is there when the popup opens again.
  await popup.reload();
  await expect(card(popup, item.title)).toContainText(/Shared on X/);
  expect(heraldErrors(pageErrors)).toEqual([]);
});

test('Share on LinkedIn opens LinkedIn’s share page with the tagged link and copies the caption', async ({
  context,
  page,
  extensionId,
  pageErrors,
}) => {
  const item = await storedItem(context, 'news-series-b');
  const tagged = `${item.url}?${utm('linkedin', 'series-b-2026', item)}`;
  const caption = await composeForNetwork(item, 'linkedin', { url: tagged, urlApart: true });
  if (!caption.ok) throw new Error(caption.reason);
  const popup = await openPopup(context, extensionId, page);
  const news = card(popup, item.title);

  const share = await urlOpenedBy(context, () => news.getByRole('button', { name: 'Share on LinkedIn' }).click());
  expect(share.href).toBe(`https://www.linkedin.com/sharing/share-offsite/?url=${encodeURIComponent(tagged)}`);

  await popup.bringToFront();
  expect(await clipboardText(popup)).toBe(caption.text);
  expect(caption.text).toContain(item.variants?.linkedin);
  await expect(popup.getByRole('status')).toHaveText('The text is copied: paste it into the LinkedIn post.');
  await expect(news).toContainText(/Shared on LinkedIn/);
  expect(heraldErrors(pageErrors)).toEqual([]);
});

test('Share on Facebook opens Facebook’s sharer with the link tagged for Facebook', async ({
  context,
  page,
  extensionId,
}) => {
  const item = await storedItem(context, 'news-careers-fair');
  const popup = await openPopup(context, extensionId, page);
  const share = await shareOn(context, popup, item.title, 'Facebook');
  expect(share.href).toBe(
    `https://www.facebook.com/sharer/sharer.php?u=${encodeURIComponent(`${item.url}?${utm('facebook', 'hiring-q4', item)}`)}`,
  );
});

test('Share on Threads opens Threads’ intent with the text and hashtags, and the link tagged for Threads', async ({
  context,
  page,
  extensionId,
}) => {
  const item = await storedItem(context, 'news-careers-fair');
  const popup = await openPopup(context, extensionId, page);
  const intent = await shareOn(context, popup, item.title, 'Threads');
  expect(`${intent.origin}${intent.pathname}`).toBe('https://www.threads.com/intent/post');
  const expected = await composeForNetwork(item, 'threads', { urlApart: true });
  if (!expected.ok) throw new Error(expected.reason);
  expect(intent.searchParams.get('text')).toBe(expected.text);
  expect(intent.searchParams.get('url')).toBe(`${item.url}?${utm('threads', 'hiring-q4', item)}`);
});

test('Share on Bluesky opens Bluesky’s compose intent with its variant and the tagged link in the text', async ({
  context,
  page,
  extensionId,
}) => {
  const item = await storedItem(context, 'news-series-b');
  const tagged = `${item.url}?${utm('bluesky', 'series-b-2026', item)}`;
  const expected = await composeForNetwork(item, 'bluesky', { url: tagged });
  if (!expected.ok) throw new Error(expected.reason);
  const popup = await openPopup(context, extensionId, page);
  const intent = await shareOn(context, popup, item.title, 'Bluesky');
  expect(`${intent.origin}${intent.pathname}`).toBe('https://bsky.app/intent/compose');
  expect(intent.searchParams.get('text')).toBe(expected.text);
  expect(expected.text.startsWith(item.variants?.bluesky ?? '')).toBe(true);
  expect(expected.text).toContain(tagged);
});

test('Share on Mastodon asks for the server, then opens that server’s share page with the tagged post', async ({
  context,
  page,
  extensionId,
}) => {
  const item = await storedItem(context, 'news-series-b');
  const popup = await openPopup(context, extensionId, page);
  const share = () => card(popup, item.title).getByRole('button', { name: 'Share on Mastodon' }).click();

  await nameServers(context, {});
  await share();
  await expect(popup.getByRole('status')).toHaveText("Name your Mastodon server in Herald's options to share there.");

  await nameServers(context, { mastodon: ['social.lumen.example'] });
  const intent = await urlOpenedBy(context, share);
  expect(`${intent.origin}${intent.pathname}`).toBe('https://social.lumen.example/share');
  const tagged = `${item.url}?${utm('mastodon', 'series-b-2026', item)}`;
  const expected = await composeForNetwork(item, 'mastodon', { url: tagged });
  if (!expected.ok) throw new Error(expected.reason);
  expect(intent.searchParams.get('text')).toBe(expected.text);
});

test('Copy copies the version for the network chosen under "Text for"', async ({ context, page, extensionId }) => {
  const item = await storedItem(context, 'news-series-b');
  const popup = await openPopup(context, extensionId, page);
  const news = card(popup, item.title);

  for (const site of playgrounds) {
    const expected = await composeForNetwork(item, site.id);
    if (!expected.ok) throw new Error(expected.reason);
    await popup.getByRole('radio', { name: site.label }).check();
    await expect(news).toContainText(expected.text.split('\n')[0] ?? '');
    await news.getByRole('button', { name: 'Copy' }).click();
    await expect(popup.getByRole('status')).toHaveText(`Copied the ${site.label} version.`);
    expect(await clipboardText(popup)).toBe(expected.text);
  }
  await expect(news).toContainText('Copied');
});

for (const site of [linkedin, facebook]) {
  test(`Insert puts a talking point's ${site.label} version into the composer open in another tab`, async ({
    context,
    page,
    extensionId,
    pageErrors,
  }) => {
    const item = await storedItem(context, 'tp-hiring-engineers');
    const expected = await composeForNetwork(item, site.id);
    if (!expected.ok) throw new Error(expected.reason);
    await page.goto(site.url);
    await site.openComposer(page);

    const popup = await openPopup(context, extensionId);
    await popup.getByRole('tab', { name: 'Talking points' }).click();
    await card(popup, item.title).getByRole('button', { name: 'Insert' }).click();

    await expect(popup.getByRole('status')).toHaveText('Inserted into your post.');
    await expect.poll(() => modelText(page)).toBe(expected.text);
    await expect(card(popup, item.title)).not.toContainText('Shared on');
    expect(heraldErrors(pageErrors)).toEqual([]);
  });
}

test('Insert with no composer open says where to open one', async ({ context, page, extensionId }) => {
  await page.goto(linkedin.url);
  const popup = await openPopup(context, extensionId);
  await popup.getByRole('tab', { name: 'Talking points' }).click();
  await popup.getByRole('button', { name: 'Insert' }).first().click();
  await expect(popup.getByRole('status')).toHaveText(
    'Open the post composer on LinkedIn, X, Facebook, Threads, Bluesky, or Mastodon, then press Insert again.',
  );
});
