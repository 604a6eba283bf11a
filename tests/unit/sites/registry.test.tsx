// A network is one profile: this file registers a throwaway one (Fakebook) in the profile list and finds it
// in everything that lists networks, without any other file knowing of it.
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { defineNetwork } from '../../../shared/sites/network-profile';

const fakebook = vi.hoisted(() => ({
  site: 'fakebook',
  label: 'Fakebook',
  hosts: ['fakebook.example'],
  matches: ['*://*.fakebook.example/*'],
  length: { limit: 42, count: (text: string) => text.length, counting: 'UTF-16 code units' },
  variantMax: 100,
  seeMoreAt: 30,
  layout: { beforeUrl: ' ~ ', beforeTags: ' ', beforeTagsWithoutUrl: ' ' },
  share: { kind: 'link', page: (url: string) => `https://fakebook.example/share?u=${encodeURIComponent(url)}` },
  editor: 'Lexical',
  composer: '.fake-composer',
  ignoreWithin: [],
  postButton: '.fake-post',
  insertion: ['paste'],
  frame: '.fake-dialog',
  shadowHosts: [],
  darkTheme: '.fake-dark',
}));

vi.mock('../../../shared/sites/profiles', async (importOriginal) => {
  const { PROFILES } = await importOriginal<typeof import('../../../shared/sites/profiles')>();
  return { PROFILES: [...PROFILES, defineNetwork(fakebook as Parameters<typeof defineNetwork>[0])] };
});

// Imported after the mock is in place: every list below is built from the profile list with Fakebook in it.
const { itemSchema, policySchema, siteSchema } = await import('../../../shared/feed/schema');
const { feedJsonSchema } = await import('../../../shared/feed/json-schema');
const registry = await import('../../../shared/sites/registry');
const { composeForNetwork } = await import('../../../shared/share/compose-for-network');
const { shareIntent } = await import('../../../shared/share/share-intent');
const { managedStorageSchema } = await import('../../../shared/sync/managed-storage-schema');
const { readManagedConfig } = await import('../../../shared/sync/managed-config');
const { NETWORK_TABLES } = await import('../../../shared/sites/network-tables');
const { itemFindings } = await import('../../../cli/src/check/item-findings');
const { ItemCard } = await import('../../../components/popup/ItemCard');
const { SitesSection } = await import('../../../components/options/SitesSection');
const { PreviewSitePicker } = await import('../../../components/popup/PreviewSitePicker');

type Site = import('../../../shared/sites/registry').Site;
const FAKE = 'fakebook' as Site;
const news = {
  id: 'n',
  type: 'news' as const,
  title: 'News',
  text: 'A short post.',
  url: 'https://lumen.example/news',
  variants: { [FAKE]: 'Fake variant.' },
};

describe('a profile added to the profile list', () => {
  it('is a network id in the feed schema, its variants and its policies’ sites', () => {
    expect(siteSchema.safeParse('fakebook').success).toBe(true);
    expect(itemSchema.parse(news).variants).toEqual({ fakebook: 'Fake variant.' });
    expect(
      policySchema.safeParse({ id: 'p', severity: 'warn', message: 'm', terms: ['a'], sites: ['fakebook'] }).success,
    ).toBe(true);
    expect(JSON.stringify(feedJsonSchema())).toContain('"fakebook"');
  });

  it('gives the manifest its matches and is found by its host', () => {
    expect(registry.manifestMatches()).toContain('*://*.fakebook.example/*');
    expect(registry.networkForHost('www.fakebook.example')?.label).toBe('Fakebook');
    expect(registry.networkNames('disjunction')).toMatch(/, Mastodon,? or Fakebook$/);
  });

  it('lays out, counts and shares posts by its own rules', () => {
    expect(composeForNetwork(itemSchema.parse(news), FAKE)).toMatchObject({
      ok: true,
      text: 'Fake variant. ~ https://lumen.example/news',
      limit: 42,
    });
    expect(shareIntent(itemSchema.parse(news), FAKE)).toMatchObject({
      kind: 'open',
      url: expect.stringMatching(/^https:\/\/fakebook\.example\/share\?u=.*utm_source%3Dfakebook/),
    });
  });

  it('is a site IT can switch off in the managed schema', () => {
    expect(managedStorageSchema().properties.disabledSites?.description).toContain('fakebook');
    expect(readManagedConfig({ disabledSites: ['fakebook', 'myspace'] }).disabledSites).toEqual(['fakebook']);
  });

  it('is checked by herald-feed validate against its own limit', () => {
    const long = { ...news, variants: { [FAKE]: 'f'.repeat(60) } };
    expect(itemFindings([long], new Date()).map((finding) => finding.message)).toContainEqual(
      expect.stringMatching(/^the Fakebook post is \d+ of 42 characters with its link: shorten variants.fakebook$/),
    );
  });

  it('gets a row in the docs’ tables', () => {
    expect(NETWORK_TABLES.networks?.()).toContain('| `fakebook` | Fakebook | `fakebook.example` |');
    expect(NETWORK_TABLES.variants?.()).toContain('`variants.fakebook`');
  });

  it('gets a Share button and a preview tab in the popup, and a switch in the options', () => {
    const card = renderToStaticMarkup(
      <ItemCard
        item={{ ...itemSchema.parse(news), key: 'feed#n', feedUrl: 'feed', publisherName: 'Lumen' }}
        isNew={false}
        shares={[]}
        showType={false}
        choice={{ installId: 'install', offsets: {} }}
      />,
    );
    expect(card).toContain('Share on Fakebook');
    expect(renderToStaticMarkup(<PreviewSitePicker />)).toContain('Fakebook');
    expect(renderToStaticMarkup(<SitesSection />)).toContain('Herald on Fakebook');
  });
});
