import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkFeed } from '../../../cli/src/check/check-feed';
import { pathText } from '../../../cli/src/check/finding';
import demoFeed from '../../../shared/feed/demo-feed.json';
import { parseFeed } from '../../../shared/feed/parse-feed';
import { herald, NOW, tempDirsRemovedAfterEach } from './cli-harness';

const tempDir = tempDirsRemovedAfterEach();

const item = (fields: Record<string, unknown>) => ({
  id: 'i',
  type: 'talking-point',
  title: 'T',
  text: 'Text',
  ...fields,
});
const policy = (fields: Record<string, unknown>) => ({ id: 'p', severity: 'warn', message: 'M', ...fields });
const feedWith = (items: unknown[], policies: unknown[] = []) => ({ ...demoFeed, items, policies });

async function validateJson(json: unknown) {
  const file = join(await tempDir(), 'feed.json');
  await writeFile(file, JSON.stringify(json, null, 2));
  return herald(['validate', file]);
}

describe('herald-feed validate', () => {
  it('passes the bundled demo feed with no error and no warning', async () => {
    const run = await herald(['validate', 'shared/feed/demo-feed.json']);
    expect(run.out).toContain('0 errors, 0 warnings');
    expect(run.code).toBe(0);
  });

  it('prints the JSON path of every error in a broken feed and exits 1', async () => {
    const run = await validateJson({
      ...feedWith(
        [
          item({ id: 'a', type: 'news' }),
          item({ id: 'b', title: '', hashtags: ['ok', 'no spaces'] }),
          item({ id: 'c', publishedAt: 'yesterday', url: 'ftp://lumen.example/x' }),
        ],
        [policy({ severity: 'loud', terms: ['x'] }), policy({ id: 'q' })],
      ),
      publisher: { id: 'lumen' },
    });
    const errorLines = run.out.split('\n').filter((line) => line.startsWith('error'));
    expect(errorLines.map((line) => line.split(/\s+/)[1])).toEqual([
      'publisher.name:',
      'items[0].url:',
      'items[1].title:',
      'items[1].hashtags[1]:',
      'items[2].url:',
      'items[2].publishedAt:',
      'policies[0].severity:',
      'policies[1]:',
    ]);
    expect(run.out).toContain('items[0].url: a news item needs a url');
    expect(run.out).toContain('publisher.name: is required (a string)');
    expect(run.out).toMatch(/^8 errors, 0 warnings$/m);
    expect(run.code).toBe(1);
  });

  it('names the line and column of a JSON syntax error', async () => {
    const file = join(await tempDir(), 'feed.json');
    await writeFile(file, '{\n  "version": 1,\n  "items": [1 2]\n}\n');
    const run = await herald(['validate', file]);
    expect(run.err).toMatch(/feed\.json:3:\d+: not valid JSON/);
    expect(run.code).toBe(1);
  });

  it('says plainly when the file does not exist', async () => {
    const run = await herald(['validate', 'no-such-feed.json']);
    expect(run.err).toBe('error: no-such-feed.json: no such file');
    expect(run.code).toBe(1);
  });

  it('treats an unknown option as a usage mistake: exit code 2 and a pointer to --help', async () => {
    const run = await herald(['validate', '--strict', 'feed.json']);
    expect(run.err).toContain('herald-feed validate --help');
    expect(run.code).toBe(2);
  });
});

