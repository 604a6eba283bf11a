import type { SiteAdapter } from './site-adapter';

// Lexical editors everywhere: only the one in the post dialog is a post composer; comment boxes are
// Lexical too, some kept under aria-hidden.
export const facebook: SiteAdapter = {
  site: 'facebook',
  composer: '[role="dialog"] [contenteditable="true"][role="textbox"][data-lexical-editor="true"]',
  ignoreWithin: ['[aria-hidden="true"]', '[role="article"]'],
  postButton: '[aria-label="Post"][role="button"]',
  // execCommand is flaky right after placing the caret and loses line breaks in Lexical.
  insertion: ['paste', 'beforeinput'],
  frame: '[role="dialog"]',
  shadowHosts: [],
  maxLength: 63_206,
  darkTheme: '.__fb-dark-mode',
};
