import { describe, expect, it } from 'vitest';
import { blueskyLength, toShortUrl } from '../../../shared/text/bluesky-length';
import { mastodonLength } from '../../../shared/text/mastodon-length';
import { threadsLength } from '../../../shared/text/threads-length';

describe('threadsLength: characters, an emoji its UTF-8 bytes', () => {
  it.each<[string, string, number]>([
    ['plain text', 'Hello', 5],
    ['accents and CJK count 1', 'Café 日本', 7],
    ['a rocket is 4 bytes', '🚀', 4],
    ['a thumbs-up with a skin tone is 8', '👍🏽', 8],
    ['a flag is two regional indicators, 8 bytes', '🇫🇷', 8],
    ['a family joined by ZWJs counts every byte', '👩‍👩‍👧', 18],
    ['an emoji presentation selector counts too', '❤️', 6],
  ])('%s', (_, text, length) => {
    expect(threadsLength(text)).toBe(length);
  });
});

describe('blueskyLength: graphemes, links shortened as the composer shows them', () => {
  it.each<[string, string]>([
    ['https://lumen.example/', 'lumen.example'],
    ['https://lumen.example/a', 'lumen.example/a'],
    ['https://lumen.example/careers/robotics', 'lumen.example/careers/robo...'],
    ['https://lumen.example/abcdefghijklmn', 'lumen.example/abcdefghijklmn'],
    ['https://lumen.example/abcdefghijklmnop', 'lumen.example/abcdefghijkl...'],
    ['https://lumen.example/?q=1#top', 'lumen.example?q=1#top'],
  ])('%s shows as %s', (link, shown) => {
    expect(toShortUrl(link)).toBe(shown);
  });

  it.each<[string, string, number]>([
    ['graphemes', '👩‍👩‍👧 café', 6],
    ['a long link counts shortened', 'See https://lumen.example/careers/robotics today', 4 + 29 + 6],
    ['a link before punctuation keeps the punctuation apart', 'Read https://lumen.example/a.', 5 + 15 + 1],
  ])('%s', (_, text, length) => {
    expect(blueskyLength(text)).toBe(length);
  });
});

describe('mastodonLength: graphemes, links 23, remote mentions by their local part', () => {
  it.each<[string, string, number]>([
    ['graphemes', '👩‍👩‍👧 café', 6],
    ['any link is 23', 'See https://lumen.example/careers/robotics/very/long/path today', 4 + 23 + 6],
    ['a short link is 23 too', 'https://a.example', 23],
    ['a remote mention counts as its local part', 'Hi @ana@social.example!', 3 + 4 + 1],
    ['a local mention counts in full', 'Hi @ana', 7],
    ['an e-mail address is not a mention', 'ana@social.example', 18],
  ])('%s', (_, text, length) => {
    expect(mastodonLength(text)).toBe(length);
  });
});
