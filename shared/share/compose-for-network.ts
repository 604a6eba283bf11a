import type { FeedItem, Site } from '../feed/schema';
import { SITE_LABELS } from '../sites/site-matches';
import { NETWORK_LIMITS, networkLength, X_URL_WEIGHT } from './network-limits';

export type ComposeOptions = {
  /** The link to use instead of `item.url` (a UTM-tagged one, say); null for none. */
  url?: string | null;
  /**
   * The link travels beside the text, as a share intent's url= parameter: it is left out of `text`. On X it
   * still counts (23 and a space: X appends it); on LinkedIn and Facebook it becomes a preview and does not.
   */
  urlApart?: boolean;
  /** The hashtags travel beside the text, as X's hashtags= parameter: left out of `text`, still counted. */
  hashtagsApart?: boolean;
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
    }
  | { ok: false; reason: string; length: number; limit: number };

// Where the link and the hashtags go on each network: X writes everything on one line; LinkedIn and
// Facebook show a link preview, so the link gets a line of its own and hashtags close the post.
const LAYOUTS: Record<Site, { beforeUrl: string; beforeTags: string; beforeTagsWithoutUrl: string }> = {
  x: { beforeUrl: ' ', beforeTags: ' ', beforeTagsWithoutUrl: ' ' },
  linkedin: { beforeUrl: '\n\n', beforeTags: '\n', beforeTagsWithoutUrl: '\n\n' },
  facebook: { beforeUrl: '\n', beforeTags: '\n\n', beforeTagsWithoutUrl: '\n\n' },
};

const NUMBER = new Intl.NumberFormat('en');

function layout(site: Site, text: string, url: string | null, tags: readonly string[]): string {
  const { beforeUrl, beforeTags, beforeTagsWithoutUrl } = LAYOUTS[site];
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
 * The post for `site`: the item's variant for it (else its text), its link and hashtags laid out the way the
 * network expects, within the network's limit. Hashtags are left out, last first, when they do not fit;
 * the approved text itself is never cut: when it alone is too long the result says so instead.
 */
export function composeForNetwork(item: FeedItem, site: Site, options: ComposeOptions = {}): FitResult {
  const limit = NETWORK_LIMITS[site];
  const body = item.variants?.[site] ?? item.text;
  const givenUrl = options.url === undefined ? item.url : options.url;
  const url = givenUrl && !body.includes(givenUrl) ? givenUrl : null;
  const inlineUrl = options.urlApart ? null : url;
  const allTags = hashtagsToAdd(item.hashtags, body);

  // On X any link weighs 23 and a space wherever it goes, even one twitter-text would not recognise
  // (a .example demo domain); elsewhere only a link inside the text counts.
  const measure = (tags: readonly string[]) =>
    site === 'x'
      ? networkLength(layout(site, body, null, tags), site) + (url ? 1 + X_URL_WEIGHT : 0)
      : networkLength(layout(site, body, inlineUrl, tags), site);
  let tags = allTags;
  let length = measure(tags);
  while (length > limit && tags.length > 0) {
    tags = tags.slice(0, -1);
    length = measure(tags);
  }
  if (length > limit) {
    const name = SITE_LABELS[site];
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
    text: layout(site, body, inlineUrl, options.hashtagsApart ? [] : tags),
    hashtags: tags,
    droppedHashtags: dropped.length > 0,
    ...(dropped.length > 0
      ? {
          note: `Left out ${dropped.map((tag) => `#${tag}`).join(', ')} to stay within ${SITE_LABELS[site]}'s ${NUMBER.format(limit)} characters.`,
        }
      : {}),
    length,
    limit,
  };
}
