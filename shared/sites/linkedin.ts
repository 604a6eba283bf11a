import type { SiteAdapter } from './site-adapter';

// Late 2026 share box: Quill inside an open shadow root on #interop-outlet; a hidden preload copy of the
// editor lives in an iframe, which the content script (top frame only) never sees.
export const linkedin: SiteAdapter = {
  site: 'linkedin',
  composer: '[data-test-modal-id="sharebox"] .ql-editor[data-test-ql-editor-contenteditable="true"]',
  ignoreWithin: ['[aria-hidden="true"]', '.comments-comment-box'],
  postButton: 'button.share-actions__primary-action',
  // Quill 1 ignores synthetic paste; execCommand works on both Quill 1 and 2.
  insertion: ['execCommand', 'paste'],
  frame: '[role="dialog"]',
  shadowHosts: ['#interop-outlet[data-testid="interop-shadowdom"]'],
  maxLength: 3_000,
  darkTheme: '.theme--dark, [data-theme="dark"]',
};
