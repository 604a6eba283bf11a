import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DEMO_FEED_URL } from '../../../shared/sync/feed-state';
import { feedBody, freshBackground, stubFeeds, stubPermissions } from './background-harness';

const FEED = 'https://comms.example.com/herald/feed.json';
const ORIGIN = 'https://comms.example.com/*';

let bg: Awaited<ReturnType<typeof freshBackground>>;

beforeEach(async () => {
  bg = await freshBackground();
  bg.startBackground();
});

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

// Through the message the options page sends, so the handler wiring is covered too.
const addFeed = (url: string) => bg.messages.sendMessage('addFeed', url);

describe('addFeed', () => {
  it('stores the URL, syncs at once and replaces the demo', async () => {
    const server = stubFeeds({ [FEED]: { status: 200, body: feedBody('Acme') } });
    stubPermissions([ORIGIN]);
    await bg.runSync();

    const result = await addFeed(`  ${FEED} `);

    expect(result).toMatchObject({ ok: true, report: { errors: [] } });
    expect(await bg.storage.userFeedUrlsItem.getValue()).toEqual([FEED]);
    expect(server.requested).toEqual([FEED]);
    const states = await bg.storage.feedStatesItem.getValue();
    expect(Object.keys(states)).toEqual([FEED]);
    expect(states[FEED]?.feed?.publisher.name).toBe('Acme');
  });

  it('adds a URL once however often it is added', async () => {
    stubFeeds({ [FEED]: { status: 200, body: feedBody('Acme') } });
    stubPermissions([ORIGIN]);

    await addFeed(FEED);
    await addFeed(FEED);

    expect(await bg.storage.userFeedUrlsItem.getValue()).toEqual([FEED]);
  });

  it.each([
    ['http://comms.example.com/feed.json'],
    ['ftp://comms.example.com/feed.json'],
    ['comms.example.com/feed.json'],
    [''],
  ])('refuses %j: only https (http for localhost)', async (url) => {
    const server = stubFeeds();
    stubPermissions(['http://comms.example.com/*', ORIGIN]);

    expect(await addFeed(url)).toEqual({
      ok: false,
      message: 'Enter an https:// address (http:// only for localhost).',
    });
    expect(await bg.storage.userFeedUrlsItem.getValue()).toEqual([]);
    expect(server.requested).toEqual([]);
  });

  it('accepts http on localhost, for a feed served from the employee’s own machine', async () => {
    const local = 'http://localhost:8080/feed.json';
    stubFeeds({ [local]: { status: 200, body: feedBody('Local') } });
    // What Options asks for: the host without its port (Firefox's match patterns have none).
    stubPermissions(['http://localhost/*']);

    expect(await addFeed(local)).toMatchObject({ ok: true });
  });

  it('refuses when IT does not allow feeds of your own', async () => {
    const server = stubFeeds();
    stubPermissions([ORIGIN]);
    await bg.fakeBrowser.storage.managed.set({ allowUserFeeds: false });

    expect(await addFeed(FEED)).toEqual({ ok: false, message: 'Your organisation does not allow adding feeds.' });
    expect(await bg.storage.userFeedUrlsItem.getValue()).toEqual([]);
    expect(server.requested).not.toContain(FEED);
  });

  it('refuses without the permission to read the feed’s origin, and says which host', async () => {
    const server = stubFeeds({ [FEED]: { status: 200, body: feedBody('Acme') } });
    const permissions = stubPermissions(['https://other.example.com/*']);

    expect(await addFeed(FEED)).toEqual({
      ok: false,
      message: 'Herald needs permission to read comms.example.com to sync this feed.',
    });
    expect(permissions.contains).toHaveBeenCalledWith({ origins: [ORIGIN] });
    expect(await bg.storage.userFeedUrlsItem.getValue()).toEqual([]);
    expect(server.requested).toEqual([]);
  });

  it('does not take a 304 to its first request as a feed', async () => {
    stubFeeds({ [FEED]: { status: 304 } });
    stubPermissions([ORIGIN]);

    expect(await addFeed(FEED)).toEqual({
      ok: false,
      message:
        'Added, but the feed could not be loaded: HTTP 304 Not Modified to a request without validators: the host sent no feed',
    });
  });

  it('refuses an address with user info, which hides where it leads', async () => {
    const server = stubFeeds();
    stubPermissions(['https://evil.example/*']);

    expect(await addFeed('https://comms.example.com@evil.example/feed.json')).toMatchObject({ ok: false });
    expect(await bg.storage.userFeedUrlsItem.getValue()).toEqual([]);
    expect(server.requested).toEqual([]);
  });

  it('keeps a feed that does not load yet, but says why', async () => {
    stubFeeds({ [FEED]: { status: 404 } });
    stubPermissions([ORIGIN]);

    expect(await addFeed(FEED)).toEqual({ ok: false, message: 'Added, but the feed could not be loaded: HTTP 404' });
    expect(await bg.storage.userFeedUrlsItem.getValue()).toEqual([FEED]);
  });
});

