import { describe, expect, it } from 'vitest';
import { isAllowedUrl } from '../../../shared/feed/allowed-url';
import demoFeed from '../../../shared/feed/demo-feed.json';
import { parseFeed } from '../../../shared/feed/parse-feed';
import { feedSources } from '../../../shared/sync/feed-sources';

describe('isAllowedUrl', () => {
  it.each([
    'https://lumen.example/news',
    'http://localhost:8080/feed.json',
    'http://127.0.0.1/feed.json',
    'https://lumen.example/path@with-at',
    'https://lumen.example/?q=a@b',
  ])('allows %s', (url) => expect(isAllowedUrl(url)).toBe(true));

  it.each([
    'https://lumen.example@evil.example/',
    'https://user:pass@lumen.example/',
    'https://:pass@lumen.example/',
    'https://@evil.example/',
    'http://localhost@evil.example/',
    'http://lumen.example/',
    'javascript:alert(1)',
  ])('refuses %s', (url) => expect(isAllowedUrl(url)).toBe(false));
});

describe('user info in feed URLs and item links', () => {
  it('skips an item whose link carries user info', () => {
    const items = demoFeed.items.map((item, index) =>
      index === 0 ? { ...item, type: 'news', url: 'https://lumen.example@evil.example/launch' } : item,
    );
    const parsed = parseFeed({ ...demoFeed, items });
    expect(parsed.ok).toBe(true);
    expect(parsed.ok && parsed.feed.items.some((item) => item.url?.includes('evil.example'))).toBe(false);
    expect(parsed.ok && parsed.skipped.map((problem) => problem.path)).toContain('items[0].url');
  });

  it('does not sync a feed URL with user info, even one IT set', () => {
    const sources = feedSources({ feedUrls: ['https://lumen.example@evil.example/feed.json'] }, []);
    expect(sources.map((source) => source.url)).toEqual(['herald:demo-feed']);
  });
});
