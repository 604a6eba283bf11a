import { wordingNumber } from '../feed/phrasings';
import type { FeedItem, Site } from '../feed/schema';

/** `content` is which item and wording was shared (utmContent): click-through per wording, with no endpoint. */
export type UtmTags = { source: Site; campaign: string; content: string };

const OURS = ['utm_source', 'utm_medium', 'utm_campaign', 'utm_content'];

/**
 * `<item id>.<wording>`, the wording numbered as the employee sees it (1 is the item's own text): the item's
 * id rather than its campaign, since several items share a campaign. `phrasing` is composeForNetwork's
 * 0-based index.
 */
export function utmContent(item: Pick<FeedItem, 'id' | 'phrasings'>, phrasing = 0): string {
  return `${item.id}.${wordingNumber(item, phrasing)}`;
}

// The URL parser drops C0 controls and spaces around a URL (WHATWG URL, basic parser, first step), so a
// feed's "https://a.example/\u0001" is a valid link to "/". Tags added after such a character would pull
// it into the path ("/%01?utm_…"): the link would change. Drop them first, as the parser does.
// biome-ignore lint/suspicious/noControlCharactersInRegex: these are the characters the URL parser drops.
const AROUND_URL = /^[\u0000-\u0020]+|[\u0000-\u0020]+$/g;

function paramName(pair: string): string {
  const name = pair.split('=', 1)[0] ?? '';
  try {
    return decodeURIComponent(name.replace(/\+/g, ' '));
  } catch {
    return name;
  }
}

/**
 * `url` tagged so the comms team's analytics can tell which network, item and wording an employee share came
 * from. The rest of the query and the hash stay byte for byte (URLSearchParams would re-encode them);
 * utm_source, utm_medium, utm_campaign and utm_content already there are replaced (the feed's own
 * utm_content would hide which wording was shared), other utm_ values (utm_term…) kept.
 * A string that is not a URL comes back as it was.
 */
export function withUtm(given: string, { source, campaign, content }: UtmTags): string {
  if (!URL.canParse(given)) return given;
  const url = given.replace(AROUND_URL, '');
  const hashAt = url.indexOf('#');
  const beforeHash = hashAt === -1 ? url : url.slice(0, hashAt);
  const hash = hashAt === -1 ? '' : url.slice(hashAt);
  const queryAt = beforeHash.indexOf('?');
  const base = queryAt === -1 ? beforeHash : beforeHash.slice(0, queryAt);
  const query = queryAt === -1 ? '' : beforeHash.slice(queryAt + 1);
  const kept = query.split('&').filter((pair) => pair !== '' && !OURS.includes(paramName(pair)));
  const tags = new URLSearchParams({
    utm_source: source,
    utm_medium: 'employee_advocacy',
    utm_campaign: campaign,
    utm_content: content,
  });
  return `${base}?${[...kept, tags.toString()].join('&')}${hash}`;
}
