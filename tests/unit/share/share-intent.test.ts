import { describe, expect, it } from 'vitest';
import type { FeedItem } from '../../../shared/feed/schema';
import { type ShareAction, shareIntent } from '../../../shared/share/share-intent';
import { DEMO_ITEMS } from '../ranking/demo-items';

function demo(id: string): FeedItem {
  const found = DEMO_ITEMS.find((item) => item.id === id);
  if (!found) throw new Error(`no demo item ${id}`);
  return found;
}

function opened(action: ShareAction): { url: URL; clipboardText?: string; note?: string } {
  if (action.kind !== 'open') throw new Error(`expected to open a page, got ${action.kind}`);
  return { ...action, url: new URL(action.url) };
}

describe('shareIntent on X', () => {
  it('opens the post intent with the X variant, the tagged link and bare hashtags', () => {
    const { url } = opened(shareIntent(demo('news-series-b'), 'x'));
    expect(url.origin + url.pathname).toBe('https://x.com/intent/post');
    expect(url.searchParams.get('text')).toBe(
      "We just closed our Series B: Lumen's warehouse robots are heading to 40 new cities.",
    );
    const link = new URL(url.searchParams.get('url') ?? '');
    expect(link.origin + link.pathname).toBe('https://lumen-robotics.example/news/series-b');
    expect(Object.fromEntries(link.searchParams)).toEqual({
      utm_source: 'x',
      utm_medium: 'employee_advocacy',
      utm_campaign: 'series-b-2026',
      utm_content: 'news-series-b.1',
    });
    expect(url.searchParams.get('hashtags')).toBe('LumenRobotics,Robotics');
  });

  it('tags the shared wording, numbered from 1, as utm_content', () => {
    const item = { ...demo('news-series-b'), phrasings: [{ text: 'Series B closed: 40 new cities next.' }] };
    const content = (phrasing: number) =>
      new URL(
        opened(shareIntent(item, 'x', undefined, { phrasing })).url.searchParams.get('url') ?? '',
      ).searchParams.get('utm_content');
    expect([content(0), content(1)]).toEqual(['news-series-b.1', 'news-series-b.2']);
  });

  it('tags the campaign with the item id when it has no campaign', () => {
    const { url } = opened(shareIntent(demo('news-safety-award'), 'x'));
    expect(new URL(url.searchParams.get('url') ?? '').searchParams.get('utm_campaign')).toBe('news-safety-award');
  });

  it('sends text only for an item without a link', () => {
    const { url } = opened(shareIntent(demo('tp-culture-learning'), 'x'));
    expect([...url.searchParams.keys()]).toEqual(['text']);
    expect(url.searchParams.get('text')).toBe(demo('tp-culture-learning').text);
  });

  it('leaves hashtags out when the text and link only just fit, and says so', () => {
    const item: FeedItem = { ...demo('news-series-b'), variants: { x: 'a'.repeat(250) } };
    const action = opened(shareIntent(item, 'x'));
    expect(action.url.searchParams.has('hashtags')).toBe(false);
    expect(action.note).toContain('#LumenRobotics');
  });

  it('refuses a text that cannot fit beside the link, rather than cut it', () => {
    const item: FeedItem = { ...demo('news-series-b'), variants: { x: 'a'.repeat(257) } };
    expect(shareIntent(item, 'x')).toEqual({ kind: 'unavailable', reason: expect.stringContaining('281 of 280') });
  });

  it('never sends a link that is not https (or http on localhost)', () => {
    const item: FeedItem = { ...demo('tp-hiring-engineers'), url: 'javascript:alert(1)' };
    expect(opened(shareIntent(item, 'x')).url.searchParams.has('url')).toBe(false);
  });
});

describe.each(['linkedin', 'facebook'] as const)('shareIntent on %s', (site) => {
  const page = {
    linkedin: { at: 'https://www.linkedin.com/sharing/share-offsite/', param: 'url', name: 'LinkedIn' },
    facebook: { at: 'https://www.facebook.com/sharer/sharer.php', param: 'u', name: 'Facebook' },
  }[site];

  it('opens the share page with the tagged link, and copies the caption', () => {
    const item = demo('tp-hiring-engineers');
    const action = opened(shareIntent(item, site));
    expect(action.url.origin + action.url.pathname).toBe(page.at);
    expect([...action.url.searchParams.keys()]).toEqual([page.param]);
    const link = new URL(action.url.searchParams.get(page.param) ?? '');
    expect(link.searchParams.get('utm_source')).toBe(site);
    expect(link.searchParams.get('utm_campaign')).toBe('hiring-q4');
    expect(action.clipboardText).toBe(`${item.variants?.[site] ?? item.text}\n\n#Hiring #RoboticsJobs`);
    expect(action.note).toContain('copied');
  });

  it('asks to copy the text when the item has no link to share', () => {
    const action = shareIntent(demo('tp-culture-learning'), site);
    expect(action).toEqual({
      kind: 'copy',
      clipboardText: demo('tp-culture-learning').text,
      note: expect.stringContaining(page.name),
    });
  });

  it('still opens the page, without a caption, when the caption is too long', () => {
    const item: FeedItem = { ...demo('tp-hiring-engineers'), variants: {}, text: 'w'.repeat(70_000) };
    const action = opened(shareIntent(item, site));
    expect(action.clipboardText).toBeUndefined();
    expect(action.note).toContain('70,0');
  });

  it('cannot share a too-long item without a link at all', () => {
    const item: FeedItem = { ...demo('tp-culture-learning'), text: 'w'.repeat(70_000) };
    expect(shareIntent(item, site)).toMatchObject({ kind: 'unavailable' });
  });
});

