// Reads and edits the library the content script sees, through the extension's service worker:
// chrome.storage.local's `feedStates` (utils/storage.ts), a record of FeedState by feed URL.
import { type BrowserContext, expect } from '@playwright/test';
import type { FeedItem } from '../../../shared/feed/schema';
import type { FeedState } from '../../../shared/sync/feed-state';
import { DEMO_FEED_URL } from '../../../shared/sync/feed-state';
import { heraldWorker } from '../harness/launch-herald.mjs';

// Only what these helpers call, evaluated in the service worker (no @types/chrome in this project).
declare const chrome: {
  alarms: { get(name: string): Promise<object | undefined> };
  storage: {
    local: {
      get(key: string): Promise<Record<string, unknown>>;
      set(items: Record<string, unknown>): Promise<void>;
    };
  };
};

/**
 * Waits for the background's first full sync, which rewrites the demo feed from the bundled file: an item
 * added before it ends would be lost. The sync alarm is set as that sync finishes.
 */
export async function firstSyncDone(context: BrowserContext): Promise<void> {
  const worker = await heraldWorker(context);
  await expect
    .poll(() => worker.evaluate(async () => (await chrome.alarms.get('herald-sync')) !== undefined), {
      timeout: 15_000,
    })
    .toBe(true);
}

async function feedStates(context: BrowserContext): Promise<Record<string, FeedState>> {
  const worker = await heraldWorker(context);
  return worker.evaluate(async () => {
    const stored = await chrome.storage.local.get('feedStates');
    return (stored.feedStates ?? {}) as Record<string, FeedState>;
  });
}

/** The demo feed as the background stored it after its first sync (waits for that sync). */
async function demoState(context: BrowserContext): Promise<FeedState & { feed: NonNullable<FeedState['feed']> }> {
  await firstSyncDone(context);
  const state = (await feedStates(context))[DEMO_FEED_URL];
  if (!state?.feed) throw new Error('The background never stored the demo feed');
  return state as FeedState & { feed: NonNullable<FeedState['feed']> };
}

/** A library item by its feed id, as stored. */
export async function storedItem(context: BrowserContext, id: string): Promise<FeedItem> {
  const item = (await demoState(context)).feed.items.find((candidate) => candidate.id === id);
  if (!item) throw new Error(`No item "${id}" in the stored demo feed`);
  return item;
}

/** Adds items to the stored demo feed; open pages pick the change up through storage.onChanged. */
export async function addItems(context: BrowserContext, items: FeedItem[]): Promise<void> {
  const state = await demoState(context);
  const next: FeedState = {
    ...state,
    feed: { ...state.feed, updatedAt: new Date().toISOString(), items: [...items, ...state.feed.items] },
  };
  const worker = await heraldWorker(context);
  await worker.evaluate(
    async ([url, value]) => {
      const stored = await chrome.storage.local.get('feedStates');
      await chrome.storage.local.set({ feedStates: { ...(stored.feedStates ?? {}), [url]: value } });
    },
    [DEMO_FEED_URL, next] as const,
  );
}

/** Names the employee's servers for networks on any domain, as the options page stores them. */
export async function nameServers(context: BrowserContext, servers: Record<string, string[]>): Promise<void> {
  const worker = await heraldWorker(context);
  await worker.evaluate((instanceHosts) => chrome.storage.local.set({ instanceHosts }), servers);
}
