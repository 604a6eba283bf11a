// Issue 6, finding things in the popup: search forgives typos, says when nothing matches, the tabs and
// every button work from the keyboard, "New" marks clear the toolbar badge, the popup says when it is
// loading and when a feed failed, and long words never make it scroll sideways.
import type { BrowserContext, Page } from '@playwright/test';
import type { FeedState } from '../../shared/sync/feed-state';
import { DEMO_FEED_URL } from '../../shared/sync/feed-state';
import { expect, heraldErrors, test } from './fixtures';
import { heraldWorker } from './harness/launch-herald.mjs';
import { playgrounds } from './harness/playgrounds.mjs';
import { addItems, firstSyncDone } from './pages/herald-library';

// Only what this spec calls, evaluated in the service worker or the popup (no @types/chrome here).
declare const chrome: {
  alarms: { get(name: string): Promise<object | undefined> };
  action: { getBadgeText(details: object): Promise<string> };
  storage: {
    local: {
      get(key: string): Promise<Record<string, unknown>>;
      set(items: Record<string, unknown>): Promise<void>;
    };
  };
};

async function openPopup(context: BrowserContext, extensionId: string, page?: Page): Promise<Page> {
  const popup = page ?? (await context.newPage());
  await popup.setViewportSize({ width: 380, height: 600 });
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  await expect(popup.getByRole('article').first()).toBeVisible();
  return popup;
}

function searchField(popup: Page) {
  return popup.getByRole('searchbox', { name: 'Search' });
}

function results(popup: Page) {
  return popup.getByRole('region', { name: 'Search results' });
}

for (const { typed, title } of [
  { typed: 'sustainabilty', title: 'Our 2026 sustainability report: 38% less energy per parcel moved' },
  { typed: 'engineres', title: 'We are hiring robotics engineers' },
  { typed: 'sustai', title: 'Our 2026 sustainability report: 38% less energy per parcel moved' },
]) {
  test(`searching "${typed}" finds "${title}" first`, async ({ context, page, extensionId, pageErrors }) => {
    const popup = await openPopup(context, extensionId, page);
    await searchField(popup).fill(typed);
    await expect(results(popup).getByRole('article').first()).toHaveAccessibleName(title);
    // The results replace the tabs, and clearing the field brings the tabs back.
    await expect(popup.getByRole('tablist')).toBeHidden();
    await searchField(popup).fill('');
    await expect(popup.getByRole('tab', { name: 'News' })).toBeVisible();
    await expect(results(popup)).toBeHidden();
    expect(heraldErrors(pageErrors)).toEqual([]);
  });
}

test('a search that matches nothing says so', async ({ context, page, extensionId }) => {
  const popup = await openPopup(context, extensionId, page);
  await searchField(popup).fill('qwxzvk');
  await expect(popup.getByText('Nothing matches “qwxzvk”.')).toBeVisible();
  await expect(popup.getByRole('article')).toHaveCount(0);
});

