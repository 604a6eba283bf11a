// When Herald updates or reloads, the copy of its content script already in a tab is orphaned: its extension
// context is gone. Nothing of it may keep running on the page: its UI leaves, its underlines go, and typing
// on brings no notes back. A page loaded afterwards gets the new copy, which works.
import { expect, test } from './fixtures';
import { heraldWorker } from './harness/launch-herald.mjs';
import { linkedin, mastodon } from './harness/playgrounds.mjs';
import { highlightedTexts, notes } from './pages/policy-checks';

// A reloaded extension is not something the shared browser's reset undoes.
test.use({ freshBrowser: true });

for (const site of [linkedin, mastodon]) {
  test(`${site.label}: after an extension reload the orphaned script stops and its UI leaves the page`, async ({
    context,
    page,
  }) => {
    await page.goto(site.url);
    const editor = await site.openComposer(page);
    await editor.click();
    await page.keyboard.type('Project Falcon ships');
    await expect(notes(page)).toBeVisible();

    const worker = await heraldWorker(context);
    // On a busy machine the reloaded worker has been seen to take over 10 s to start.
    const restarted = context.waitForEvent('serviceworker', { timeout: 30_000 });
    // @ts-expect-error chrome is the service worker's global
    await worker.evaluate(() => chrome.runtime.reload()).catch(() => undefined);

    await expect(page.locator('herald-composer-ui')).toHaveCount(0, { timeout: 5_000 });
    await expect.poll(() => highlightedTexts(page)).toEqual({});
    await editor.click();
    await page.keyboard.type(' and Project Falcon again');
    await page.waitForTimeout(800);
    await expect(page.locator('herald-composer-ui')).toHaveCount(0);

    // A page loaded now has the new copy (on a Mastodon server, once the new background has registered it).
    const worker2 = await restarted;
    await expect
      .poll(() =>
        // @ts-expect-error chrome is the service worker's global
        worker2.evaluate(async () => (await chrome.scripting.getRegisteredContentScripts()).length),
      )
      .toBe(1);
    const fresh = await context.newPage();
    await fresh.goto(site.url);
    const again = await site.openComposer(fresh);
    await again.click();
    await fresh.keyboard.type('Project Falcon ships');
    await expect(notes(fresh)).toBeVisible();
  });
}
