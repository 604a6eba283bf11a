import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type FeedItem, isAllowedUrl, itemSchema, SITES, type Site } from '../../../shared/feed/schema';
import { composeForNetwork } from '../../../shared/share/compose-for-network';
import { type ShareAction, shareIntent } from '../../../shared/share/share-intent';
import { utmContent, withUtm } from '../../../shared/share/with-utm';
import { networkOf } from '../../../shared/sites/registry';
import { xWeightedLength } from '../../../shared/text/x-weighted-length';
import { hostileString, hostileUrl, runs } from './hostile';

/** Hostile text that still has something visible in it and fits `max`, so the schema keeps most of it. */
const feedText = (max: number) =>
  fc.oneof(
    hostileString.map((text) => `x${text}`.slice(0, max)),
    fc.string({ unit: 'grapheme', minLength: 1, maxLength: Math.min(max, 400) }),
    fc
      .constantFrom('加入我们的团队，一起改变仓储物流'.repeat(10), '🚀'.repeat(150), 'a'.repeat(290))
      .map((text) => text.slice(0, max)),
  );

const hashtag = fc.oneof(
  fc.stringMatching(/^#?[\p{L}\p{N}_]{1,20}$/u),
  fc.constantFrom('#LumenRobotics', 'Robotics', '#café', '#日本', '#x'),
);

const rawItem = fc.record(
  {
    id: feedText(200),
    type: fc.constantFrom('news', 'talking-point'),
    title: feedText(300),
    text: feedText(900),
    variants: fc.record(
      Object.fromEntries(SITES.map((site) => [site, feedText(Math.min(900, networkOf(site).variantMax))])),
      { requiredKeys: [] },
    ),
    url: hostileUrl,
    hashtags: fc.array(hashtag, { maxLength: 6 }),
    campaign: feedText(200),
  },
  { requiredKeys: ['id', 'type', 'title', 'text'] },
);

/** Items the schema accepted: what share code is ever given. */
const item: fc.Arbitrary<FeedItem> = rawItem
  .map((raw) => itemSchema.safeParse(raw))
  .filter((parsed) => parsed.success)
  .map((parsed) => parsed.data as FeedItem);

const INSTANCE = 'social.lumen.example';

/** Each network's share page, and where in it the shared link travels: a parameter of its own or the text. */
const SHARE_PAGES: Record<Site, { origin: string; link: { param: string } | 'in-text' }> = {
  x: { origin: 'https://x.com', link: { param: 'url' } },
  linkedin: { origin: 'https://www.linkedin.com', link: { param: 'url' } },
  facebook: { origin: 'https://www.facebook.com', link: { param: 'u' } },
  threads: { origin: 'https://www.threads.com', link: { param: 'url' } },
  bluesky: { origin: 'https://bsky.app', link: 'in-text' },
  mastodon: { origin: `https://${INSTANCE}`, link: 'in-text' },
};

/** The link a share page was given, or null; for pages that take only text, `expected` if the text holds it. */
function sharedLink(site: Site, page: URL, expected: string | null): string | null {
  const { link } = SHARE_PAGES[site];
  if (link !== 'in-text') return page.searchParams.get(link.param);
  return expected && (page.searchParams.get('text') ?? '').includes(expected) ? expected : null;
}

/** How the network counts the post a share page builds: the text, then a link of its own, every link as it weighs. */
function postLength(site: Site, page: URL, link: string | null): number {
  const { length, share } = networkOf(site);
  const text = page.searchParams.get('text') ?? '';
  if (site === 'x') return xIntentLength(page);
  const apart = share.kind === 'post' && share.apart.url && page.searchParams.has('url') ? ` ${link}` : '';
  const full = `${text}${apart}`;
  return length.count(link && length.linkWeight ? full.split(link).join('x'.repeat(length.linkWeight)) : full);
}

/** How X counts the post it builds from an intent: the text, then the link (as t.co), then the hashtags. */
function xIntentLength(intent: URL): number {
  const text = intent.searchParams.get('text') ?? '';
  const link = intent.searchParams.has('url') ? ['https://t.co/abcdefghij'] : [];
  const tags = (intent.searchParams.get('hashtags') ?? '').split(',').filter(Boolean);
  return xWeightedLength([text, ...link, ...tags.map((tag) => `#${tag}`)].join(' '));
}

/** The share invariants, one per row: each returns a complaint, or undefined when it holds. */
const SHARE_INVARIANTS: [string, (item: FeedItem, site: Site, action: ShareAction) => string | undefined][] = [
  [
    'the page opened is the network’s own https share page',
    (_item, site, action) =>
      action.kind === 'open' && new URL(action.url).origin !== SHARE_PAGES[site].origin ? action.url : undefined,
  ],
  [
    'the link shared is https (http only on localhost), or there is none',
    (item, site, action) => {
      if (action.kind !== 'open') return undefined;
      const link = sharedLink(site, new URL(action.url), taggedLink(item, site));
      return link !== null && !isAllowedUrl(link) ? link : undefined;
    },
  ],
  [
    'the link shared is the item’s own, tagged for the network',
    (item, site, action) => {
      if (action.kind !== 'open') return undefined;
      const expected = taggedLink(item, site);
      const link = sharedLink(site, new URL(action.url), expected);
      return link !== expected ? `${link} != ${expected}` : undefined;
    },
  ],
  [
    'a post a share page builds fits the network, counted its way',
    (item, site, action) => {
      if (networkOf(site).share.kind !== 'post' || action.kind !== 'open') return undefined;
      const page = new URL(action.url);
      const length = postLength(site, page, sharedLink(site, page, taggedLink(item, site)));
      return length > networkOf(site).length.limit ? `${length}` : undefined;
    },
  ],
  [
    'nothing shareable is refused without a reason',
    (_item, _site, action) => (action.kind === 'unavailable' && !action.reason ? 'no reason' : undefined),
  ],
];

function taggedLink(item: FeedItem, site: Site): string | null {
  return item.url
    ? withUtm(item.url, { source: site, campaign: item.campaign ?? item.id, content: utmContent(item) })
    : null;
}

function complaintsFor(item: FeedItem): string[] {
  return SITES.flatMap((site) => {
    const action = shareIntent(item, site, INSTANCE);
    return SHARE_INVARIANTS.flatMap(([name, invariant]) => {
      const complaint = invariant(item, site, action);
      return complaint === undefined ? [] : [`${site}: ${name}: ${complaint.slice(0, 200)}`];
    });
  });
}

/** A text with every allowed link in it weighed as X weighs a t.co link. */
function withLinksAsTco(text: string, url: string | undefined): string {
  return url ? text.split(url).join('https://t.co/abcdefghij') : text;
}

describe('sharing schema-valid hostile items (property)', () => {
  it("offers only each network's own share page and https links, and fits each network", () => {
    fc.assert(
      fc.property(item, (feedItem) => {
        expect(complaintsFor(feedItem)).toEqual([]);
      }),
      runs(150),
    );
  });

  it('composes posts that fit each network and never cut the approved text', () => {
    fc.assert(
      fc.property(item, fc.constantFrom(...SITES), (feedItem, site) => {
        const fit = composeForNetwork(feedItem, site);
        if (!fit.ok) return;
        const body = feedItem.variants?.[site] ?? feedItem.text;
        expect(fit.text.startsWith(body)).toBe(true);
        const { count, limit, linkWeight } = networkOf(site).length;
        const counted =
          site === 'x'
            ? xWeightedLength(withLinksAsTco(fit.text, feedItem.url))
            : count(linkWeight && feedItem.url ? fit.text.split(feedItem.url).join('x'.repeat(linkWeight)) : fit.text);
        expect(counted).toBeLessThanOrEqual(limit);
      }),
      runs(150),
    );
  });

  it('the share invariants can fail: a javascript: link on a foreign page is caught', () => {
    const forged: ShareAction = {
      kind: 'open',
      url: `https://evil.example/?url=${encodeURIComponent('javascript:1')}`,
    };
    const feedItem: FeedItem = { id: 'a', type: 'talking-point', title: 't', text: 't' };
    expect(
      SHARE_INVARIANTS.map(([name, invariant]) => [name, invariant(feedItem, 'linkedin', forged) !== undefined]),
    ).toEqual([
      ['the page opened is the network’s own https share page', true],
      ['the link shared is https (http only on localhost), or there is none', true],
      ['the link shared is the item’s own, tagged for the network', true],
      ['a post a share page builds fits the network, counted its way', false],
      ['nothing shareable is refused without a reason', false],
    ]);
  });
});

/** A string with lone surrogates made into U+FFFD, the way URLSearchParams encodes it. */
function wellFormed(text: string): string {
  return text.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
}

const OURS = ['utm_source', 'utm_medium', 'utm_campaign', 'utm_content'];

const allowedUrl = fc
  .oneof(
    fc.webUrl({ validSchemes: ['https'], withQueryParameters: true, withFragments: true }),
    hostileUrl,
    fc
      .tuple(
        fc.webUrl({ validSchemes: ['https'] }),
        fc.constantFrom(
          'utm_source=old',
          'utm_medium=x&a=1',
          'utm%5Fcampaign=z',
          'utm_content=hero',
          'a=%ZZ',
          '&&',
          '+=+',
        ),
      )
      .map(([url, query]) => `${url}?${query}`),
  )
  .filter(isAllowedUrl);

describe('withUtm on valid links (property)', () => {
  it('keeps origin, path, hash and every other parameter; sets the four tags once', () => {
    fc.assert(
      fc.property(allowedUrl, fc.constantFrom(...SITES), hostileString, (url, source, campaign) => {
        const before = new URL(url);
        const after = new URL(withUtm(url, { source, campaign, content: 'item.2' }));
        expect([after.origin, after.pathname, after.hash]).toEqual([before.origin, before.pathname, before.hash]);
        const others = (params: URLSearchParams) => [...params].filter(([name]) => !OURS.includes(name));
        expect(others(after.searchParams)).toEqual(others(before.searchParams));
        expect(OURS.map((name) => after.searchParams.getAll(name))).toEqual([
          [source],
          ['employee_advocacy'],
          [wellFormed(campaign)],
          ['item.2'],
        ]);
      }),
      runs(200),
    );
  });

  it('is idempotent: tagging twice gives what tagging once gives', () => {
    fc.assert(
      fc.property(allowedUrl, fc.constantFrom(...SITES), hostileString, (url, source, campaign) => {
        const once = withUtm(url, { source, campaign, content: 'item.2' });
        expect(withUtm(once, { source, campaign, content: 'item.2' })).toBe(once);
      }),
      runs(200),
    );
  });
});
