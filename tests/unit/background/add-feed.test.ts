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

  it('keeps a feed that does not load yet, but says why', async () => {
    stubFeeds({ [FEED]: { status: 404 } });
    stubPermissions([ORIGIN]);

    expect(await addFeed(FEED)).toEqual({ ok: false, message: 'Added, but the feed could not be loaded: HTTP 404' });
    expect(await bg.storage.userFeedUrlsItem.getValue()).toEqual([FEED]);
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