test('tabs follow the arrow keys, Home and End, and Tab reaches every button of a card', async ({
  context,
  page,
  extensionId,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const popup = await openPopup(context, extensionId, page);
  await expect(searchField(popup)).toBeFocused();
  await popup.keyboard.press('Tab');
  const tab = (name: string) => popup.getByRole('tab', { name });
  await expect(tab('News')).toBeFocused();

  for (const [key, name] of [
    ['ArrowRight', 'Talking points'],
    ['ArrowRight', 'Policies'],
    ['ArrowRight', 'News'],
    ['ArrowLeft', 'Policies'],
    ['Home', 'News'],
    ['End', 'Policies'],
    ['ArrowLeft', 'Talking points'],
    ['ArrowLeft', 'News'],
  ] as const) {
    await popup.keyboard.press(key);
    await expect(tab(name)).toBeFocused();
    await expect(tab(name)).toHaveAttribute('aria-selected', 'true');
    await expect(popup.getByRole('tabpanel', { name })).toBeVisible();
  }
  // The focus ring shows where the keyboard is.
  expect(await tab('News').evaluate((element) => getComputedStyle(element).outlineStyle)).toBe('solid');

  // Next: the "Text for" radios (arrows choose), then the first card's buttons in order.
  await popup.keyboard.press('Tab');
  await expect(popup.getByRole('radio', { name: 'LinkedIn' })).toBeFocused();
  await popup.keyboard.press('ArrowRight');
  await expect(popup.getByRole('radio', { name: 'X', exact: true })).toBeChecked();
  const first = popup.getByRole('article').first();
  const shares = playgrounds.map((site) => `Share on ${site.label}`);
  for (const name of [...shares, 'Copy']) {
    await popup.keyboard.press('Tab');
    await expect(first.getByRole('button', { name })).toBeFocused();
  }
  await popup.keyboard.press('Enter');
  await expect(popup.getByRole('status')).toHaveText('Copied the X version.');
});

test('"New" marks show on the first open, and opening the popup clears the toolbar badge', async ({
  context,
  page,
  extensionId,
}) => {
  const worker = await heraldWorker(context);
  // The background counts the demo's items as new once its first sync has stored them.
  await firstSyncDone(context);
  await expect.poll(() => worker.evaluate(() => chrome.action.getBadgeText({}))).toMatch(/^[1-9]\d*$/);

  const popup = await openPopup(context, extensionId, page);
  await expect(popup.getByRole('article').first().getByText('New', { exact: true })).toBeVisible();
  await expect.poll(() => worker.evaluate(() => chrome.action.getBadgeText({}))).toBe('');

  await popup.reload();
  await expect(popup.getByRole('article').first()).toBeVisible();
  await expect(popup.getByText('New', { exact: true })).toHaveCount(0);
});

test('a feed that failed to sync shows its error in the footer, above the last good content', async ({
  context,
  page,
  extensionId,
}) => {
  await firstSyncDone(context);
  const worker = await heraldWorker(context);
  await worker.evaluate(async (url) => {
    const { feedStates } = await chrome.storage.local.get('feedStates');
    const states = feedStates as Record<string, FeedState>;
    const demo = states[url];
    if (!demo) throw new Error('no demo feed stored');
    await chrome.storage.local.set({
      feedStates: { ...states, [url]: { ...demo, lastError: 'The server answered 503 Service Unavailable.' } },
    });
  }, DEMO_FEED_URL);

  const popup = await openPopup(context, extensionId, page);
  await expect(popup.getByRole('contentinfo')).toContainText(
    'Lumen Robotics (demo): The server answered 503 Service Unavailable.',
  );
  await expect(popup.getByRole('article').first()).toBeVisible();
});

test('the popup says "Loading…" while storage has not answered, then shows the cards', async ({
  page,
  extensionId,
}) => {
  // Holds back the popup's storage reads until the test lets them through.
  await page.addInitScript(() => {
    const area = chrome.storage.local;
    const get = area.get.bind(area);
    let release: () => void = () => {};
    const released = new Promise<void>((resolve) => {
      release = resolve;
    });
    Object.assign(window, { __releaseStorage: release });
    Object.assign(area, { get: (...args: [string]) => released.then(() => get(...args)) });
  });
  await page.setViewportSize({ width: 380, height: 600 });
  await page.goto(`chrome-extension://${extensionId}/popup.html`);
  await expect(page.getByText('Loading…')).toBeVisible();
  await expect(page.getByRole('article')).toHaveCount(0);

  await page.evaluate(() => (window as unknown as { __releaseStorage(): void }).__releaseStorage());
  await expect(page.getByRole('article').first()).toBeVisible();
  await expect(page.getByText('Loading…')).toBeHidden();
});

test('long titles, words and campaigns wrap inside the card: the popup never scrolls sideways', async ({
  context,
  page,
  extensionId,
}) => {
  const title = `Lumen ${'Supercalifragilisticexpialidocious'.repeat(4)} robots reach every warehouse in the northern hemisphere by the end of next year`;
  await firstSyncDone(context);
  await addItems(context, [
    {
      id: 'news-long',
      type: 'news',
      title,
      text: `${'https://lumen-robotics.example/a/very/long/path/'.repeat(4)} and more words after it.`,
      url: 'https://lumen-robotics.example/news/long',
      campaign: 'global-warehouse-automation-programme-2026-phase-two-emea-and-apac',
      publishedAt: new Date().toISOString(),
    },
  ]);
  const popup = await openPopup(context, extensionId, page);
  const card = popup.getByRole('article', { name: title });
  await expect(card).toBeVisible();
  const overflow = await popup.evaluate(() => ({
    page: document.documentElement.scrollWidth - document.documentElement.clientWidth,
    cards: [...document.querySelectorAll('article, article *')].filter(
      (element) => element.scrollWidth > element.clientWidth + 1 && getComputedStyle(element).overflowX !== 'hidden',
    ).length,
  }));
  expect(overflow).toEqual({ page: 0, cards: 0 });
  const box = await card.boundingBox();
  expect((box?.x ?? 0) + (box?.width ?? Number.POSITIVE_INFINITY)).toBeLessThanOrEqual(380);
});