describe('checkFeed', () => {
  const longText = 'Robots and people, side by side. '.repeat(9).trim();
  it.each([
    [
      'an X variant that is too long with its link',
      item({ variants: { x: longText }, url: 'https://a.example/x' }),
      'items[0].variants.x',
      /the X post is \d+ of 280/,
    ],
    [
      'a text that is too long for X when there is no x variant',
      item({ text: longText.slice(0, 285) }),
      'items[0].text',
      /add a shorter variants.x/,
    ],
    [
      'a text over Bluesky’s 300 graphemes',
      item({ text: 'a'.repeat(310), variants: { x: 'Short.' } }),
      'items[0].text',
      /the Bluesky post is 310 of 300 characters with its link: add a shorter variants.bluesky/,
    ],
    [
      'a Mastodon post whose link counts 23 however long it is',
      item({
        text: 'a'.repeat(480),
        variants: { x: 'Short.', bluesky: 'Short.', threads: 'Short.' },
        url: `https://a.example/${'p'.repeat(100)}`,
      }),
      'items[0].text',
      /the Mastodon post is 505 of 500 characters with its link \(a link counts 23\)/,
    ],
    [
      'a LinkedIn variant over 3,000 characters once the link is added',
      item({ variants: { linkedin: 'a'.repeat(2_990) }, url: 'https://a.example/x' }),
      'items[0].variants.linkedin',
      /LinkedIn post is 3011 of 3000/,
    ],
    ['an expired item', item({ expiresAt: '2026-11-30T00:00:00Z' }), 'items[0].expiresAt', /expired on/],
    [
      'an item that has not started',
      item({ startsAt: '2026-12-24T00:00:00Z' }),
      'items[0].startsAt',
      /has not started/,
    ],
    [
      'an item that ends before it starts',
      item({ startsAt: '2026-12-24T00:00:00Z', expiresAt: '2026-12-20T00:00:00Z' }),
      'items[0].expiresAt',
      /never shows it/,
    ],
    ['an http link', item({ url: 'http://localhost:8787/post' }), 'items[0].url', /only works on this computer/],
    [
      'an http image',
      item({ image: { url: 'http://127.0.0.1/a.png', alt: '' } }),
      'items[0].image.url',
      /only works on this computer/,
    ],
    [
      'a phrasing too long for X when it has no x variant',
      item({ variants: { x: 'Short.' }, phrasings: [{ text: 'Fine.' }, { text: longText.slice(0, 285) }] }),
      'items[0].phrasings[1].text',
      /the X post in phrasing 2 is \d+ of 280 .*: add a shorter phrasings.1.variants.x/,
    ],
    [
      'a phrasing whose LinkedIn variant is too long with the link',
      item({ phrasings: [{ text: 'Fine.', variants: { linkedin: 'a'.repeat(2_990) } }], url: 'https://a.example/x' }),
      'items[0].phrasings[0].variants.linkedin',
      /LinkedIn post in phrasing 1 is 3011 of 3000 .*: shorten phrasings.0.variants.linkedin/,
    ],
    ['a misspelt field', item({ hashtag: ['x'] }), 'items[0].hashtag', /unknown field "hashtag" is ignored/],
    [
      'a misspelt field in a phrasing',
      item({ phrasings: [{ text: 'Fine.', variant: { x: 'a' } }] }),
      'items[0].phrasings[0].variant',
      /unknown field "variant" is ignored; a phrasing has: text, variants/,
    ],
    [
      'a misspelt variant',
      item({ variants: { twitter: 'x' } }),
      'items[0].variants.twitter',
      /unknown field "twitter"/,
    ],
  ])('warns about %s', (_name, entry, path, message) => {
    const findings = checkFeed(feedWith([entry]), NOW);
    expect(findings.map((finding) => [finding.severity, pathText(finding.path)])).toEqual([['warning', path]]);
    expect(findings[0]?.message).toMatch(message);
  });

  it.each([
    ['a duplicate item id', feedWith([item({}), item({ title: 'Again' })]), 'items[1].id', /duplicate id "i"/],
    [
      'a duplicate policy id',
      feedWith([], [policy({ terms: ['a'] }), policy({ terms: ['b'] })]),
      'policies[1].id',
      /duplicate id "p"/,
    ],
    [
      'a pattern that can backtrack catastrophically',
      feedWith([], [policy({ pattern: '(a+)+$' })]),
      'policies[0].pattern',
      /catastrophic backtracking/,
    ],
    [
      'a pattern that does not compile',
      feedWith([], [policy({ pattern: '[a-' })]),
      'policies[0].pattern',
      /not a valid regular expression/,
    ],
    [
      'a condition pattern that could freeze the page',
      feedWith([], [policy({ when: { pattern: '(x|x)*y' }, require: { terms: ['z'] } })]),
      'policies[0].when.pattern',
      /catastrophic backtracking/,
    ],
  ])('reports %s as an error, since Herald drops it', (_name, feed, path, message) => {
    const findings = checkFeed(feed, NOW);
    expect(findings.map((finding) => [finding.severity, pathText(finding.path)])).toEqual([['error', path]]);
    expect(findings[0]?.message).toMatch(message);
  });

  it.each([
    ['\\d{0,1000}\\d{0,1000}x', ''],
    ['\\d+\\d{0,1000}x', ''],
    ['.{0,2000}.{0,2000}!', 's'],
    ['(a*)\\1*\\1*b', ''],
    ['(?i:a|A)+$', ''],
  ])('names the policy of the refused pattern %s (flags "%s") from the command line', async (pattern, flags) => {
    const run = await validateJson(feedWith([], [policy({ id: 'numbers', pattern, ...(flags ? { flags } : {}) })]));
    expect(run.out).toMatch(/^error\s+policies\[0\]\.pattern: policy "numbers" is refused: /m);
    expect(run.code).toBe(1);
  });

  it('warns about a host written as a URL, which would never match', () => {
    const feed = feedWith(
      [],
      [policy({ detector: 'internal-link', hosts: ['wiki.lumen.example', 'https://jira.lumen.example/'] })],
    );
    expect(checkFeed(feed, NOW).map((finding) => pathText(finding.path))).toEqual(['policies[0].hosts[1]']);
  });

  it('accepts a disclosure policy with a prepend fix, and warns about a weak phrase Herald never counts', () => {
    const disclose = (phrases: string[]) =>
      feedWith([], [policy({ disclosure: { phrases, when: ['Lumen'] }, fix: { prepend: '(I work at Lumen)' } })]);
    expect(checkFeed(disclose(['I work at Lumen']), NOW)).toEqual([]);
    const findings = checkFeed(disclose(['I work at Lumen', '#sp', 'link in bio']), NOW);
    expect(findings.map((finding) => [finding.severity, pathText(finding.path)])).toEqual([
      ['warning', 'policies[0].disclosure.phrases[1]'],
      ['warning', 'policies[0].disclosure.phrases[2]'],
    ]);
  });

  it('reports a disclosure policy with no phrase, or with a second matcher, as an error', () => {
    const bad = feedWith(
      [],
      [policy({ disclosure: { phrases: [] } }), policy({ id: 'q', terms: ['a'], disclosure: { phrases: ['x'] } })],
    );
    const errors = checkFeed(bad, NOW).filter((finding) => finding.severity === 'error');
    expect(errors.map((finding) => pathText(finding.path))).toEqual(
      expect.arrayContaining(['policies[0].disclosure.phrases', 'policies[1]']),
    );
  });

  it('accepts "$schema" at the top of a feed', () => {
    expect(checkFeed({ $schema: './feed.schema.json', ...demoFeed }, NOW)).toEqual([]);
  });

  it('rejects an unknown placeholder or a stray brace in an item’s text or variants, and accepts known ones', () => {
    const findings = checkFeed(
      feedWith([
        item({ id: 'ok', text: 'I am {firstName}, {jobTitle} in {team}, {location}, at {company}.' }),
        item({ id: 'bad', text: 'Hi {name}', variants: { x: 'From {team', linkedin: 'team} here' } }),
      ]),
      NOW,
    ).filter((finding) => finding.severity === 'error');
    expect(findings.map((finding) => `${pathText(finding.path)}: ${finding.message}`)).toEqual([
      'items[1].text: unknown placeholder “{name}” at 3: use {firstName}, {jobTitle}, {team}, {location} or {company} (names are case-sensitive)',
      'items[1].variants.linkedin: a “}” at 4 closes nothing: write placeholders as {team}',
      'items[1].variants.x: a “{” at 5 is never closed with “}”',
    ]);
  });

  it('reports as an error every item and policy that the extension skips', () => {
    const feed = feedWith(
      [item({}), item({ type: 'news' }), item({ id: 'j', text: '' }), item({}), 42, item({ id: 'k', text: '{x}' })],
      [policy({}), policy({ id: 'q', terms: ['a'], flags: 'i' }), policy({ id: 'r', detector: 'internal-link' })],
    );
    const parsed = parseFeed(feed);
    const skipped = parsed.ok ? parsed.skipped.map((problem) => problem.path) : [];
    const errors = checkFeed(feed, NOW).filter((finding) => finding.severity === 'error');
    expect(skipped.length).toBeGreaterThan(5);
    for (const path of skipped) {
      expect(errors.some((finding) => pathText(finding.path).startsWith(path))).toBe(true);
    }
  });
});
