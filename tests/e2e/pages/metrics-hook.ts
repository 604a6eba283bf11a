// The e2e build's "send now": Herald sends its metrics once a day at a random moment; a test cannot wait for
// that, so the e2e build (and only it) answers a `sendMetricsNow` message by sending at once.
import type { BrowserContext } from '@playwright/test';

// Only what the hook calls, in a page of the extension (no @types/chrome in this project).
declare const chrome: { runtime: { sendMessage(message: object): Promise<unknown> } };

/** Asks the background to send what it counted now, and waits for its answer (`{ res }` or `{ err }`). */
export async function sendMetricsNow(context: BrowserContext, extensionId: string): Promise<unknown> {
  const page = await context.newPage();
  try {
    // A page of the extension that renders nothing and sends nothing of its own.
    await page.goto(`chrome-extension://${extensionId}/feed.schema.json`);
    return await page.evaluate(() =>
      // The message format of Herald's messaging (@webext-core/messaging): utils/messages.ts.
      chrome.runtime.sendMessage({ id: 0, type: 'sendMetricsNow', data: undefined, timestamp: Date.now() }),
    );
  } finally {
    await page.close();
  }
}
