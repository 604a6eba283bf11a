// The popup's Share and Copy report a use (fire and forget) with the wording they used, numbered from 1; a
// plain Copy is for no network. The share page opened carries the same wording in utm_content.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { copyItem, shareItem } from '../../../components/popup/share-actions';
import type { LibraryItem } from '../../../shared/library/build-library';
import type { Use } from '../../../shared/metrics/use';
import { onMessage } from '../../../utils/messages';

const item: LibraryItem = {
  id: 'series-b',
  type: 'news',
  title: 'Series B',
  text: 'We closed our Series B.',
  phrasings: [{ text: 'Series B: done.' }, { text: 'Forty new cities next.' }],
  url: 'https://lumen.example/b',
  key: 'https://feed.example/feed.json#series-b',
  feedUrl: 'https://feed.example/feed.json',
  publisherName: 'Lumen',
};

let uses: Use[];
let stops: (() => void)[];
let opened: string[];
const copied: string[] = [];

beforeEach(() => {
  fakeBrowser.reset();
  uses = [];
  opened = [];
  copied.length = 0;
  vi.stubGlobal('navigator', { clipboard: { writeText: async (text: string) => void copied.push(text) } });
  vi.spyOn(fakeBrowser.tabs, 'create').mockImplementation(async ({ url }) => {
    opened.push(url ?? '');
    return {} as Awaited<ReturnType<typeof fakeBrowser.tabs.create>>;
  });
  stops = [
    onMessage('recordShare', () => {}),
    onMessage('countUse', ({ data }) => {
      uses.push(data);
    }),
  ];
});

afterEach(() => {
  for (const stop of stops) stop();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('the popup reports its uses', () => {
  it('Share: shared, on that network, in the wording shared, which the link also names', async () => {
    await shareItem(item, 'x', { phrasing: 2 });
    await settle();
    expect(uses).toEqual([{ kind: 'shared', itemKey: item.key, phrasing: 3, site: 'x' }]);
    const link = new URL(new URL(opened[0] ?? '').searchParams.get('url') ?? '');
    expect(link.searchParams.get('utm_content')).toBe('series-b.3');
  });

  it('Copy: copied, for no network, whichever network the card previews', async () => {
    await copyItem(item, 'linkedin', { phrasing: 1 });
    await settle();
    expect(copied).toEqual(['Series B: done.\n\nhttps://lumen.example/b']);
    expect(uses).toEqual([{ kind: 'copied', itemKey: item.key, phrasing: 2, site: null }]);
  });

  it('the item’s own wording is 1', async () => {
    await copyItem(item, 'x');
    await settle();
    expect(uses.map((use) => use.phrasing)).toEqual([1]);
  });

  it('does not wait for, or fail on, a background that does not count', async () => {
    stops[1]?.();
    await expect(copyItem(item, 'x')).resolves.toMatch(/^Copied/);
    await settle();
    expect(uses).toEqual([]);
  });
});
