// The harness shares one browser between the tests of a worker (tests/e2e/fixtures.ts). A test must still
// start as on a fresh launch: whatever the previous test changed, in Herald or in the browser, is gone.
import type { BrowserContext } from '@playwright/test';
import { DEMO_FEED_URL } from '../../shared/sync/feed-state';
import { expect, test } from './fixtures';
import { heraldWorker } from './harness/launch-herald.mjs';
import { linkedin } from './harness/playgrounds.mjs';
import { firstSyncDone } from './pages/herald-library';

// Only what this spec calls in the service worker (no @types/chrome here).
declare const chrome: {
  storage: { local: { get(key: null): Promise<Record<string, unknown>>; set(items: object): Promise<void> } };
};

// Not on a routed site: the harness's own routes, added again at each reset, would shadow a leaked route there.
const leakedRoute = 'http://127.0.0.1:9/leaked-by-an-earlier-test';

let first: BrowserContext | undefined;

test.describe('one browser, two tests', () => {
  // Serial: the same worker runs both, in order, on the same browser.
  test.describe.configure({ mode: 'serial' });

  test('a test changes settings, storage, routes, pages, cookies and grants', async ({ context, page }) => {
    first = context;
    const worker = await heraldWorker(context);
    await worker.evaluate(async () => {
      await chrome.storage.local.set({ settings: { syncIntervalMinutes: 5, disabledSites: ['linkedin'] } });
    });
    await context.route(leakedRoute, (route) => route.fulfill({ body: 'leaked' }));
    await context.grantPermissions(['clipboard-read']);
    await context.addCookies([{ name: 'session', value: 'leaked', url: linkedin.url }]);
    await page.goto(leakedRoute);
    await expect(page.locator('body')).toHaveText('leaked');
    await context.newPage();
  });

  test('the next test on the same browser sees none of it', async ({ context, page }) => {
    expect(context, 'the two tests shared a browser').toBe(first);
    expect(context.pages()).toHaveLength(2); // the blank page a launch opens, and this test's `page`
    expect(await context.cookies()).toEqual([]);
    const clipboard = await page.evaluate(() =>
      navigator.permissions.query({ name: 'clipboard-read' as PermissionName }).then((status) => status.state),
    );
    expect(clipboard).not.toBe('granted');
    const served = await page.goto(leakedRoute).then(
      (response) => response?.text(),
      () => 'nothing listens there',
    );
    expect(served).not.toBe('leaked');

    await firstSyncDone(context);
    const worker = await heraldWorker(context);
    const stored = await worker.evaluate(() => chrome.storage.local.get(null));
    expect(stored.settings).toBeUndefined();
    // As after an install: the demo feed and the named Mastodon server, nothing else.
    expect(Object.keys(stored.feedStates as object)).toEqual([DEMO_FEED_URL]);
  });
});

test.describe('a spec that opts out', () => {
  test.use({ freshBrowser: true });

  test('gets a browser of its own', async ({ context }) => {
    expect(context).not.toBe(first);
    expect(context.pages()).toHaveLength(1);
  });
});
