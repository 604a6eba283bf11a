import { graphemeLength } from './graphemes';
import { replaceLinks } from './web-links';

/**
 * Bluesky's composer shows a link as its host and at most 15 characters of path (13 then "..."), and
 * counts the post after that shortening (social-app, `shortenLinks` and `toShortUrl` in
 * src/lib/strings/url-helpers.ts), in graphemes.
 */
export function toShortUrl(link: string): string {
  if (!URL.canParse(link)) return link;
  const url = new URL(link);
  const path = `${url.pathname === '/' ? '' : url.pathname}${url.search}${url.hash}`;
  return path.length > 15 ? `${url.host}${path.slice(0, 13)}...` : `${url.host}${path}`;
}

/** A post's length as Bluesky counts it against its 300: graphemes, links shortened. */
export function blueskyLength(text: string): number {
  return graphemeLength(replaceLinks(text, toShortUrl));
}
