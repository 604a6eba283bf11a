import { describe, expect, it } from 'vitest';
import demoFeed from '../../../shared/feed/demo-feed.json';
import { parseFeed } from '../../../shared/feed/parse-feed';
import type { Feed, Personalize } from '../../../shared/feed/schema';
import { buildLibrary } from '../../../shared/library/build-library';
import type { FeedState } from '../../../shared/sync/feed-state';

function feed(personalize?: Personalize): Feed {
  const parsed = parseFeed(personalize ? { ...demoFeed, personalize } : demoFeed);
  if (!parsed.ok) throw new Error('demo feed invalid');
  return parsed.feed;
}

const library = (...feeds: Feed[]) =>
  buildLibrary(
    Object.fromEntries(
      feeds.map((feed, i): [string, FeedState] => [
        `https://f${i}.example/feed.json`,
        { url: `https://f${i}.example/feed.json`, origin: 'user', feed, failures: 0, skipped: [] },
      ]),
    ),
    Date.parse('2026-11-28T12:00:00Z'),
  );

describe('the library personalize', () => {
  it('is the default without feeds and follows a single feed, "off" included', () => {
    expect(library().personalize).toBe('suggest');
    expect(library(feed()).personalize).toBe('suggest');
    expect(library(feed('off')).personalize).toBe('off');
    expect(library(feed('before-posting')).personalize).toBe('before-posting');
  });

  it('is the strongest any feed asks for', () => {
    expect(library(feed('off'), feed('before-posting')).personalize).toBe('before-posting');
    expect(library(feed('off'), feed()).personalize).toBe('suggest');
    expect(library(feed('off'), feed('off')).personalize).toBe('off');
  });
});
