import { blueskyLength } from '../text/bluesky-length';
import { defineNetwork } from './network-profile';

// TipTap on ProseMirror (bluesky-social/social-app, src/view/com/composer/text-input/TextInput.web.tsx),
// in the composer dialog. docs/sites.md#bluesky
export const bluesky = defineNetwork({
  site: 'bluesky',
  label: 'Bluesky',
  hosts: ['bsky.app'],
  matches: ['*://bsky.app/*'],
  length: {
    limit: 300,
    count: blueskyLength,
    counting: 'graphemes, a link shortened to its host and 15 characters of path',
  },
  variantMax: 1_000,
  seeMoreAt: undefined,
  layout: { beforeUrl: '\n\n', beforeTags: ' ', beforeTagsWithoutUrl: '\n\n' },
  share: {
    kind: 'post',
    apart: { url: false, hashtags: false },
    page: ({ text }) => `https://bsky.app/intent/compose?${new URLSearchParams({ text })}`,
  },
  editor: 'ProseMirror',
  composer: '[role="dialog"] [data-testid="composerTextInput"] .ProseMirror[contenteditable="true"][role="textbox"]',
  ignoreWithin: ['[aria-hidden="true"]'],
  postButton: 'button[data-testid="composerPublishBtn"]',
  // ProseMirror parses a paste into paragraphs; execCommand goes through its DOM observer.
  insertion: ['paste', 'execCommand'],
  frame: '[role="dialog"]',
  shadowHosts: [],
  darkTheme: '.theme--dark, .theme--dim',
});
