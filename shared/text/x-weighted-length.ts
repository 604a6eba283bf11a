import parseTweet from 'twitter-text/dist/esm/parseTweet';

/** X's own count: URLs weigh 23, CJK and emoji weigh 2, everything else 1. */
export function xWeightedLength(text: string): number {
  return parseTweet(text).weightedLength;
}
