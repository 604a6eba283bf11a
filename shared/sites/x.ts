import { xWeightedLength } from '../text/x-weighted-length';
import { defineNetwork } from './network-profile';

// Draft.js composer: tweetTextarea_0 is the first post of a thread, _1… the next ones and replies.
// docs/sites.md#x
export const x = defineNetwork({
  site: 'x',
  label: 'X',
  hosts: ['x.com', 'twitter.com'],
  matches: ['*://x.com/*', '*://twitter.com/*'],
  // Every link becomes a 23-character t.co address, wherever it sits.
  length: {
    limit: 280,
    count: xWeightedLength,
    counting: 'twitter-text weighted: CJK and emoji 2, any link 23',
    linkWeight: 23,
  },
  variantMax: 1_000,
  seeMoreAt: undefined,
  layout: { beforeUrl: ' ', beforeTags: ' ', beforeTagsWithoutUrl: ' ' },
  share: {
    kind: 'post',
    apart: { url: true, hashtags: true },
    page({ text, url, hashtags }) {
      const params = new URLSearchParams({ text });
      if (url) params.set('url', url);
      if (hashtags.length > 0) params.set('hashtags', hashtags.join(','));
      return `https://x.com/intent/post?${params}`;
    },
  },
  editor: 'Draft.js',
  composer: '.public-DraftEditor-content[role="textbox"][data-testid^="tweetTextarea_"]',
  ignoreWithin: ['[aria-hidden="true"]'],
  postButton: '[data-testid="tweetButtonInline"], [data-testid="tweetButton"]',
  // execCommand doubles text in an empty Draft.js editor and crashes React: paste only.
  insertion: ['paste'],
  frame: '[role="dialog"], [data-testid="primaryColumn"]',
  shadowHosts: [],
  darkTheme: '[style*="background-color: rgb(0, 0, 0)"], [style*="background-color: rgb(21, 32, 43)"], .dark',
});
