// The feeds part of Options as an employee meets it: a wrong address is explained before any prompt, and
// long addresses and errors stay readable in light and dark mode on a narrow window.
import type { Page } from '@playwright/test';
import type { FeedState } from '../../shared/sync/feed-state';
import { expect, heraldErrors, test } from './fixtures';

// Only what this spec calls, evaluated in an extension page (no @types/chrome in this project).
declare const chrome: {
  storage: { local: { set(items: Record<string, unknown>): Promise<void> } };
  alarms: { get(name: string): Promise<unknown> };
};

async function openOptions(page: Page, extensionId: string): Promise<void> {
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  // The install-time sync is over once it has scheduled the next one.
  await expect.poll(() => page.evaluate(() => chrome.alarms.get('herald-sync').then(Boolean))).toBe(true);
}

for (const address of [
  'http://comms.example.com/feed.json',
  'comms.example.com/feed.json',
  '',
  // User info makes an address read as one host and lead to another.
  'https://comms.example.com@evil.example/feed.json',
]) {
  test(`"${address}" is refused with what to type instead`, async ({ page, extensionId }) => {
    await openOptions(page, extensionId);
    await page.getByLabel('Feed URL').fill(address);
    await page.getByRole('button', { name: 'Add feed' }).click();

    await expect(page.getByRole('region', { name: 'Feeds' }).getByRole('status')).toHaveText(
      'Enter the feed’s full address, starting with https:// (http:// only for localhost).',
    );
    await expect(page.getByLabel('Feed URL')).toHaveValue(address);
    await expect(page.getByRole('listitem').filter({ hasText: 'Demo content' })).toBeVisible();
  });
}

test('the Feed URL field says where the address comes from', async ({ page, extensionId }) => {
  await openOptions(page, extensionId);
  await expect(page.getByLabel('Feed URL')).toHaveAccessibleDescription(/address your communications team gave you/);
});

// A signed link, as some feed hosts hand out: one long string with no place to break.
const longUrl = `https://comms.example.com/herald/feed.json?token=${'a1b2c3d4'.repeat(24)}`;
const brokenFeed: FeedState = {
  url: longUrl,
  origin: 'user',
  lastAttemptAt: Date.now(),
  lastError: `no signature: ${longUrl}.sig answered HTTP 404`,
  failures: 3,
  skipped: [],
};

for (const colorScheme of ['light', 'dark'] as const) {
  test(`a long address and error wrap inside a narrow window (${colorScheme})`, async ({
    page,
    extensionId,
    pageErrors,
  }, testInfo) => {
    await page.setViewportSize({ width: 420, height: 900 });
    await page.emulateMedia({ colorScheme });
    await openOptions(page, extensionId);
    await page.evaluate((state) => chrome.storage.local.set({ feedStates: { [state.url]: state } }), brokenFeed);

    // Until it loads, a feed is named by its host; the row shows the whole address.
    const row = page.getByRole('listitem', { name: 'comms.example.com' });
    await expect(row).toContainText(longUrl);
    await expect(row).toContainText('Not synced yet');
    await expect(row).toContainText('Check the address with whoever gave it to you');
    await expect(row.getByRole('button', { name: 'Remove feed comms.example.com' })).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    const background = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
    expect(background).toBe(colorScheme === 'dark' ? 'rgb(13, 17, 23)' : 'rgb(255, 255, 255)');

    const screenshot = testInfo.outputPath(`options-${colorScheme}.png`);
    await page.screenshot({ path: screenshot, fullPage: true });
    await testInfo.attach(`options-${colorScheme}`, { path: screenshot, contentType: 'image/png' });
    expect(heraldErrors(pageErrors)).toEqual([]);
  });
}
