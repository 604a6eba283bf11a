// A spec with a feed of its own: the test's feed server serves it, and the employee adds it in Options as
// they would. The e2e build may fetch http://127.0.0.1/* (see feed-sync.spec.ts).
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { type FeedReply, type FeedServer, startFeedServer } from './harness/feed-server.mjs';

/**
 * `test` with a `feedServer` answering with `feed()` (called per test, so a feed may hold times relative to the
 * test's start), an object to serve as JSON or a full reply.
 */
export function testWithFeed(feed: () => object | FeedReply) {
  return test.extend<{ feedServer: FeedServer }>({
    // biome-ignore lint/correctness/noEmptyPattern: Playwright requires the destructuring pattern here.
    feedServer: async ({}, use) => {
      const served = feed();
      const server = await startFeedServer(isReply(served) ? served : { status: 200, body: JSON.stringify(served) });
      await use(server);
      await server.close();
    },
  });
}

function isReply(served: object | FeedReply): served is FeedReply {
  return 'status' in served && 'body' in served && typeof served.body === 'string';
}

/** Adds the test's feed in Options, as the employee does, and waits until it is synced. */
export async function addTestFeed(page: Page, extensionId: string, feedServer: FeedServer): Promise<void> {
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  await page.getByLabel('Feed URL').fill(feedServer.url('/herald/feed.json'));
  await page.getByRole('button', { name: 'Add feed' }).click();
  await expect(page.getByRole('region', { name: 'Feeds' }).getByRole('status')).toHaveText('Feed added and synced.');
}
