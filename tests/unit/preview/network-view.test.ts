import { describe, expect, it } from 'vitest';
import { networkViews } from '../../../cli/preview-page/network-view';
import type { FeedItem } from '../../../shared/feed/schema';
import { networkOf } from '../../../shared/sites/registry';

const item = (fields: Partial<FeedItem>): FeedItem =>
  ({ id: 'launch', type: 'talking-point', title: 'Launch', text: 'Hello.', ...fields }) as FeedItem;

describe('networkViews', () => {
  it('marks a 281-character X text over the limit, words kept', () => {
    const text = 'a'.repeat(281);
    const [view] = networkViews(item({ text }), networkOf('x'), 'Acme');
    expect(view).toMatchObject({ text, length: 281, limit: 280, over: true });
    expect(view?.reason).toContain('281 of 280');
    const [fits] = networkViews(item({ text: 'a'.repeat(280) }), networkOf('x'), 'Acme');
    expect(fits).toMatchObject({ length: 280, over: false });
  });

  it('cuts where the profile says "see more" goes: characters, or lines first', () => {
    const linkedin = networkOf('linkedin');
    const long = 'word '.repeat(100).trim();
    expect(networkViews(item({ text: long }), linkedin, 'Acme')[0]?.seeMoreAt).toBe(linkedin.seeMoreAt);
    const lines = 'one\ntwo\nthree\nfour\nfive';
    expect(networkViews(item({ text: lines }), linkedin, 'Acme')[0]?.seeMoreAt).toBe('one\ntwo\nthree'.length);
    expect(networkViews(item({ text: 'Short.' }), linkedin, 'Acme')[0]?.seeMoreAt).toBeUndefined();
    expect(networkViews(item({ text: long }), networkOf('x'), 'Acme')[0]?.seeMoreAt).toBeUndefined();
  });

  it('tags the link for the network and campaign, inline on X, beside the text on LinkedIn', () => {
    const news = item({ type: 'news', url: 'https://acme.example/news', campaign: 'q4' });
    const [onX] = networkViews(news, networkOf('x'), 'Acme');
    expect(onX?.link).toBe(
      'https://acme.example/news?utm_source=x&utm_medium=employee_advocacy&utm_campaign=q4&utm_content=launch.1',
    );
    expect(onX?.text).toContain(onX?.link);
    const [onLinkedIn] = networkViews(news, networkOf('linkedin'), 'Acme');
    expect(onLinkedIn?.link).toContain('utm_source=linkedin');
    expect(onLinkedIn).toMatchObject({ linkApart: true, text: 'Hello.' });
  });

  it("tags each wording's link with its own utm_content, as the popup shares it", () => {
    const news = item({ type: 'news', url: 'https://acme.example/news', phrasings: [{ text: 'Second.' }] });
    const links = networkViews(news, networkOf('x'), 'Acme').map(({ link }) => new URL(link ?? '').searchParams);
    expect(links.map((params) => params.get('utm_content'))).toEqual(['launch.1', 'launch.2']);
  });

  it('gives each wording, its variant for the network first, the company filled and the rest as gaps', () => {
    const worded = item({
      text: 'At {company}, {team} is hiring.',
      phrasings: [{ text: 'Second.', variants: { x: 'Second on X.' } }],
    });
    const views = networkViews(worded, networkOf('x'), 'Acme');
    expect(views.map(({ phrasing, text }) => [phrasing, text])).toEqual([
      [0, 'At Acme, [team] is hiring.'],
      [1, 'Second on X.'],
    ]);
    expect(views[0]?.gaps).toEqual([{ name: 'team', start: 9, end: 15 }]);
  });
});
