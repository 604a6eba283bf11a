import type { SiteAdapter } from './site-adapter';

// Draft.js composer: tweetTextarea_0 is the first post of a thread, _1… the next ones and replies.
export const x: SiteAdapter = {
  site: 'x',
  composer: '.public-DraftEditor-content[role="textbox"][data-testid^="tweetTextarea_"]',
  ignoreWithin: ['[aria-hidden="true"]'],
  postButton: '[data-testid="tweetButtonInline"], [data-testid="tweetButton"]',
  // execCommand doubles text in an empty Draft.js editor and crashes React: paste only.
  insertion: ['paste'],
  frame: '[role="dialog"], [data-testid="primaryColumn"]',
  shadowHosts: [],
  maxLength: 280,
  darkTheme: '[style*="background-color: rgb(0, 0, 0)"], [style*="background-color: rgb(21, 32, 43)"], .dark',
};
