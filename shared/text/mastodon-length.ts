import { graphemeLength } from './graphemes';
import { replaceLinks } from './web-links';

/** Mastodon counts any link as 23 characters, whatever its length. */
export const MASTODON_LINK_WEIGHT = 23;

const LINK_STAND_IN = 'x'.repeat(MASTODON_LINK_WEIGHT);

/**
 * A post's length as a Mastodon server counts it against its limit (500 by default): links as 23, the
 * rest in graphemes (mastodon/mastodon, StatusLengthValidator: `countable_text.each_grapheme_cluster`),
 * and a mention of a remote account as its local part (`@ana@social.example` counts as `@ana`).
 */
export function mastodonLength(text: string): number {
  const countable = replaceLinks(text, () => LINK_STAND_IN).replace(
    /(^|[^\p{L}\p{N}_/])(@[\p{L}\p{N}_]+)@[\p{L}\p{N}.-]+\.[\p{L}]{2,}/gu,
    '$1$2',
  );
  return graphemeLength(countable);
}
