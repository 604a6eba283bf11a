import { threadsLength } from '../text/threads-length';
import { defineNetwork } from './network-profile';

// Lexical, like Facebook (both Meta): the post composer sits in the "New thread" dialog; reply boxes in
// the feed are Lexical editors with the same attributes. docs/sites.md#threads
export const threads = defineNetwork({
  site: 'threads',
  label: 'Threads',
  hosts: ['threads.com', 'threads.net'],
  matches: ['*://*.threads.com/*', '*://*.threads.net/*'],
  length: { limit: 500, count: threadsLength, counting: 'characters; an emoji counts its UTF-8 bytes' },
  variantMax: 1_000,
  seeMoreAt: undefined,
  layout: { beforeUrl: '\n\n', beforeTags: '\n', beforeTagsWithoutUrl: '\n\n' },
  share: {
    kind: 'post',
    apart: { url: true, hashtags: false },
    page({ text, url }) {
      const params = new URLSearchParams({ text });
      if (url) params.set('url', url);
      return `https://www.threads.com/intent/post?${params}`;
    },
  },
  editor: 'Lexical',
  composer: '[role="dialog"] [contenteditable="true"][role="textbox"][data-lexical-editor="true"]',
  ignoreWithin: ['[aria-hidden="true"]', '[role="article"]'],
  // Threads' Post button is a div[role=button] with no label or test id: only its text tells it apart.
  postButton: '[role="button"]',
  postButtonText: 'Post',
  insertion: ['paste', 'beforeinput'],
  frame: '[role="dialog"]',
  shadowHosts: [],
  darkTheme: '.dark, [data-color-scheme="dark"]',
});
