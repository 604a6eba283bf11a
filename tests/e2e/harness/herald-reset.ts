// Puts a shared browser back in the state a fresh launch leaves it in, so the next test cannot tell it was
// used before: one blank page, the fixture routes only, no cookies or granted permissions, and Herald on
// empty storage after the sync an install runs.
import type { BrowserContext, Page } from '@playwright/test';
import { nameMastodonServer } from './launch-herald.mjs';
import { routeFixtureSites } from './route-sites.mjs';
import { TEST_INSTALL_ID } from './test-install-id.mjs';

// Only what the reset calls in a page of the extension (no @types/chrome in the e2e tests).
declare const chrome: {
  alarms: { clearAll(): Promise<boolean> };
  runtime: { sendMessage(message: object): Promise<unknown> };
  scripting: { unregisterContentScripts(): Promise<void> };
  storage: Record<'local' | 'session' | 'sync', { clear(): Promise<void>; set(items: object): Promise<void> }>;
};

export async function resetHerald(context: BrowserContext, extensionId: string): Promise<void> {
  // Pages first: a content script or an extension page still open could write to storage after it is cleared.
  const keeper = await context.newPage();
  await Promise.all(context.pages().map((page) => (page === keeper ? undefined : page.close())));
  await context.unrouteAll({ behavior: 'ignoreErrors' });
  await context.clearCookies();
  await context.clearPermissions();
  await context.setOffline(false);
  await context.setExtraHTTPHeaders({});
  await emptyHerald(keeper, extensionId);
  await routeFixtureSites(context);
  await nameMastodonServer(context);
}

/**
 * Clears everything Herald keeps, then asks for the sync an install starts (which seeds the demo feed) and
 * waits for it. The background keeps no state in memory beyond its queues, so emptying storage is enough;
 * restarting the worker instead costs seconds and Chromium throttles repeated reloads of an extension.
 * All of it from a page of the extension, so it works whether or not the service worker is running: the
 * message wakes it.
 */
async function emptyHerald(keeper: Page, extensionId: string): Promise<void> {
  // A page of the extension that renders nothing and sends nothing.
  await keeper.goto(`chrome-extension://${extensionId}/feed.schema.json`);
  const answer = await keeper.evaluate(async (installId) => {
    await chrome.alarms.clearAll();
    await chrome.scripting.unregisterContentScripts();
    await Promise.all([chrome.storage.local.clear(), chrome.storage.session.clear(), chrome.storage.sync.clear()]);
    // As a fresh launch sets it (launch-herald.mjs): the id Herald would make at install, fixed for tests.
    await chrome.storage.local.set({ installId });
    // The message format of Herald's messaging (@webext-core/messaging): utils/messages.ts.
    return chrome.runtime.sendMessage({ id: 0, type: 'syncNow', data: undefined, timestamp: Date.now() });
  }, TEST_INSTALL_ID);
  if (!answer || typeof answer !== 'object' || 'err' in answer) {
    throw new Error(`Herald's first sync after the reset failed: ${JSON.stringify(answer)}`);
  }
  await keeper.goto('about:blank');
}
