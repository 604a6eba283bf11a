import { describe, expect, it } from 'vitest';
import demoFeed from '../../../shared/feed/demo-feed.json';
import { parseFeed } from '../../../shared/feed/parse-feed';
import type { Feed } from '../../../shared/feed/schema';
import { buildLibrary, isLive } from '../../../shared/library/build-library';
import { feedHash } from '../../../shared/library/content-hash';
import type { FeedState } from '../../../shared/sync/feed-state';

function demo(): Feed {
  const parsed = parseFeed(demoFeed);
  if (!parsed.ok) throw new Error('demo feed invalid');
  return parsed.feed;
}

const state = (url: string, origin: FeedState['origin'], feed?: Feed): FeedState => ({
  url,
  origin,
  feed,
  failures: 0,
  skipped: [],
});

const NOW = Date.parse('2026-11-28T12:00:00Z');

describe('isLive', () => {
  it.each([
    [{}, true],
    [{ expiresAt: '2026-11-28T12:00:00Z' }, false],
    [{ expiresAt: '2026-11-28T12:00:01Z' }, true],
    [{ startsAt: '2026-11-28T12:00:01Z' }, false],
    [{ startsAt: '2026-11-28T12:00:00Z' }, true],
  ])('%j is live: %s', (dates, live) => {
    expect(isLive(dates, NOW)).toBe(live);
  });
});

describe('buildLibrary', () => {
  it('keys items by feed so two feeds may reuse an id, and marks demo content', () => {
    const library = buildLibrary(
      { a: state('https://a.example/f', 'user', demo()), b: state('herald:demo', 'demo', demo()) },
      NOW,
    );
    expect(library.items.length).toBe(demoFeed.items.length * 2);
    expect(new Set(library.items.map((item) => item.key)).size).toBe(library.items.length);
    expect(library.isDemo).toBe(false);
    expect(buildLibrary({ b: state('herald:demo', 'demo', demo()) }, NOW).isDemo).toBe(true);
  });

  it('leaves out expired and future items, newest first', () => {
    const feed = demo();
    const [first, second, ...rest] = feed.items;
    if (!first || !second) throw new Error('the demo feed has at least two items');
    feed.items = [
      { ...first, expiresAt: '2026-01-01T00:00:00Z' },
      { ...second, startsAt: '2027-01-01T00:00:00Z' },
      ...rest,
    ];
    const library = buildLibrary({ a: state('https://a.example/f', 'user', feed) }, NOW);
    expect(library.items.map((item) => item.id)).not.toContain(feed.items[0]?.id);
    expect(library.items.map((item) => item.id)).not.toContain(feed.items[1]?.id);
    const dates = library.items.map((item) => item.publishedAt ?? '');
    expect(dates).toEqual([...dates].sort().reverse());
  });

  it('ignores sources that never loaded, and changes version when a feed changes', () => {
    const feed = demo();
    const before = buildLibrary(
      { a: state('https://a.example/f', 'user', feed), b: state('https://b.example/f', 'user') },
      NOW,
    );
    const after = buildLibrary(
      { a: state('https://a.example/f', 'user', { ...feed, updatedAt: '2026-11-29T00:00:00Z' }) },
      NOW,
    );
    expect(before.items.every((item) => item.feedUrl === 'https://a.example/f')).toBe(true);
    expect(after.version).not.toBe(before.version);
  });

  it('changes version when any rule or item changes, even under the same updatedAt and counts', () => {
    const feed = demo();
    const library = (changed: Feed) => buildLibrary({ a: state('https://a.example/f', 'user', changed) }, NOW);
    const [policy, ...policies] = feed.policies;
    const [item, ...items] = feed.items;
    if (!policy || !item) throw new Error('the demo feed has a policy and an item');
    const base = library(feed).version;
    expect(library(demo()).version).toBe(base);
    expect(
      library({ ...feed, policies: [{ ...policy, message: `${policy.message}!` }, ...policies] }).version,
    ).not.toBe(base);
    expect(library({ ...feed, items: [{ ...item, text: `${item.text} ` }, ...items] }).version).not.toBe(base);
    expect(buildLibrary({ a: state('https://b.example/f', 'user', feed) }, NOW).version).not.toBe(base);
  });

  it("takes a feed's hash from the worker when it stored one, and hashes the feed itself otherwise", () => {
    const feed = demo();
    const url = 'https://a.example/f';
    const hashedHere = buildLibrary({ a: state(url, 'user', feed) }, NOW).version;
    const stored = (contentHash: string) => buildLibrary({ a: { ...state(url, 'user', feed), contentHash } }, NOW);
    expect(stored(feedHash(feed)).version).toBe(hashedHere);
    expect(stored('00000000000').version).not.toBe(hashedHere);
  });
});
