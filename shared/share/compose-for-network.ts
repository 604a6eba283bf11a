import { phrasingText } from '../feed/phrasings';
import type { FeedItem, Site } from '../feed/schema';
import type { PostLayout } from '../sites/network-profile';
import { networkOf } from '../sites/registry';
import { fillPlaceholders, type PlaceholderGap, type PlaceholderValues } from '../text/placeholders';

export type ComposeOptions = {
  /** The link to use instead of `item.url` (a UTM-tagged one, say); null for none. */
  url?: string | null;
  /**
   * The link travels beside the text, as a share page's parameter: it is left out of `text`. Where the share
   * page takes a post (X, Threads) the network appends it and it still counts; where it takes a link only
   * (LinkedIn, Facebook) it becomes a preview and does not.
   */
  urlApart?: boolean;
  /** The hashtags travel beside the text, as X's hashtags= parameter: left out of `text`, still counted. */
  hashtagsApart?: boolean;
  /**
   * What fills `{firstName}`, `{company}`…: the employee's "About you" and the feed's publisher name. Filled
   * before measuring; a placeholder without a value becomes a gap such as "[team]", never a literal "{team}".
   */
  placeholders?: PlaceholderValues;
  /**
   * Which wording: 0 (the default) is the item's own `text` and `variants`, i is `phrasings[i - 1]`, each
   * with its variant for the site first. One the item does not have (the feed changed) reads as 0.
   */
  phrasing?: number;
};

export type FitResult =
  | {
      ok: true;
      /** What to insert or share, with the link and hashtags unless they travel apart. */
      text: string;
      /** The hashtags kept, without "#". */
      hashtags: string[];
      droppedHashtags: boolean;
      /** Set when hashtags were left out, to show the user. */
      note?: string;
      length: number;
      limit: number;
      /** Placeholders left without a value, as offsets of their "[team]" labels in `text`. */
      gaps: PlaceholderGap[];
    }
  | { ok: false; reason: string; length: number; limit: number };

const NUMBER = new Intl.NumberFormat('en');

function layout(
  { beforeUrl, beforeTags, beforeTagsWithoutUrl }: PostLayout,
  text: string,
  url: string | null,
  tags: readonly string[],
): string {
  let out = url ? `${text}${beforeUrl}${url}` : text;
  if (tags.length > 0) out += `${url ? beforeTags : beforeTagsWithoutUrl}${tags.map((tag) => `#${tag}`).join(' ')}`;
  return out;
}

/** The item's hashtags without "#", each once, minus those its text already carries. */
function hashtagsToAdd(hashtags: readonly string[] | undefined, text: string): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of hashtags ?? []) {
    const tag = raw.replace(/^#/, '');
    const folded = tag.toLowerCase();
    if (seen.has(folded)) continue;
    seen.add(folded);
    const escaped = tag.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const inText = new RegExp(`(?:^|[^\\p{L}\\p{N}_])#${escaped}(?![\\p{L}\\p{N}_])`, 'iu').test(text);
    if (!inText) out.push(tag);
  }
  return out;
}

/**
 * The post for `site`: the chosen wording's variant for it (else its text), its link and hashtags laid out the way the
 * network expects, within the network's limit. Hashtags are left out, last first, when they do not fit;
 * the approved text itself is never cut: when it alone is too long the result says so instead.
 */
export function composeForNetwork(item: FeedItem, site: Site, options: ComposeOptions = {}): FitResult {
  const network = networkOf(site);
  const { limit, count, linkWeight } = network.length;
  // The body leads the laid-out post, so the gaps' offsets in it are offsets in `text` too.
  const { text: body, gaps } = fillPlaceholders(phrasingText(item, site, options.phrasing), options.placeholders);
  const givenUrl = options.url === undefined ? item.url : options.url;
  const url = givenUrl && !body.includes(givenUrl) ? givenUrl : null;
  const inlineUrl = options.urlApart ? null : url;
  const allTags = hashtagsToAdd(item.hashtags, body);

  // A link counts unless it becomes a preview beside the post. Where the network shortens every link (X's
  // t.co, Mastodon) it counts that much wherever it goes, even one the network's own parser would miss
  // (a .example demo domain): a stand-in of that length is measured in its place.
  const linkCounts = url !== null && (!options.urlApart || network.share.kind === 'post');
  const measuredUrl = linkCounts ? (linkWeight ? 'x'.repeat(linkWeight) : url) : null;
  const measure = (tags: readonly string[]) => count(layout(network.layout, body, measuredUrl, tags));
  let tags = allTags;
  let length = measure(tags);
  while (length > limit && tags.length > 0) {
    tags = tags.slice(0, -1);
    length = measure(tags);
  }
  if (length > limit) {
    const name = network.label;
    return {
      ok: false,
      reason: `The ${name} version is ${NUMBER.format(length)} of ${NUMBER.format(limit)} characters: too long to post on ${name} without cutting the approved text.`,
      length,
      limit,
    };
  }
  const dropped = allTags.slice(tags.length);
  return {
    ok: true,
    text: layout(network.layout, body, inlineUrl, options.hashtagsApart ? [] : tags),
    hashtags: tags,
    droppedHashtags: dropped.length > 0,
    ...(dropped.length > 0
      ? {
          note: `Left out ${dropped.map((tag) => `#${tag}`).join(', ')} to stay within ${network.label}'s ${NUMBER.format(limit)} characters.`,
        }
      : {}),
    length,
    limit,
    gaps,
  };
}
