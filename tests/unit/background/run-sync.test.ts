import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { feedHash } from '../../../shared/library/content-hash';
import { DEMO_FEED_URL } from '../../../shared/sync/feed-state';
import { feedBody, freshBackgroundAt, minutesUntilSync, stubFeeds } from './background-harness';

const FEED = 'https://comms.example.com/herald/feed.json';
const NOW = Date.parse('2026-11-28T09:00:00Z');

let bg: Awaited<ReturnType<typeof freshBackgroundAt>>;

beforeEach(async () => {
  bg = await freshBackgroundAt(NOW);
  // Full jitter at its top: the backoff is then exactly 1, 2, 4… minutes.
  vi.spyOn(Math, 'random').mockReturnValue(1);
});

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

describe('runSync', () => {
  it('schedules the next sync at the interval after a good sync', async () => {
    stubFeeds({ [FEED]: { status: 200, body: feedBody('Acme') } });
    await bg.storage.userFeedUrlsItem.setValue([FEED]);
    await bg.storage.settingsItem.setValue({ syncIntervalMinutes: 60, disabledSites: [] });

    const report = await bg.runSync();

    expect(report.errors).toEqual([]);
    expect((await bg.storage.feedStatesItem.getValue())[FEED]?.feed?.publisher.name).toBe('Acme');
    expect(await minutesUntilSync(NOW)).toBe(60);
  });

  it('stores each feed with its content hash, so no page has to hash it', async () => {
    stubFeeds({ [FEED]: { status: 200, body: feedBody('Acme') } });
    await bg.storage.userFeedUrlsItem.setValue([FEED]);
    await bg.runSync();

    const held = (await bg.storage.feedStatesItem.getValue())[FEED];
    if (!held?.feed) throw new Error('the feed was not stored');
    expect(held.contentHash).toBe(feedHash(held.feed));
  });

  it('retries sooner after each failure, doubling, and back to the interval once the feed recovers', async () => {
    const server = stubFeeds({ [FEED]: { status: 200, body: feedBody('Acme') } });
    await bg.storage.userFeedUrlsItem.setValue([FEED]);
    await bg.runSync();
    server.serve(FEED, { status: 503 });

    const delays: (number | undefined)[] = [];
    for (let attempt = 0; attempt < 3; attempt++) {
      const report = await bg.runSync();
      expect(report.errors).toEqual([{ url: FEED, message: 'HTTP 503' }]);
      delays.push(await minutesUntilSync(NOW));
    }
    expect(delays).toEqual([1, 2, 4]);
    // The last good feed stays through the failures.
    expect((await bg.storage.feedStatesItem.getValue())[FEED]?.feed?.publisher.name).toBe('Acme');

    server.serve(FEED, { status: 200, body: feedBody('Acme') });
    await bg.runSync();
    expect(await minutesUntilSync(NOW)).toBe(30);
  });

  it("uses IT's interval over the employee's", async () => {
    stubFeeds({ [FEED]: { status: 200, body: feedBody('Acme') } });
    await bg.fakeBrowser.storage.managed.set({ feedUrls: [FEED], syncIntervalMinutes: 240 });
    await bg.storage.settingsItem.setValue({ syncIntervalMinutes: 15, disabledSites: [] });

    await bg.runSync();

    expect(await minutesUntilSync(NOW)).toBe(240);
  });

  it('runs one sync after another: a second sync waits for the first to write its states', async () => {
    await bg.storage.userFeedUrlsItem.setValue([FEED]);
    const answers: ((response: Response) => void)[] = [];
    vi.stubGlobal('fetch', () => new Promise<Response>((resolve) => answers.push(resolve)));
    const first = bg.runSync();
    const second = bg.runSync();
    await vi.waitFor(() => expect(answers).toHaveLength(1));
    // Time enough for an unserialised second sync to reach the network too.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(answers).toHaveLength(1);

    answers[0]?.(new Response(feedBody('First'), { status: 200 }));
    await first;
    expect(answers).toHaveLength(1);
    await vi.waitFor(() => expect(answers).toHaveLength(2));
    answers[1]?.(new Response(feedBody('Second'), { status: 200 }));
    await second;

    expect((await bg.storage.feedStatesItem.getValue())[FEED]?.feed?.publisher.name).toBe('Second');
  });

  it('schedules a retry before any fetch starts, so a sync that never finishes still has a next one', async () => {
    await bg.storage.userFeedUrlsItem.setValue([FEED]);
    await bg.storage.settingsItem.setValue({ syncIntervalMinutes: 60, disabledSites: [] });
    let fetched = false;
    // The worker is stopped mid-fetch: the answer never comes.
    vi.stubGlobal('fetch', () => {
      fetched = true;
      return new Promise<Response>(() => {});
    });

    void bg.runSync();

    await vi.waitFor(() => expect(fetched).toBe(true));
    expect(await minutesUntilSync(NOW)).toBeCloseTo(1, 2);
  });

  it('shows the demo on a fresh install, and only until a feed is configured', async () => {
    stubFeeds();
    await bg.runSync();
    const states = await bg.storage.feedStatesItem.getValue();
    expect(Object.keys(states)).toEqual([DEMO_FEED_URL]);
    expect(states[DEMO_FEED_URL]?.origin).toBe('demo');
    expect(await minutesUntilSync(NOW)).toBe(30);
  });
});

