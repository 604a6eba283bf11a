import { describe, expect, it } from 'vitest';
import { utmContent, withUtm } from '../../../shared/share/with-utm';

const TAGS = 'utm_source=linkedin&utm_medium=employee_advocacy&utm_campaign=hiring-q4&utm_content=ops-lead.2';

describe('withUtm', () => {
  it.each([
    ['no query', 'https://a.example.com/jobs', `https://a.example.com/jobs?${TAGS}`],
    ['no path', 'https://a.example.com', `https://a.example.com?${TAGS}`],
    [
      'an existing query, kept byte for byte',
      'https://a.example.com/?q=a%20b&x=1/2',
      `https://a.example.com/?q=a%20b&x=1/2&${TAGS}`,
    ],
    ['a hash, kept after the query', 'https://a.example.com/p#team', `https://a.example.com/p?${TAGS}#team`],
    ['a query and a hash', 'https://a.example.com/p?lang=fr#team', `https://a.example.com/p?lang=fr&${TAGS}#team`],
    ['a "?" inside the hash', 'https://a.example.com/p#a?b', `https://a.example.com/p?${TAGS}#a?b`],
    [
      // The feed's own utm_content would hide which wording was shared: Herald's replaces it.
      'old utm values replaced, other utm values kept',
      'https://a.example.com/?utm_source=newsletter&utm_content=hero&utm_term=robots&utm_medium=email&utm_campaign=old&id=3',
      `https://a.example.com/?utm_term=robots&id=3&${TAGS}`,
    ],
    [
      'an encoded utm name still counts as one',
      'https://a.example.com/?utm%5Fsource=x',
      `https://a.example.com/?${TAGS}`,
    ],
    ['an empty query', 'https://a.example.com/?', `https://a.example.com/?${TAGS}`],
    ['localhost', 'http://localhost:8080/feed', `http://localhost:8080/feed?${TAGS}`],
    // Found by the withUtm property (tests/unit/property/share.test.ts): the trailing NUL, which the URL
    // parser drops, used to end up in the path as /%00.
    [
      'control characters around the URL, which the URL parser drops',
      '\u0000https://a.example.com/jobs\u0001',
      `https://a.example.com/jobs?${TAGS}`,
    ],
  ])('%s', (_, url, expected) => {
    expect(withUtm(url, { source: 'linkedin', campaign: 'hiring-q4', content: 'ops-lead.2' })).toBe(expected);
  });

  it('encodes the campaign and gives the source as the network', () => {
    const tagged = new URL(withUtm('https://a.example.com/', { source: 'x', campaign: 'été & co', content: 'a.1' }));
    expect(tagged.searchParams.get('utm_campaign')).toBe('été & co');
    expect(tagged.searchParams.get('utm_source')).toBe('x');
    expect(tagged.searchParams.get('utm_medium')).toBe('employee_advocacy');
  });

  it('leaves a string that is not a URL alone', () => {
    expect(withUtm('not a url', { source: 'x', campaign: 'c', content: 'a.1' })).toBe('not a url');
  });

  it('says which item and which wording, numbered from 1 as the employee sees it', () => {
    const item = { id: 'series-b', phrasings: [{ text: 'Second' }, { text: 'Third' }] };
    expect([0, 1, 2].map((phrasing) => utmContent(item, phrasing))).toEqual(['series-b.1', 'series-b.2', 'series-b.3']);
    expect(utmContent(item)).toBe('series-b.1');
    // A wording the item no longer has composes as its own text, and is reported so.
    expect(utmContent(item, 5)).toBe('series-b.1');
    expect(utmContent({ id: 'solo' }, 1)).toBe('solo.1');
  });
});
