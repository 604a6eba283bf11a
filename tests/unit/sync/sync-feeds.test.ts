import { describe, expect, it } from 'vitest';
import demoFeed from '../../../shared/feed/demo-feed.json';
import { parseFeed } from '../../../shared/feed/parse-feed';
import { feedSources } from '../../../shared/sync/feed-sources';
import { DEMO_FEED_URL, type FeedState } from '../../../shared/sync/feed-state';
import type { FetchOutcome } from '../../../shared/sync/fetch-feed';
import { nextSyncDelayMinutes } from '../../../shared/sync/next-sync-delay';
import { retryDelayMinutes } from '../../../shared/sync/retry-delay';
import { type SyncDeps, syncFeeds } from '../../../shared/sync/sync-feeds';
import { fakeFeedServer, goodFeedBody, type Reply } from './fake-feed-server';

const FEED = 'https://feeds.example.com/feed.json';
const sources = [{ url: FEED, origin: 'user' as const }];

function depsFor(replies: Reply[], publicKeys: string[] = []) {
  const server = fakeFeedServer(replies);
  let clock = 1_000;
  const deps: SyncDeps = {
    fetch: server.fetch,
    publicKeys,
    timeoutMs: 1_000,
    maxBytes: 1_000_000,
    now: () => (clock += 1_000),
    loadDemo: (): FetchOutcome => {
      const parsed = parseFeed(demoFeed);
      if (!parsed.ok) throw new Error('demo feed invalid');
      return { kind: 'ok', feed: parsed.feed, skipped: [] };
    },
  };
  return { deps, server };
}

/** Runs several syncs in a row against one scripted server, like successive alarms. */
async function syncSeries(replies: Reply[], rounds: number, publicKeys: string[] = []) {
  const { deps, server } = depsFor(replies, publicKeys);
  let states: Record<string, FeedState> = {};
  const history: FeedState[] = [];
  for (let round = 0; round < rounds; round++) {
    states = (await syncFeeds(sources, states, deps)).states;
    const state = states[FEED];
    if (state) history.push(state);
  }
  return { history, server };
}

describe('syncFeeds', () => {
  it('keeps the last good feed through a 500, broken JSON and an invalid feed, then recovers', async () => {
    const newer = goodFeedBody({ updatedAt: '2026-11-28T10:00:00Z' });
    const { history } = await syncSeries(
      [
        { status: 200, body: goodFeedBody(), headers: { etag: '"a"' } },
        { status: 500 },
        { status: 200, body: 'not json' },
        { status: 200, body: goodFeedBody({ version: 3 } as never) },
        { status: 200, body: newer, headers: { etag: '"b"' } },
      ],
      5,
    );
    expect(history.map((state) => state.feed?.updatedAt)).toEqual([
      demoFeed.updatedAt,
      demoFeed.updatedAt,
      demoFeed.updatedAt,
      demoFeed.updatedAt,
      '2026-11-28T10:00:00Z',
    ]);
    expect(history.map((state) => state.failures)).toEqual([0, 1, 2, 3, 0]);
    expect(history[2]?.lastError).toMatch(/not valid JSON/);
    expect(history[4]?.lastError).toBeUndefined();
    expect(history[3]?.lastSuccessAt).toBe(history[0]?.lastSuccessAt);
  });

  it('revalidates with the etag it got, and a 304 keeps the feed', async () => {
    const { history, server } = await syncSeries(
      [{ status: 200, body: goodFeedBody(), headers: { etag: '"a"' } }, { status: 304 }],
      2,
    );
    expect(server.requests[1]?.headers['if-none-match']).toBe('"a"');
    expect(history[1]?.feed?.items.length).toBe(demoFeed.items.length);
    expect(history[1]?.lastSuccessAt).toBeGreaterThan(history[0]?.lastSuccessAt ?? Infinity);
  });

  it('does not revalidate a feed accepted under other signing keys', async () => {
    const { deps, server } = depsFor([{ status: 200, body: goodFeedBody() }, { status: 404 }]);
    const previous: Record<string, FeedState> = {
      [FEED]: { url: FEED, origin: 'user', etag: '"old"', failures: 0, skipped: [], keys: '' },
    };
    await syncFeeds(sources, previous, { ...deps, publicKeys: ['AAAA'] });
    expect(server.requests[0]?.headers['if-none-match']).toBeUndefined();
  });

  it('reports errors per source and drops sources no longer configured', async () => {
    const { deps } = depsFor([{ status: 404 }]);
    const stale: FeedState = { url: 'https://gone.example/feed.json', origin: 'user', failures: 0, skipped: [] };
    const result = await syncFeeds(sources, { [stale.url]: stale }, deps);
    expect(Object.keys(result.states)).toEqual([FEED]);
    expect(result.errors).toEqual([{ url: FEED, message: 'HTTP 404' }]);
  });

  it('loads the bundled demo without the network', async () => {
    const { deps, server } = depsFor([]);
    const result = await syncFeeds(feedSources({}, []), {}, deps);
    expect(result.states[DEMO_FEED_URL]?.feed?.publisher.id).toBe('lumen-demo');
    expect(server.requests).toEqual([]);
  });
});

describe('feedSources', () => {
  it.each([
    [{}, [], [[DEMO_FEED_URL, 'demo']]],
    [
      { feedUrls: ['https://it.example/f.json'] },
      ['https://me.example/f.json'],
      [
        ['https://it.example/f.json', 'managed'],
        ['https://me.example/f.json', 'user'],
      ],
    ],
    [
      { feedUrls: ['https://it.example/f.json'], allowUserFeeds: false },
      ['https://me.example/f.json'],
      [['https://it.example/f.json', 'managed']],
    ],
    [
      { feedUrls: ['https://it.example/f.json'] },
      ['https://it.example/f.json'],
      [['https://it.example/f.json', 'managed']],
    ],
    [{ feedUrls: ['http://plain.example/f.json', 'javascript:alert(1)'] }, [], [[DEMO_FEED_URL, 'demo']]],
  ])('managed %j and user feeds %j give %j', (managed, user, expected) => {
    expect(feedSources(managed, user).map(({ url, origin }) => [url, origin])).toEqual(expected);
  });
});

describe('backoff', () => {
  it('grows exponentially with failures and never passes the interval', () => {
    const withoutJitter = (failures: number) => retryDelayMinutes(failures, 30, () => 1);
    expect([0, 1, 2, 3, 4, 5, 6, 7, 10].map(withoutJitter)).toEqual([30, 1, 2, 4, 8, 16, 30, 30, 30]);
  });

  it('spreads retries with jitter, within half to all of the exponential delay', () => {
    expect(retryDelayMinutes(5, 30, () => 0)).toBe(8);
    expect(retryDelayMinutes(5, 30, () => 0.5)).toBe(12);
    expect(retryDelayMinutes(1, 30, () => 0)).toBe(0.5);
  });

  it('schedules the next alarm from the most-failing source', () => {
    const state = (failures: number): FeedState => ({ url: `u${failures}`, origin: 'user', failures, skipped: [] });
    expect(nextSyncDelayMinutes({}, 45, () => 1)).toBe(45);
    expect(nextSyncDelayMinutes({ a: state(0), b: state(3) }, 45, () => 1)).toBe(4);
  });
});
