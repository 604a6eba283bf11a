import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import demoFeed from '../../../shared/feed/demo-feed.json';
import { freshBackgroundAt, stubFeeds } from './background-harness';

const FEED = 'https://comms.example.com/herald/feed.json';
const NOW = Date.parse('2026-11-28T09:00:00Z');

let bg: Awaited<ReturnType<typeof freshBackgroundAt>>;

beforeEach(async () => {
  bg = await freshBackgroundAt(NOW);
  bg.startBackground();
  await bg.storage.userFeedUrlsItem.setValue([FEED]);
});

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

type DemoItem = (typeof demoFeed.items)[number];

function serveItems(items: (DemoItem & { expiresAt?: string; startsAt?: string })[]) {
  stubFeeds({ [FEED]: { status: 200, body: JSON.stringify({ ...demoFeed, items }) } });
}

const badgeText = () => bg.fakeBrowser.action.getBadgeText({});
const keyOf = (id: string) => `${FEED}#${id}`;

describe('the toolbar badge', () => {
  it('counts the live items not seen yet', async () => {
    const [first, second, third, fourth] = demoFeed.items as [DemoItem, DemoItem, DemoItem, DemoItem];
    serveItems([
      first,
      second,
      { ...third, expiresAt: '2026-11-01T00:00:00Z' },
      { ...fourth, startsAt: '2026-12-24T00:00:00Z' },
    ]);

    await bg.runSync();

    expect(await badgeText()).toBe('2');
  });

  it('goes down as items are seen in the popup, and is empty when all are', async () => {
    const [first, second] = demoFeed.items as [DemoItem, DemoItem];
    serveItems([first, second]);
    await bg.runSync();

    await bg.messages.sendMessage('markItemsSeen', [keyOf(first.id)]);
    expect(await badgeText()).toBe('1');

    await bg.messages.sendMessage('markItemsSeen', [keyOf(second.id), keyOf(first.id)]);
    expect(await badgeText()).toBe('');
    expect(await bg.storage.seenItemKeysItem.getValue()).toEqual([keyOf(first.id), keyOf(second.id)]);
  });

  it('counts a new item after a sync even when the rest were seen', async () => {
    const [first, second] = demoFeed.items as [DemoItem, DemoItem];
    serveItems([first]);
    await bg.runSync();
    await bg.messages.sendMessage('markItemsSeen', [keyOf(first.id)]);

    serveItems([second, first]);
    await bg.runSync();

    expect(await badgeText()).toBe('1');
  });

  it('stops at 99', async () => {
    const [first] = demoFeed.items as [DemoItem];
    serveItems(Array.from({ length: 120 }, (_, index) => ({ ...first, id: `item-${index}` })));

    await bg.runSync();

    expect(await badgeText()).toBe('99');
  });
});
