// What an employee sees in Options when IT manages Herald: IT's feeds labelled and not removable, no way to
// add feeds when IT forbids it, the interval and sites IT set locked. The page reads the policy the
// background caches (managedConfigCache), so these tests write that cache as the background would; a real
// enterprise-policy test lives elsewhere.
import type { Page } from '@playwright/test';
import demoFeed from '../../shared/feed/demo-feed.json' with { type: 'json' };
import type { FeedState } from '../../shared/sync/feed-state';
import type { ManagedConfig } from '../../shared/sync/managed-config';
import { expect, heraldErrors, test } from './fixtures';
import { parseFeed } from './pages/shared-modules';

// Only what this spec calls, evaluated in an extension page (no @types/chrome in this project).
declare const chrome: {
  storage: { local: { set(items: Record<string, unknown>): Promise<void> } };
  alarms: { get(name: string): Promise<unknown> };
};

const IT_FEED = 'https://intranet.example.com/herald/feed.json';
const MY_FEED = 'https://comms.example.com/herald/feed.json';

async function syncedState(url: string, origin: FeedState['origin'], publisherName: string): Promise<FeedState> {
  const parsed = await parseFeed({ ...demoFeed, publisher: { id: publisherName.toLowerCase(), name: publisherName } });
  if (!parsed.ok) throw new Error('the demo feed no longer parses');
  return {
    url,
    origin,
    feed: parsed.feed,
    lastSuccessAt: Date.now(),
    lastAttemptAt: Date.now(),
    failures: 0,
    skipped: [],
  };
}

/** Opens Options once the install-time sync is over (it schedules the alarm last), then sets the scene. */
async function openOptionsWith(
  page: Page,
  extensionId: string,
  managedConfigCache: ManagedConfig,
  states: FeedState[],
): Promise<void> {
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  await expect.poll(() => page.evaluate(() => chrome.alarms.get('herald-sync').then(Boolean))).toBe(true);
  const feedStates = Object.fromEntries(states.map((state) => [state.url, state]));
  await page.evaluate((items) => chrome.storage.local.set(items), { managedConfigCache, feedStates });
}

test('with IT forbidding own feeds, the IT feed is labelled and fixed, and nothing can be added', async ({
  page,
  extensionId,
  pageErrors,
}) => {
  await openOptionsWith(page, extensionId, { feedUrls: [IT_FEED], allowUserFeeds: false }, [
    await syncedState(IT_FEED, 'managed', 'Intranet News'),
  ]);

  const row = page.getByRole('listitem', { name: 'Intranet News' });
  await expect(row).toContainText('Set by your organisation');
  await expect(row).toContainText(IT_FEED);
  await expect(row.getByRole('button', { name: /Remove/ })).toHaveCount(0);
  await expect(page.getByText('Your organisation manages Herald’s feeds')).toBeVisible();
  await expect(page.getByLabel('Feed URL')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Add feed' })).toHaveCount(0);
  // Syncing stays possible: it only fetches what IT configured.
  await expect(page.getByRole('button', { name: 'Sync now' })).toBeEnabled();
  expect(heraldErrors(pageErrors)).toEqual([]);
});

test('an employee can remove their own feed but not the one IT set', async ({ page, extensionId }) => {
  await openOptionsWith(page, extensionId, { feedUrls: [IT_FEED] }, [
    await syncedState(IT_FEED, 'managed', 'Intranet News'),
    await syncedState(MY_FEED, 'user', 'Comms Team'),
  ]);

  await expect(page.getByRole('listitem', { name: 'Comms Team' })).toContainText('Added by you');
  await expect(page.getByRole('button', { name: 'Remove feed Comms Team' })).toBeVisible();
  await expect(page.getByRole('listitem', { name: 'Intranet News' })).toContainText('Set by your organisation');
  await expect(page.getByRole('button', { name: 'Remove feed Intranet News' })).toHaveCount(0);
  // IT's feeds come first.
  await expect(page.getByRole('list').first().getByRole('heading')).toHaveText(['Intranet News', 'Comms Team']);
  await expect(page.getByLabel('Feed URL')).toBeEditable();
});

test('the interval and the sites IT set are locked, and say so', async ({ page, extensionId }) => {
  await openOptionsWith(page, extensionId, { syncIntervalMinutes: 240, disabledSites: ['facebook'] }, []);

  const interval = page.getByLabel('Check for new content every');
  await expect(interval).toBeDisabled();
  await expect(interval).toHaveValue('240');
  await expect(interval).toHaveAccessibleDescription('Set by your organisation.');

  const facebook = page.getByRole('checkbox', { name: 'Herald on Facebook' });
  await expect(facebook).toBeDisabled();
  await expect(facebook).not.toBeChecked();
  await expect(facebook).toHaveAccessibleDescription('(off by your organisation)');
  const linkedin = page.getByRole('checkbox', { name: 'Herald on LinkedIn' });
  await expect(linkedin).toBeEnabled();
  await expect(linkedin).toBeChecked();
});

test('without a policy the employee chooses the interval and the sites', async ({ page, extensionId }) => {
  await openOptionsWith(page, extensionId, {}, []);

  const interval = page.getByLabel('Check for new content every');
  await expect(interval).toBeEnabled();
  await interval.selectOption({ label: '2 hours' });
  const facebook = page.getByRole('checkbox', { name: 'Herald on Facebook' });
  await facebook.uncheck();

  await page.reload();
  await expect(page.getByLabel('Check for new content every')).toHaveValue('120');
  await expect(page.getByRole('checkbox', { name: 'Herald on Facebook' })).not.toBeChecked();
});
