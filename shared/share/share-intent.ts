import type { FeedItem, Site } from '../feed/schema';
import { networkOf } from '../sites/registry';
import { type ComposeOptions, composeForNetwork } from './compose-for-network';
import { trackedLink } from './tracked-link';

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

/** Which of the item's wordings, filled with what. */
export type Wording = Pick<ComposeOptions, 'phrasing' | 'placeholders'>;

/**
 * The share page for `item` on `site`, its link tagged with UTM parameters for that network and wording. `instance` is
 * the employee's server for networks that live on many (Mastodon); `wording` is this install's phrasing and the
 * values that fill `{firstName}` and the rest, as Insert and Copy use them (see composeForNetwork).
 */
export function shareIntent(
  item: FeedItem,
  site: Site,
  instance?: string,
  { phrasing, placeholders }: Wording = {},
): ShareAction {
  const network = networkOf(site);
  const name = network.label;
  const url = trackedLink(item, site, phrasing);
  const { share } = network;

  if (share.kind === 'post') {
    if (network.instanceHosted && !instance) {
      return { kind: 'unavailable', reason: `Name your ${name} server in Herald's options to share there.` };
    }
    const fit = composeForNetwork(item, site, {
      url,
      urlApart: share.apart.url,
      hashtagsApart: share.apart.hashtags,
      placeholders,
      phrasing,
    });
    if (!fit.ok) return { kind: 'unavailable', reason: fit.reason };
    const page = share.page(
      { text: fit.text, url: share.apart.url ? url : null, hashtags: share.apart.hashtags ? fit.hashtags : [] },
      instance,
    );
    return { kind: 'open', url: page, ...(fit.note ? { note: fit.note } : {}) };
  }

  // Share pages that take only a link: the text goes by the clipboard.
  const caption = composeForNetwork(item, site, { url, urlApart: true, placeholders, phrasing });
  if (!url) {
    if (!caption.ok) return { kind: 'unavailable', reason: caption.reason };
    return {
      kind: 'copy',
      clipboardText: caption.text,
      note: `${name} can only be opened with a link, and this item has none. The text is copied: start a post on ${name} and paste it.`,
    };
  }
  const shareUrl = share.page(url);
  if (!caption.ok) return { kind: 'open', url: shareUrl, note: caption.reason };
  return {
    kind: 'open',
    url: shareUrl,
    clipboardText: caption.text,
    note: `The text is copied: paste it into the ${name} post.${caption.note ? ` ${caption.note}` : ''}`,
  };
}
