import { describe, expect, it } from 'vitest';
import demoFeed from '../../../shared/feed/demo-feed.json';
import { parseFeed } from '../../../shared/feed/parse-feed';

describe('parseFeed', () => {
  it('accepts the bundled demo feed whole', () => {
    const parsed = parseFeed(demoFeed);
    expect(parsed.ok && parsed.skipped).toEqual([]);
    expect(parsed.ok && parsed.feed.items.length).toBe(demoFeed.items.length);
  });

  it('rejects a feed of another version, naming the field', () => {
    const parsed = parseFeed({ ...demoFeed, version: 2 });
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.errors[0]?.path).toBe('version');
  });

  it('skips a broken item and reports its path, keeping the rest', () => {
    const items = [...demoFeed.items, { id: 'x', type: 'news', title: 'No link', text: 'Missing url' }];
    const parsed = parseFeed({ ...demoFeed, items });
    expect(parsed.ok && parsed.feed.items.length).toBe(demoFeed.items.length);
    expect(parsed.ok && parsed.skipped).toEqual([
      { path: `items[${demoFeed.items.length}].url`, message: 'a news item needs a url' },
    ]);
  });

  it('keeps the first of two items with the same id', () => {
    const first = demoFeed.items[0];
    const parsed = parseFeed({ ...demoFeed, items: [first, { ...first, title: 'Second' }] });
    expect(parsed.ok && parsed.feed.items.map((item) => item.title)).toEqual([first?.title]);
    expect(parsed.ok && parsed.skipped[0]?.path).toBe('items[1].id');
  });

  it('refuses a policy with two matchers and one with none', () => {
    const base = { id: 'p', severity: 'warn', message: 'm' };
    const parsed = parseFeed({ ...demoFeed, policies: [{ ...base, terms: ['a'], pattern: 'b' }, base] });
    expect(parsed.ok && parsed.feed.policies).toEqual([]);
    expect(parsed.ok && parsed.skipped.map((problem) => problem.path)).toEqual(['policies[0]', 'policies[1]']);
  });

  it('refuses javascript: and plain http links but allows http on localhost', () => {
    const item = { id: 'n', type: 'news', title: 't', text: 't' };
    const urls = ['javascript:alert(1)', 'http://example.com/', 'http://localhost:8080/a', 'https://example.com/'];
    const parsed = parseFeed({ ...demoFeed, items: urls.map((url, i) => ({ ...item, id: `n${i}`, url })) });
    expect(parsed.ok && parsed.feed.items.map((kept) => kept.url)).toEqual(urls.slice(2));
  });
});

describe('parseFeed and unsafe patterns', () => {
  it('skips a policy whose pattern can backtrack catastrophically, naming the field', () => {
    const policies = [
      { id: 'ok', severity: 'warn', message: 'm', pattern: '\\bFalcon\\b' },
      { id: 'slow', severity: 'warn', message: 'm', pattern: '(a+)+$' },
      { id: 'slow-when', severity: 'warn', message: 'm', when: { pattern: '(a|a)*$' }, require: { terms: ['x'] } },
    ];
    const parsed = parseFeed({ ...demoFeed, policies });
    expect(parsed.ok && parsed.feed.policies.map((policy) => policy.id)).toEqual(['ok']);
    expect(parsed.ok && parsed.skipped.map((problem) => problem.path)).toEqual([
      'policies[1].pattern',
      'policies[2].when.pattern',
    ]);
  });
});

describe('links that could be disguised', () => {
  it.each([
    'https://example.com/\u202Egnp.exe',
    'https://ok.example/ \u0001javascript:alert(1)',
    'https://a.example/a b',
  ])('refuses %j', (url) => {
    const item = { id: 'n', type: 'news', title: 't', text: 't', url };
    const parsed = parseFeed({ ...demoFeed, items: [item] });
    expect(parsed.ok && parsed.feed.items).toEqual([]);
    expect(parsed.ok && parsed.skipped[0]?.path).toBe('items[0].url');
  });
});

describe('parseFeed and placeholders', () => {
  it('skips an item whose braces Herald cannot fill, and keeps the others', () => {
    const base = { id: 'a', type: 'talking-point', title: 'A' };
    const parsed = parseFeed({
      ...demoFeed,
      items: [
        { ...base, text: 'Hi, {firstName} from {company}' },
        { ...base, id: 'b', text: 'Fine', variants: { x: 'Hi {nickname}' } },
      ],
    });
    if (!parsed.ok) throw new Error('feed rejected');
    expect(parsed.feed.items.map((item) => item.id)).toEqual(['a']);
    expect(parsed.skipped).toEqual([
      {
        path: 'items[1].variants.x',
        message: expect.stringContaining('unknown placeholder “{nickname}”'),
      },
    ]);
  });
});
