import { isAllowedUrl } from '../feed/allowed-url';
import type { FeedItem, Site } from '../feed/schema';
import { SITE_LABELS } from '../sites/site-matches';
import { composeForNetwork } from './compose-for-network';
import { withUtm } from './with-utm';

/**
 * What the popup does when someone shares an item:
 * - open: open `url` (the network's share page); copy `clipboardText` first when there is one, and show `note`.
 * - copy: the network cannot take this item through a share page (no link): copy the text, show `note`.
 * - unavailable: nothing can be shared on this network; show `reason`.
 */
export type ShareAction =
  | { kind: 'open'; url: string; clipboardText?: string; note?: string }
  | { kind: 'copy'; clipboardText: string; note: string }
  | { kind: 'unavailable'; reason: string };

const SHARE_PAGES = {
  linkedin: (url: string) => `https://www.linkedin.com/sharing/share-offsite/?url=${encodeURIComponent(url)}`,
  facebook: (url: string) => `https://www.facebook.com/sharer/sharer.php?u=${encodeURIComponent(url)}`,
} as const;

function xIntent(item: FeedItem, url: string | null): ShareAction {
  const fit = composeForNetwork(item, 'x', { url, urlApart: true, hashtagsApart: true });
  if (!fit.ok) return { kind: 'unavailable', reason: fit.reason };
  const params = new URLSearchParams({ text: fit.text });
  if (url) params.set('url', url);
  if (fit.hashtags.length > 0) params.set('hashtags', fit.hashtags.join(','));
  return { kind: 'open', url: `https://x.com/intent/post?${params}`, ...(fit.note ? { note: fit.note } : {}) };
}

/** The share page for `item` on `site`, its link tagged with UTM parameters for that network. */
export function shareIntent(item: FeedItem, site: Site): ShareAction {
  const url =
    item.url && isAllowedUrl(item.url) ? withUtm(item.url, { source: site, campaign: item.campaign ?? item.id }) : null;
  if (site === 'x') return xIntent(item, url);

  const name = SITE_LABELS[site];
  // LinkedIn and Facebook take only a link through their share pages: the text goes by the clipboard.
  const caption = composeForNetwork(item, site, { url, urlApart: true });
  if (!url) {
    if (!caption.ok) return { kind: 'unavailable', reason: caption.reason };
    return {
      kind: 'copy',
      clipboardText: caption.text,
      note: `${name} can only be opened with a link, and this item has none. The text is copied: start a post on ${name} and paste it.`,
    };
  }
  const shareUrl = SHARE_PAGES[site](url);
  if (!caption.ok) return { kind: 'open', url: shareUrl, note: caption.reason };
  return {
    kind: 'open',
    url: shareUrl,
    clipboardText: caption.text,
    note: `The text is copied: paste it into the ${name} post.${caption.note ? ` ${caption.note}` : ''}`,
  };
}