describe('addFeed among other feeds', () => {
  const SECOND = 'https://press.example.com/feed.json';
  const SLOW = 'https://slow.example.com/feed.json';

  it('fetches only the new feed, not every feed again', async () => {
    const server = stubFeeds({
      [FEED]: { status: 200, body: feedBody('Acme') },
      [SECOND]: { status: 200, body: feedBody('Press') },
    });
    stubPermissions([ORIGIN, 'https://press.example.com/*']);
    await addFeed(FEED);
    server.requested.length = 0;

    expect(await addFeed(SECOND)).toMatchObject({ ok: true });

    expect(server.requested).toEqual([SECOND]);
    const states = await bg.storage.feedStatesItem.getValue();
    expect(Object.keys(states).sort()).toEqual([FEED, SECOND]);
  });

  it('answers while a sync waits on a slow feed, and that sync keeps the new feed', async () => {
    stubPermissions([ORIGIN, 'https://slow.example.com/*']);
    await bg.storage.userFeedUrlsItem.setValue([SLOW]);
    const slowAnswers: ((response: Response) => void)[] = [];
    vi.stubGlobal('fetch', (url: string) =>
      url === SLOW
        ? new Promise<Response>((resolve) => slowAnswers.push(resolve))
        : Promise.resolve(new Response(feedBody('Acme'), { status: 200 })),
    );
    const sync = bg.runSync();
    await vi.waitFor(() => expect(slowAnswers).toHaveLength(1));

    // The slow feed has not answered: Add feed must not wait for it.
    expect(await addFeed(FEED)).toMatchObject({ ok: true, report: { errors: [] } });
    expect((await bg.storage.feedStatesItem.getValue())[FEED]?.feed?.publisher.name).toBe('Acme');

    slowAnswers[0]?.(new Response(feedBody('Slow'), { status: 200 }));
    await sync;
    const states = await bg.storage.feedStatesItem.getValue();
    expect(states[FEED]?.feed?.publisher.name).toBe('Acme');
    expect(states[SLOW]?.feed?.publisher.name).toBe('Slow');
  });

  it('keeps both of two feeds added at once', async () => {
    stubFeeds({
      [FEED]: { status: 200, body: feedBody('Acme') },
      [SECOND]: { status: 200, body: feedBody('Press') },
    });
    stubPermissions([ORIGIN, 'https://press.example.com/*']);

    const results = await Promise.all([addFeed(FEED), addFeed(SECOND)]);

    expect(results).toMatchObject([{ ok: true }, { ok: true }]);
    expect((await bg.storage.userFeedUrlsItem.getValue()).sort()).toEqual([FEED, SECOND]);
    expect(Object.keys(await bg.storage.feedStatesItem.getValue()).sort()).toEqual([FEED, SECOND]);
  });

  it('does not wait more than a second for a managed storage that does not answer', async () => {
    stubFeeds({ [FEED]: { status: 200, body: feedBody('Acme') } });
    stubPermissions([ORIGIN]);
    await bg.storage.managedConfigCacheItem.setValue({ syncIntervalMinutes: 60 });
    vi.spyOn(bg.fakeBrowser.storage.managed, 'get').mockReturnValue(new Promise(() => {}));

    expect(await addFeed(FEED)).toMatchObject({ ok: true });
    expect(bg.ADD_FEED_MANAGED_TIMEOUT_MS).toBeLessThanOrEqual(1_000);
  });

  it('goes by the last policy seen when managed storage is slow: IT’s refusal still holds', async () => {
    stubFeeds({ [FEED]: { status: 200, body: feedBody('Acme') } });
    stubPermissions([ORIGIN]);
    await bg.storage.managedConfigCacheItem.setValue({ allowUserFeeds: false });
    vi.spyOn(bg.fakeBrowser.storage.managed, 'get').mockReturnValue(new Promise(() => {}));

    expect(await addFeed(FEED)).toEqual({ ok: false, message: 'Your organisation does not allow adding feeds.' });
  });
});

describe('removeFeed', () => {
  it('forgets the feed and its content, gives the origin back, and the demo returns', async () => {
    stubFeeds({ [FEED]: { status: 200, body: feedBody('Acme') } });
    const permissions = stubPermissions([ORIGIN]);
    await addFeed(FEED);

    await bg.messages.sendMessage('removeFeed', FEED);

    expect(await bg.storage.userFeedUrlsItem.getValue()).toEqual([]);
    expect(Object.keys(await bg.storage.feedStatesItem.getValue())).toEqual([DEMO_FEED_URL]);
    expect(permissions.origins.has(ORIGIN)).toBe(false);
  });

  it('keeps the origin while another feed of the same host remains', async () => {
    const second = 'https://comms.example.com/herald/press.json';
    stubFeeds({
      [FEED]: { status: 200, body: feedBody('Acme') },
      [second]: { status: 200, body: feedBody('Acme press') },
    });
    const permissions = stubPermissions([ORIGIN]);
    await addFeed(FEED);
    await addFeed(second);

    await bg.messages.sendMessage('removeFeed', FEED);

    expect(await bg.storage.userFeedUrlsItem.getValue()).toEqual([second]);
    expect(permissions.remove).not.toHaveBeenCalled();
    expect(permissions.origins.has(ORIGIN)).toBe(true);
  });

  it('keeps the origin while IT serves a feed from the same host', async () => {
    const itFeed = 'https://comms.example.com/herald/it.json';
    stubFeeds({
      [FEED]: { status: 200, body: feedBody('Acme') },
      [itFeed]: { status: 200, body: feedBody('Acme IT') },
    });
    const permissions = stubPermissions([ORIGIN]);
    await bg.fakeBrowser.storage.managed.set({ feedUrls: [itFeed] });
    await addFeed(FEED);

    await bg.messages.sendMessage('removeFeed', FEED);

    expect(permissions.remove).not.toHaveBeenCalled();
    expect(Object.keys(await bg.storage.feedStatesItem.getValue())).toEqual([itFeed]);
  });
});
