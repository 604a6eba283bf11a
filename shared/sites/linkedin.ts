import { defineNetwork } from './network-profile';

// Late 2026 share box: Quill inside an open shadow root on #interop-outlet; a hidden preload copy of the
// editor lives in an iframe, which the content script (top frame only) never sees. docs/sites.md#linkedin
export const linkedin = defineNetwork({
  site: 'linkedin',
  label: 'LinkedIn',
  hosts: ['linkedin.com'],
  matches: ['*://*.linkedin.com/*'],
  length: { limit: 3_000, count: (text) => text.length, counting: 'UTF-16 code units' },
  variantMax: 3_000,
  // The feed shows about the first 210 characters or three lines, then "…see more": a disclosure the FTC's
  // Endorsement Guides want "clear and conspicuous" must come before it (docs/feed-format.md#disclosure).
  seeMoreAt: 210,
  seeMoreLines: 3,
  // A link preview: the link gets a line of its own and hashtags close the post.
  layout: { beforeUrl: '\n\n', beforeTags: '\n', beforeTagsWithoutUrl: '\n\n' },
  share: {
    kind: 'link',
    page: (url) => `https://www.linkedin.com/sharing/share-offsite/?url=${encodeURIComponent(url)}`,
  },
  editor: 'Quill',
  composer: '[data-test-modal-id="sharebox"] .ql-editor[data-test-ql-editor-contenteditable="true"]',
  ignoreWithin: ['[aria-hidden="true"]', '.comments-comment-box'],
  postButton: 'button.share-actions__primary-action',
  // Quill 1 ignores synthetic paste; execCommand works on both Quill 1 and 2.
  insertion: ['execCommand', 'paste'],
  frame: '[role="dialog"]',
  shadowHosts: ['#interop-outlet[data-testid="interop-shadowdom"]'],
  darkTheme: '.theme--dark, [data-theme="dark"]',
});
