import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DEMO_FEED_URL } from '../../../shared/sync/feed-state';
import { feedBody, freshBackgroundAt, minutesUntilSync, stubFeeds } from './background-harness';

const IT_FEED = 'https://intranet.example.com/herald/feed.json';
const NOW = Date.parse('2026-11-28T09:00:00Z');

// vi.waitFor moves the fake clock on while it polls, so alarm delays are compared to two decimals.
let bg: Awaited<ReturnType<typeof freshBackgroundAt>>;

beforeEach(async () => {
  bg = await freshBackgroundAt(NOW);
  bg.startBackground();
});

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

async function storedOrigins(): Promise<Record<string, string>> {
  const states = await bg.storage.feedStatesItem.getValue();
  return Object.fromEntries(Object.values(states).map((state) => [state.url, state.origin]));
}

describe('startBackground', () => {
  it('re-creates a missing sync alarm at every start of the worker', async () => {
    await vi.waitFor(async () => expect(await minutesUntilSync(NOW)).toBeCloseTo(0.5, 2));
  });

  it('keeps the sync alarm a start finds', async () => {
    const fresh = await freshBackgroundAt(NOW);
    await fresh.fakeBrowser.alarms.create('herald-sync', { delayInMinutes: 20 });
    fresh.startBackground();
    await fresh.ensureSyncAlarm();
    expect(await minutesUntilSync(NOW)).toBeCloseTo(20, 2);
  });

  it("keeps the popup's library head current after every sync", async () => {
    stubFeeds();
    await bg.fakeBrowser.runtime.onInstalled.trigger({ reason: 'install', temporary: false });

    await vi.waitFor(async () => {
      const head = await bg.storage.libraryHeadItem.getValue();
      expect(head?.isDemo).toBe(true);
      expect(head?.items.length).toBeGreaterThan(0);
    });
    await bg.storage.feedStatesItem.setValue({});
    await vi.waitFor(async () =>
      expect(await bg.storage.libraryHeadItem.getValue()).toEqual({ items: [], isDemo: false }),
    );
  });

  it('makes a random install id on install, once, and keeps it through later starts', async () => {
    stubFeeds();
    await bg.fakeBrowser.runtime.onInstalled.trigger({ reason: 'install', temporary: false });
    const stored = async () => (await bg.fakeBrowser.storage.local.get('installId')).installId;
    await vi.waitFor(async () => expect(await stored()).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-/));
    const id = await stored();
    await bg.fakeBrowser.runtime.onInstalled.trigger({ reason: 'update', temporary: false });
    expect(await bg.storage.installIdItem.getValue()).toBe(id);
  });

  it('makes the install id on first read where the install event was missed', async () => {
    await bg.fakeBrowser.storage.local.remove('installId');
    const fresh = await freshBackgroundAt(NOW);
    const first = await fresh.storage.installIdItem.getValue();
    expect(first).toMatch(/^[0-9a-f-]{36}$/);
    expect(await fresh.storage.installIdItem.getValue()).toBe(first);
    expect((await fresh.fakeBrowser.storage.local.get('installId')).installId).toBe(first);
  });

  it('syncs on install and schedules the next sync', async () => {
    stubFeeds();
    await bg.fakeBrowser.runtime.onInstalled.trigger({ reason: 'install', temporary: false });

    await vi.waitFor(async () => expect(await storedOrigins()).toEqual({ [DEMO_FEED_URL]: 'demo' }));
    await vi.waitFor(async () => expect(await minutesUntilSync(NOW)).toBeCloseTo(30, 2));
  });

  it('syncs when the herald-sync alarm fires, and ignores other alarms', async () => {
    const server = stubFeeds({ [IT_FEED]: { status: 200, body: feedBody('Intranet') } });
    await bg.storage.userFeedUrlsItem.setValue([IT_FEED]);

    await bg.fakeBrowser.alarms.onAlarm.trigger({ name: 'something-else', scheduledTime: NOW });
    await bg.fakeBrowser.alarms.onAlarm.trigger({ name: 'herald-sync', scheduledTime: NOW });

    await vi.waitFor(async () => expect(await storedOrigins()).toEqual({ [IT_FEED]: 'user' }));
    expect(server.requested).toEqual([IT_FEED]);
  });

  it('re-reads the policy when IT changes it and syncs the managed feed at once', async () => {
    const server = stubFeeds({ [IT_FEED]: { status: 200, body: feedBody('Intranet') } });

    await bg.fakeBrowser.storage.managed.set({ feedUrls: [IT_FEED], syncIntervalMinutes: 120 });

    await vi.waitFor(async () => expect(await storedOrigins()).toEqual({ [IT_FEED]: 'managed' }));
    expect(server.requested).toEqual([IT_FEED]);
    expect(await bg.storage.managedConfigCacheItem.getValue()).toEqual({
      feedUrls: [IT_FEED],
      syncIntervalMinutes: 120,
    });
    await vi.waitFor(async () => expect(await minutesUntilSync(NOW)).toBeCloseTo(120, 2));
  });

  it('reschedules at once when the employee picks another interval', async () => {
    stubFeeds();
    await bg.runSync();
    expect(await minutesUntilSync(NOW)).toBe(30);

    await bg.storage.settingsItem.setValue({ syncIntervalMinutes: 240, disabledSites: [] });

    await vi.waitFor(async () => expect(await minutesUntilSync(NOW)).toBeCloseTo(240, 2));
  });

  it('answers syncNow with the errors of the sync it ran', async () => {
    stubFeeds();
    await bg.storage.userFeedUrlsItem.setValue([IT_FEED]);

    const report = await bg.messages.sendMessage('syncNow', undefined);

    expect(report.errors).toEqual([{ url: IT_FEED, message: 'network error: Failed to fetch' }]);
    expect((await bg.storage.feedStatesItem.getValue())[IT_FEED]?.lastError).toBe('network error: Failed to fetch');
  });

  it('records a share under the item key, oldest first', async () => {
    await bg.messages.sendMessage('recordShare', { key: 'feed#a', site: 'linkedin' });
    vi.setSystemTime(NOW + 60_000);
    await bg.messages.sendMessage('recordShare', { key: 'feed#a', site: 'copy' });

    expect(await bg.storage.shareHistoryItem.getValue()).toEqual({
      'feed#a': [
        { site: 'linkedin', at: NOW },
        { site: 'copy', at: NOW + 60_000 },
      ],
    });
  });
});
