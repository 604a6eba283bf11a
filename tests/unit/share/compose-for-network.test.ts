import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { FeedItem, Site } from '../../../shared/feed/schema';
import { composeForNetwork } from '../../../shared/share/compose-for-network';
import { networkOf, SITES } from '../../../shared/sites/registry';

const URL = 'https://lumen.example.com/news/a-rather-long-path-that-x-shortens-to-23';

function item(fields: Partial<FeedItem>): FeedItem {
  return { id: 'a', type: 'talking-point', title: 'A', text: 'The plain text.', ...fields };
}

/** `count` copies of "word", space-separated: 5 characters a word, less one. */
const words = (count: number) => Array.from({ length: count }, () => 'word').join(' ');

describe('composeForNetwork lays the post out the way each network expects', () => {
  it.each<[string, Site, Partial<FeedItem>, string]>([
    [
      'X: variant, link and hashtags on one line',
      'x',
      { variants: { x: 'Short X text.' }, url: URL, hashtags: ['#Hiring', 'Careers'] },
      `Short X text. ${URL} #Hiring #Careers`,
    ],
    ['X: no variant, the text', 'x', { url: URL }, `The plain text. ${URL}`],
    ['X: no link', 'x', { hashtags: ['Hiring'] }, 'The plain text. #Hiring'],
    [
      'LinkedIn: text, blank line, link, hashtags on their own line',
      'linkedin',
      { variants: { linkedin: 'LinkedIn text.' }, url: URL, hashtags: ['Hiring', 'Careers'] },
      `LinkedIn text.\n\n${URL}\n#Hiring #Careers`,
    ],
    ['LinkedIn: no link', 'linkedin', { hashtags: ['Hiring'] }, 'The plain text.\n\n#Hiring'],
    [
      'Facebook: text, link, hashtags',
      'facebook',
      { variants: { x: 'Not this one.' }, url: URL, hashtags: ['Hiring'] },
      `The plain text.\n${URL}\n\n#Hiring`,
    ],
    [
      'a hashtag the text already has is not repeated',
      'x',
      { text: 'Join us #hiring now', hashtags: ['Hiring', 'Jobs', 'jobs'] },
      'Join us #hiring now #Jobs',
    ],
    [
      'a link the text already has is not repeated',
      'linkedin',
      { text: `Read ${URL} today`, url: URL },
      `Read ${URL} today`,
    ],
  ])('%s', (_, site, fields, expected) => {
    const fit = composeForNetwork(item(fields), site);
    expect(fit).toMatchObject({
      ok: true,
      text: expected,
      droppedHashtags: false,
      limit: networkOf(site).length.limit,
    });
  });
});

describe('composeForNetwork counts the way each network counts', () => {
  it.each<[string, Site, Partial<FeedItem>, number]>([
    ['X: a link weighs 23 and its space 1', 'x', { text: 'Hello', url: URL }, 5 + 1 + 23],
    ['X: even a link twitter-text would not recognise', 'x', { text: 'Hi', url: 'https://demo.example/x' }, 2 + 24],
    ['X: CJK weighs 2', 'x', { text: '日本語のテキスト' }, 16],
    ['X: Hangul weighs 2', 'x', { text: '안녕하세요' }, 10],
    ['X: an emoji sequence weighs 2', 'x', { text: '👩‍👩‍👧 team' }, 2 + 5],
    ['X: accented Latin weighs 1', 'x', { text: 'Café déjà vu' }, 12],
    ['X: hashtags count', 'x', { text: 'Hi', hashtags: ['Jobs'] }, 2 + 6],
    ['LinkedIn: UTF-16 units, links in full', 'linkedin', { text: 'Hello', url: URL }, 5 + 2 + URL.length],
    ['LinkedIn: CJK counts 1', 'linkedin', { text: '日本語' }, 3],
    ['Facebook: emoji count their UTF-16 units', 'facebook', { text: '😀' }, 2],
    ['Threads: an emoji counts its UTF-8 bytes', 'threads', { text: 'Go 🚀' }, 3 + 4],
    ['Threads: a skin-toned emoji counts all its bytes', 'threads', { text: '👍🏽' }, 8],
    ['Threads: accents and CJK count 1', 'threads', { text: 'Café 日本' }, 7],
    ['Threads: links in full', 'threads', { text: 'Hi', url: URL }, 2 + 2 + URL.length],
    ['Bluesky: graphemes, an emoji family is 1', 'bluesky', { text: '👩‍👩‍👧 team' }, 1 + 5],
    [
      'Bluesky: a link counts as its host and 13 characters of path and "..."',
      'bluesky',
      { text: 'Hi', url: URL },
      2 + 2 + 'lumen.example.com'.length + 16,
    ],
    ['Bluesky: a short link counts in full', 'bluesky', { text: 'Hi', url: 'https://lumen.example/a' }, 2 + 2 + 15],
    ['Mastodon: a link counts 23', 'mastodon', { text: 'Hello', url: URL }, 5 + 2 + 23],
    ['Mastodon: even a link to a .example host', 'mastodon', { text: 'Hi', url: 'https://demo.example/x' }, 2 + 2 + 23],
    ['Mastodon: graphemes', 'mastodon', { text: '👩‍👩‍👧 café' }, 1 + 5],
    ['Mastodon: a remote mention counts its local part', 'mastodon', { text: 'Hi @ana@social.example' }, 3 + 4],
  ])('%s', (_, site, fields, length) => {
    expect(composeForNetwork(item(fields), site)).toMatchObject({ ok: true, length });
  });
});

