import parseTweet from 'twitter-text/dist/esm/parseTweet';

export const X_MAX_WEIGHTED_LENGTH = 280;

/** X's own count: URLs weigh 23, CJK and emoji weigh 2, everything else 1. */
export function xWeightedLength(text: string): number {
  return parseTweet(text).weightedLength;
}