describe('shareIntent on Threads', () => {
  it('opens the post intent with the text and hashtags, and the tagged link as url=', () => {
    const item = demo('tp-hiring-engineers');
    const { url } = opened(shareIntent(item, 'threads'));
    expect(url.origin + url.pathname).toBe('https://www.threads.com/intent/post');
    expect([...url.searchParams.keys()]).toEqual(['text', 'url']);
    expect(url.searchParams.get('text')).toBe(`${item.variants?.threads ?? item.text}\n\n#Hiring #RoboticsJobs`);
    const link = new URL(url.searchParams.get('url') ?? '');
    expect([link.searchParams.get('utm_source'), link.searchParams.get('utm_campaign')]).toEqual([
      'threads',
      'hiring-q4',
    ]);
  });
});

describe('shareIntent on Bluesky', () => {
  it('opens the compose intent with the tagged link and hashtags inside the text', () => {
    const item = demo('news-series-b');
    const { url } = opened(shareIntent(item, 'bluesky'));
    expect(url.origin + url.pathname).toBe('https://bsky.app/intent/compose');
    expect([...url.searchParams.keys()]).toEqual(['text']);
    const text = url.searchParams.get('text') ?? '';
    expect(text.startsWith(item.variants?.bluesky ?? item.text)).toBe(true);
    expect(text).toContain(
      'https://lumen-robotics.example/news/series-b?utm_source=bluesky&utm_medium=employee_advocacy&utm_campaign=series-b-2026&utm_content=news-series-b.1',
    );
  });

  it('refuses, with the count, an item too long for 300 graphemes', () => {
    const action = shareIntent({ id: 'l', type: 'talking-point', title: 'L', text: 'word '.repeat(70) }, 'bluesky');
    expect(action).toEqual({ kind: 'unavailable', reason: expect.stringContaining('350 of 300') });
  });
});

describe('shareIntent on Mastodon', () => {
  it("opens the employee's own server's share page with the whole post as text", () => {
    const item = demo('news-series-b');
    const { url } = opened(shareIntent(item, 'mastodon', 'social.lumen.example'));
    expect(url.origin + url.pathname).toBe('https://social.lumen.example/share');
    expect([...url.searchParams.keys()]).toEqual(['text']);
    expect(url.searchParams.get('text')).toContain('utm_source=mastodon');
  });

  it('asks for the server when none is named', () => {
    expect(shareIntent(demo('news-series-b'), 'mastodon')).toEqual({
      kind: 'unavailable',
      reason: "Name your Mastodon server in Herald's options to share there.",
    });
  });
});

describe('shareIntent fills placeholders', () => {
  const item: FeedItem = {
    id: 'p',
    type: 'talking-point',
    title: 'P',
    text: '{firstName} here, from {team} at {company}.',
    url: 'https://lumen-robotics.example/jobs',
  };
  const values = { firstName: 'Ada', team: 'Platform', company: 'Lumen' };

  it('in the text a post page takes', () => {
    const { url } = opened(shareIntent(item, 'x', undefined, { placeholders: values }));
    expect(url.searchParams.get('text')).toBe('Ada here, from Platform at Lumen.');
  });

  it('in the caption copied for a link-only page, with a gap where a value is missing', () => {
    expect(opened(shareIntent(item, 'linkedin', undefined, { placeholders: { firstName: 'Ada' } })).clipboardText).toBe(
      'Ada here, from [team] at [company].',
    );
  });
});

describe('shareIntent with this install’s phrasing', () => {
  const worded: FeedItem = {
    ...demo('news-series-b'),
    phrasings: [{ text: 'Big day at Lumen: our Series B is closed.' }],
  };

  it('puts the chosen wording in the post intent', () => {
    const { url } = opened(shareIntent(worded, 'x', undefined, { phrasing: 1 }));
    expect(url.searchParams.get('text')).toBe('Big day at Lumen: our Series B is closed.');
  });

  it('copies the chosen wording where the share page takes only a link', () => {
    const { clipboardText } = opened(shareIntent(worded, 'linkedin', undefined, { phrasing: 1 }));
    expect(clipboardText?.startsWith('Big day at Lumen: our Series B is closed.')).toBe(true);
    expect(opened(shareIntent(worded, 'linkedin')).clipboardText?.startsWith('Big day')).toBe(false);
  });
});
