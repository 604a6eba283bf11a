// Issue 14: metrics are off unless IT turns them on. Without a `metrics` policy, a whole session (suggestions
// shown, inserts, posts on LinkedIn, X and Facebook, a share and a copy in the popup, then the e2e build's
// "send now") sends no request but feed syncs, Herald stores no count, and Options says it reports nothing.
import type { BrowserContext } from '@playwright/test';
import demoFeed from '../../shared/feed/demo-feed.json' with { type: 'json' };
import { expect, test as heraldTest } from './fixtures';
import { heraldWorker } from './harness/launch-herald.mjs';
import { playgrounds } from './harness/playgrounds.mjs';
import { advocacySession, sessionSecrets } from './pages/advocacy-session';
import { sendMetricsNow } from './pages/metrics-hook';
import { type RecordedRequest, recordRequests, recordWorker, type WorkerRecorder } from './pages/privacy-recorder';

// Only what this spec calls, evaluated in the service worker (no @types/chrome in this project).
declare const chrome: { storage: { local: { get(keys: null | string): Promise<Record<string, unknown>> } } };

/** `recorder`: a recorder in Herald's service worker, removed after the test (the worker serves the next one). */
const test = heraldTest.extend<{ recorder: WorkerRecorder }>({
  recorder: async ({ context }, use) => {
    const recorder = await recordWorker(context);
    await use(recorder);
    await recorder.stop();
  },
});

async function storedLocal(context: BrowserContext): Promise<Record<string, unknown>> {
  const worker = await heraldWorker(context);
  return worker.evaluate(() => chrome.storage.local.get(null));
}

// The sites the employee opens themselves (the playgrounds, the network's share page): their pages' own
// loads are the sites', not Herald's. Images in the popup load from the addresses in the feed (PRIVACY.md).
const siteHosts = new Set(playgrounds.map((site) => new URL(site.url).host));
const feedImages = new Set(demoFeed.items.flatMap((item) => ('image' in item && item.image ? [item.image.url] : [])));

/** A request that leaves the browser and is neither a site's own page load nor a feed image. */
function isHeralds(request: RecordedRequest): boolean {
  const url = new URL(request.url);
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return false;
  if (request.method !== 'GET') return true;
  if (!request.fromWorker && siteHosts.has(url.host)) return false;
  return !feedImages.has(request.url);
}

test('without a metrics policy, a whole session sends nothing but feed syncs and stores no count', async ({
  context,
  page,
  extensionId,
  recorder,
}) => {
  const requests = recordRequests(context);
  const uses = await advocacySession(context, page, extensionId, sessionSecrets());
  // Even asked to send at once, it has nothing to send.
  expect(await sendMetricsNow(context)).toBe('off');

  const local = await storedLocal(context);
  const feedUrls = Object.keys(local.feedStates ?? {});
  const isFeedSync = (request: { method: string; url: string }) =>
    request.method === 'GET' && feedUrls.some((feed) => request.url === feed || request.url === `${feed}.sig`);
  const record = await recorder.read();
  expect(record.fetches.filter((fetched) => !isFeedSync(fetched))).toEqual([]);
  expect(requests.filter((request) => isHeralds(request) && !isFeedSync(request))).toEqual([]);
  expect(Object.keys(local).filter((key) => /metric/i.test(key))).toEqual([]);
  expect(record.writes.map((write) => write.key).filter((key) => /metric/i.test(key))).toEqual([]);

  // Not vacuous: the session ran (every kind of use) and the browser's requests were recorded.
  expect(new Set(uses.map((use) => use.kind))).toEqual(
    new Set(['suggested', 'inserted', 'posted-verbatim', 'posted-edited', 'shared', 'copied']),
  );
  expect(requests.some((request) => request.url.startsWith('https://x.com/intent/'))).toBe(true);
  expect(record.messages.filter((message) => message.includes('recordShare'))).toHaveLength(2);
  // The page and the popup did report each use; the background, with no policy, kept none of them.
  expect(record.messages.filter((message) => message.includes('"countUse"'))).toHaveLength(uses.length);

  // And Options tells the employee so.
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  await expect(page.getByRole('region', { name: 'What Herald reports' })).toContainText('Herald reports nothing');
});
