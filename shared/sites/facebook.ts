import { defineNetwork } from './network-profile';

// Lexical editors everywhere: only the one in the post dialog is a post composer; comment boxes are
// Lexical too, some kept under aria-hidden. docs/sites.md#facebook
export const facebook = defineNetwork({
  site: 'facebook',
  label: 'Facebook',
  hosts: ['facebook.com'],
  matches: ['*://*.facebook.com/*'],
  length: { limit: 63_206, count: (text) => text.length, counting: 'UTF-16 code units' },
  variantMax: 10_000,
  // Long posts are cut after a few lines with "See more"; what comes after is missed by most readers, so a
  // disclosure must come before (docs/feed-format.md#disclosure).
  seeMoreAt: 480,
  seeMoreLines: 5,
  layout: { beforeUrl: '\n', beforeTags: '\n\n', beforeTagsWithoutUrl: '\n\n' },
  share: { kind: 'link', page: (url) => `https://www.facebook.com/sharer/sharer.php?u=${encodeURIComponent(url)}` },
  editor: 'Lexical',
  composer: '[role="dialog"] [contenteditable="true"][role="textbox"][data-lexical-editor="true"]',
  ignoreWithin: ['[aria-hidden="true"]', '[role="article"]'],
  postButton: '[aria-label="Post"][role="button"]',
  // execCommand is flaky right after placing the caret and loses line breaks in Lexical.
  insertion: ['paste', 'beforeinput'],
  frame: '[role="dialog"]',
  shadowHosts: [],
  darkTheme: '.__fb-dark-mode',
});