describe('loadManagedConfig', () => {
  const POLICY = { feedUrls: [FEED], allowUserFeeds: false };

  it('falls back to the cached policy when Chrome answers {} at start-up', async () => {
    const server = stubFeeds({ [FEED]: { status: 200, body: feedBody('Acme') } });
    await bg.storage.managedConfigCacheItem.setValue(POLICY);

    expect(await bg.loadManagedConfig('start-up')).toEqual(POLICY);
    await bg.runSync();
    expect(server.requested).toEqual([FEED]);
    expect((await bg.storage.feedStatesItem.getValue())[FEED]?.origin).toBe('managed');
  });

  it('trusts {} after a policy change, so IT can clear the policy, and caches it', async () => {
    await bg.storage.managedConfigCacheItem.setValue(POLICY);

    expect(await bg.loadManagedConfig('policy-changed')).toEqual({});
    expect(await bg.storage.managedConfigCacheItem.getValue()).toEqual({});
  });

  it('goes by the last policy seen when managed storage does not answer, and syncs again within a minute', async () => {
    const server = stubFeeds({ [FEED]: { status: 200, body: feedBody('Acme') } });
    await bg.storage.managedConfigCacheItem.setValue(POLICY);
    await bg.storage.settingsItem.setValue({ syncIntervalMinutes: 60, disabledSites: [] });
    vi.spyOn(bg.fakeBrowser.storage.managed, 'get').mockReturnValue(new Promise(() => {}));
    vi.useFakeTimers({ toFake: ['Date', 'setTimeout', 'clearTimeout'] });
    vi.setSystemTime(NOW);

    const sync = bg.runSync();
    await vi.advanceTimersByTimeAsync(bg.SYNC_MANAGED_TIMEOUT_MS);
    const report = await sync;

    expect(report.errors).toEqual([]);
    expect(server.requested).toEqual([FEED]);
    expect((await bg.storage.feedStatesItem.getValue())[FEED]?.origin).toBe('managed');
    // Not the 60-minute interval: the next sync reads the policy again soon.
    expect(await minutesUntilSync(Date.now())).toBeLessThanOrEqual(1);
  });

  it('caches a policy it reads, for the next start-up', async () => {
    await bg.fakeBrowser.storage.managed.set(POLICY);

    expect(await bg.loadManagedConfig('start-up')).toEqual(POLICY);
    expect(await bg.storage.managedConfigCacheItem.getValue()).toEqual(POLICY);
  });
});