describe('composeForNetwork drops hashtags before giving up, and never cuts the text', () => {
  it('X: drops the last hashtags until the post fits, and says which', () => {
    // 249 + 24 for the link = 273; " #Jobs" makes 279, " #Hiring" would make 287.
    const fit = composeForNetwork(item({ text: words(50), url: URL, hashtags: ['Jobs', 'Hiring'] }), 'x');
    expect(fit).toMatchObject({ ok: true, hashtags: ['Jobs'], droppedHashtags: true, length: 279 });
    expect(fit.ok && fit.text).toBe(`${words(50)} ${URL} #Jobs`);
    expect(fit.ok && fit.note).toContain('#Hiring');
  });

  it('X: drops every hashtag when only the text and link fit', () => {
    const fit = composeForNetwork(item({ text: words(51), url: URL, hashtags: ['A', 'B'] }), 'x');
    expect(fit).toMatchObject({ ok: true, text: `${words(51)} ${URL}`, hashtags: [], droppedHashtags: true });
  });

  it('X: exactly 280 fits', () => {
    expect(composeForNetwork(item({ text: 'a'.repeat(256), url: URL }), 'x')).toMatchObject({ ok: true, length: 280 });
    expect(composeForNetwork(item({ text: '字'.repeat(140) }), 'x')).toMatchObject({ ok: true, length: 280 });
  });

  it.each<[string, Site, Partial<FeedItem>, number]>([
    ['X: text and link', 'x', { text: words(60), url: URL, hashtags: ['A'] }, 299 + 24],
    ['X: one character over', 'x', { text: 'a'.repeat(257), url: URL }, 281],
    ['X: CJK', 'x', { text: '字'.repeat(141) }, 282],
    [
      'LinkedIn: a 3,000-character variant and its link',
      'linkedin',
      { variants: { linkedin: 'b'.repeat(3_000) }, url: URL },
      3_002 + URL.length,
    ],
    ['Facebook', 'facebook', { text: 'c'.repeat(63_207) }, 63_207],
    ['Threads: 126 rockets', 'threads', { text: '🚀'.repeat(126) }, 504],
    ['Bluesky: 301 graphemes', 'bluesky', { text: '👩‍👩‍👧'.repeat(301) }, 301],
    ['Mastodon: text and a link', 'mastodon', { text: 'm'.repeat(476), url: URL }, 476 + 2 + 23],
  ])('%s: too long, says by how much', (_, site, fields, length) => {
    const fit = composeForNetwork(item(fields), site);
    expect(fit).toEqual({ ok: false, reason: expect.any(String), length, limit: networkOf(site).length.limit });
    expect(!fit.ok && fit.reason).toContain(
      `${length.toLocaleString('en')} of ${networkOf(site).length.limit.toLocaleString('en')}`,
    );
  });

  it('the reason names the network', () => {
    const fit = composeForNetwork(item({ text: words(60) }), 'x');
    expect(!fit.ok && fit.reason).toBe(
      'The X version is 299 of 280 characters: too long to post on X without cutting the approved text.',
    );
  });

  it('whatever the text, a post that fits holds the whole text and measures what it says', () => {
    const piece = fc.constantFrom('word', 'mot', '字', '😀', '👩‍👩‍👧', 'é', ' ', '. ', 'x.com', '\n');
    fc.assert(
      fc.property(
        fc.array(piece, { minLength: 1, maxLength: 200 }),
        fc.array(fc.constantFrom('A', 'Hiring', 'Robots', 'Jobs'), { maxLength: 4 }),
        fc.constantFrom<Site>(...SITES),
        fc.boolean(),
        (pieces, hashtags, site, withUrl) => {
          const text = `${pieces.join('')}!`;
          const fit = composeForNetwork(item({ text, hashtags, ...(withUrl ? { url: URL } : {}) }), site);
          if (!fit.ok) return expect(fit.length).toBeGreaterThan(networkOf(site).length.limit);
          expect(fit.text.startsWith(text)).toBe(true);
          expect(fit.length).toBeLessThanOrEqual(networkOf(site).length.limit);
          // Where every link weighs the same, the post is measured with a stand-in for the link.
          const { count, linkWeight } = networkOf(site).length;
          if (!linkWeight || !withUrl) expect(fit.length).toBe(count(fit.text));
        },
      ),
    );
  });
});

