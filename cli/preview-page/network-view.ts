import { phrasingCount, phrasingText } from '../../shared/feed/phrasings';
import type { FeedItem } from '../../shared/feed/schema';
import { visibleEnd } from '../../shared/policy/disclosure';
import { composeForNetwork } from '../../shared/share/compose-for-network';
import { trackedLink } from '../../shared/share/tracked-link';
import type { Network, Site } from '../../shared/sites/registry';
import { fillPlaceholders, type PlaceholderGap, placeholderValues } from '../../shared/text/placeholders';

/** One wording of an item on one network, as the preview page shows it. */
export type NetworkView = {
  site: Site;
  label: string;
  /** 0: the item's own text and variants; i: phrasings[i - 1]. */
  phrasing: number;
  /** The post as the network gets it: the wording for this network, its hashtags and, where it goes inline, the link. */
  text: string;
  /** By the network's own count (X's weighted characters, t.co links...), against its limit. */
  length: number;
  limit: number;
  over: boolean;
  /** Why it cannot be posted as is (too long), in Herald's words. */
  reason?: string;
  /** Hashtags left out to fit, in Herald's words. */
  note?: string;
  /** The UTM-tagged link; on a network that takes a link only (LinkedIn, Facebook), it travels beside the text. */
  link: string | null;
  linkApart: boolean;
  /** Where the network cuts the post behind "see more", when it does before the end. */
  seeMoreAt?: number;
  /** Placeholders an employee's "About you" fills, left as gaps ("[team]") as an empty profile shows them. */
  gaps: PlaceholderGap[];
};

/**
 * Every wording of `item` on `network`, composed as the popup's Share composes it (shareIntent): the link
 * tagged with utm_source = the network, utm_campaign = the item's campaign or id, utm_content = the item's id
 * and this wording (trackedLink); inline where the share page takes a post, apart where it takes a link only. `{company}` is the publisher's name; the rest are gaps.
 */
export function networkViews(item: FeedItem, network: Network, publisherName: string): NetworkView[] {
  const { site, label } = network;
  const linkApart = network.share.kind !== 'post';
  const placeholders = placeholderValues(null, publisherName);
  const seeMore = network.seeMoreAt ? { chars: network.seeMoreAt, lines: network.seeMoreLines } : undefined;
  return Array.from({ length: phrasingCount(item) }, (_, phrasing): NetworkView => {
    const link = trackedLink(item, site, phrasing);
    const composed = composeForNetwork(item, site, { url: link, urlApart: linkApart, placeholders, phrasing });
    // Too long: Herald will not post it, but the writer needs to see the words to shorten them.
    const { text, gaps } = composed.ok ? composed : fillPlaceholders(phrasingText(item, site, phrasing), placeholders);
    const cut = visibleEnd(text, seeMore);
    return {
      site,
      label,
      phrasing,
      text,
      length: composed.length,
      limit: composed.limit,
      over: composed.length > composed.limit,
      ...(composed.ok ? (composed.note ? { note: composed.note } : {}) : { reason: composed.reason }),
      link,
      linkApart,
      ...(cut < text.length ? { seeMoreAt: cut } : {}),
      gaps,
    };
  });
}