describe('composeForNetwork for a share intent, where the link and hashtags travel apart', () => {
  it('X: leaves them out of the text but counts them', () => {
    const fit = composeForNetwork(item({ text: 'Hello', url: URL, hashtags: ['Jobs'] }), 'x', {
      urlApart: true,
      hashtagsApart: true,
    });
    expect(fit).toMatchObject({ ok: true, text: 'Hello', hashtags: ['Jobs'], length: 5 + 6 + 24 });
  });

  it('X: a text of 256 fits beside a link, 257 does not', () => {
    const apart = { urlApart: true } as const;
    expect(composeForNetwork(item({ text: 'a'.repeat(256), url: URL }), 'x', apart)).toMatchObject({
      ok: true,
      text: 'a'.repeat(256),
    });
    expect(composeForNetwork(item({ text: 'a'.repeat(257), url: URL }), 'x', apart)).toMatchObject({
      ok: false,
      length: 281,
    });
  });

  it('LinkedIn: the link becomes a preview and does not count', () => {
    const fit = composeForNetwork(item({ variants: { linkedin: 'b'.repeat(3_000) }, url: URL }), 'linkedin', {
      urlApart: true,
    });
    expect(fit).toMatchObject({ ok: true, text: 'b'.repeat(3_000), length: 3_000 });
  });

  it('a given link replaces the item’s, and null removes it', () => {
    const tagged = `${URL}?utm_source=x`;
    expect(composeForNetwork(item({ text: 'Hi', url: URL }), 'linkedin', { url: tagged })).toMatchObject({
      text: `Hi\n\n${tagged}`,
    });
    expect(composeForNetwork(item({ text: 'Hi', url: URL }), 'x', { url: null })).toMatchObject({
      text: 'Hi',
      length: 2,
    });
  });
});

describe('composeForNetwork fills placeholders', () => {
  it('fills before measuring, and reports no gap when every value is there', () => {
    const fit = composeForNetwork(item({ text: 'I am {firstName} at {company}.', url: URL }), 'x', {
      placeholders: { firstName: 'Ada', company: 'Lumen' },
    });
    expect(fit).toMatchObject({ ok: true, text: `I am Ada at Lumen. ${URL}`, gaps: [], length: 18 + 1 + 23 });
  });

  it('leaves gaps at their offsets in the laid-out text, the variant’s too', () => {
    const fit = composeForNetwork(
      item({ variants: { linkedin: 'Our {team} team is hiring in {location}.' }, url: URL, hashtags: ['Jobs'] }),
      'linkedin',
      { placeholders: { location: 'Lyon' } },
    );
    if (!fit.ok) throw new Error(fit.reason);
    expect(fit.text).toBe(`Our [team] team is hiring in Lyon.\n\n${URL}\n#Jobs`);
    expect(fit.gaps.map((gap) => fit.text.slice(gap.start, gap.end))).toEqual(['[team]']);
  });

  it('never returns a literal placeholder, even without values', () => {
    const fit = composeForNetwork(item({ text: '{firstName}, {jobTitle}' }), 'facebook');
    expect(fit).toMatchObject({ ok: true, text: '[first name], [job title]' });
  });

  it('counts a long value against the limit', () => {
    const fit = composeForNetwork(item({ text: `${'a'.repeat(270)} {team}` }), 'x', {
      placeholders: { team: 'b'.repeat(20) },
    });
    expect(fit.ok).toBe(false);
  });
});

describe('composeForNetwork with a phrasing', () => {
  const worded = item({
    text: 'Own text.',
    variants: { x: 'Own on X.' },
    url: URL,
    hashtags: ['Jobs'],
    phrasings: [{ text: 'Second.', variants: { linkedin: 'Second on LinkedIn.' } }, { text: 'Third.' }],
  });

  it("is the item's own text and variants at 0, as without the option", () => {
    expect(composeForNetwork(worded, 'x', { phrasing: 0 })).toEqual(composeForNetwork(worded, 'x'));
  });

  it.each<[Site, number, string]>([
    ['linkedin', 1, 'Second on LinkedIn.'],
    ['x', 1, 'Second.'],
    ['x', 2, 'Third.'],
    ['facebook', 2, 'Third.'],
  ])('on %s, phrasing %i starts with its own words, with the item link and hashtags', (site, phrasing, start) => {
    const fit = composeForNetwork(worded, site, { phrasing });
    expect(fit).toMatchObject({ ok: true });
    if (!fit.ok) return;
    expect(fit.text.startsWith(start)).toBe(true);
    expect(fit.text).toContain(URL);
    expect(fit.text).toContain('#Jobs');
  });

  it('measures the chosen wording against the limit, not the item text', () => {
    const long = item({ text: 'Short.', phrasings: [{ text: words(60) }] });
    expect(composeForNetwork(long, 'x')).toMatchObject({ ok: true });
    expect(composeForNetwork(long, 'x', { phrasing: 1 })).toMatchObject({ ok: false, length: 299 });
  });
});
