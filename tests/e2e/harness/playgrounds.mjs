// How to drive each fixture page like a user: where it lives, how its post composer opens, which
// elements are the editor and the Post button, and the page-world test hooks (window.__fixture).
/** @typedef {import('@playwright/test').Page} Page */
/** @typedef {import('@playwright/test').Locator} Locator */

/** @typedef {'linkedin' | 'x' | 'facebook'} SiteId sites Herald supports */
/** @typedef {'threads' | 'bluesky' | 'mastodon'} NextSiteId sites with a playground and no Herald support yet */

/**
 * @typedef {object} Playground
 * @property {SiteId | NextSiteId} id
 * @property {string} label
 * @property {string} url
 * @property {(page: Page) => Locator} editor the post composer's contenteditable
 * @property {(page: Page) => Locator} postButton
 * @property {(page: Page) => Promise<Locator>} openComposer opens the composer and resolves to its editor
 */

/** @type {Playground} */
export const linkedin = {
  id: 'linkedin',
  label: 'LinkedIn',
  url: 'https://www.linkedin.com/feed/',
  editor: (page) =>
    page.locator('[data-test-modal-id="sharebox"] .ql-editor[data-test-ql-editor-contenteditable="true"]'),
  postButton: (page) => page.locator('[data-test-modal-id="sharebox"] button.share-actions__primary-action'),
  async openComposer(page) {
    await page.locator('button.share-box-feed-entry__trigger').click();
    const editor = linkedin.editor(page);
    await editor.waitFor();
    return editor;
  },
};

/** @type {Playground} */
export const x = {
  id: 'x',
  label: 'X',
  url: 'https://x.com/home',
  editor: (page) =>
    page.locator('main [data-testid="tweetTextarea_0RichTextInputContainer"] [data-testid="tweetTextarea_0"]'),
  postButton: (page) => page.locator('[data-testid="tweetButtonInline"]'),
  async openComposer(page) {
    const editor = x.editor(page);
    await editor.waitFor();
    return editor;
  },
};

/** The second composer on X: the modal the sidebar's Post button opens. */
export const xModal = {
  editor: (/** @type {Page} */ page) => page.locator('[role="dialog"] [data-testid="tweetTextarea_0"]'),
  postButton: (/** @type {Page} */ page) => page.locator('[role="dialog"] [data-testid="tweetButton"]'),
  async open(/** @type {Page} */ page) {
    await page.locator('[data-testid="SideNav_NewTweet_Button"]').click();
    const editor = xModal.editor(page);
    await editor.waitFor();
    return editor;
  },
};

/** @type {Playground} */
export const facebook = {
  id: 'facebook',
  label: 'Facebook',
  url: 'https://www.facebook.com/',
  editor: (page) =>
    page.locator('[role="dialog"] [contenteditable="true"][role="textbox"][data-lexical-editor="true"]'),
  postButton: (page) => page.locator('[role="dialog"] [aria-label="Post"][role="button"]'),
  async openComposer(page) {
    await page.locator('main [role="button"]', { hasText: "What's on your mind" }).click();
    const editor = facebook.editor(page);
    await editor.waitFor();
    return editor;
  },
};

// Threads' and Bluesky's pages hold hidden copies of the composer (aria-hidden, display: none) with the same
// markup, so the locators below keep to what a person can see.

/** @type {Playground} */
export const threads = {
  id: 'threads',
  label: 'Threads',
  url: 'https://www.threads.com/',
  editor: (page) =>
    page
      .locator('[role="dialog"] [contenteditable="true"][role="textbox"][data-lexical-editor="true"]')
      .filter({ visible: true }),
  postButton: (page) =>
    page.locator('[role="dialog"] div[role="button"]', { hasText: /^Post$/ }).filter({ visible: true }),
  async openComposer(page) {
    await page.locator('main [role="button"]', { hasText: "What's new?" }).click();
    const editor = threads.editor(page);
    await editor.waitFor();
    return editor;
  },
};

/** @type {Playground} */
export const bluesky = {
  id: 'bluesky',
  label: 'Bluesky',
  url: 'https://bsky.app/',
  editor: (page) =>
    page
      .locator('[role="dialog"][aria-modal="true"] [data-testid="composerTextInput"] .ProseMirror[role="textbox"]')
      .filter({ visible: true }),
  postButton: (page) =>
    page.locator('[role="dialog"] button[data-testid="composerPublishBtn"]').filter({ visible: true }),
  async openComposer(page) {
    await page.locator('button[aria-label="Compose new post"]').click();
    const editor = bluesky.editor(page);
    await editor.waitFor();
    return editor;
  },
};

/** @type {Playground} */
export const mastodon = {
  id: 'mastodon',
  label: 'Mastodon',
  url: 'https://social.lumen.example/home',
  editor: (page) => page.locator('.compose-panel form.compose-form textarea.autosuggest-textarea__textarea'),
  postButton: (page) => page.locator('.compose-panel .compose-form__submit button[type="submit"]'),
  async openComposer(page) {
    const editor = mastodon.editor(page);
    await editor.waitFor();
    return editor;
  },
};

/**
 * Every network's playground, in the registry's order: the e2e specs loop over them to test Herald on each.
 * @type {readonly Playground[]}
 */
export const playgrounds = [linkedin, x, facebook, threads, bluesky, mastodon];

/**
 * @typedef {object} RedesignedPlayground
 * @property {NextSiteId} id
 * @property {string} label
 * @property {string} url the page with `?fixture=redesigned`
 * @property {string} host the hostname whose `?fixture=redesigned` documents get `file`
 * @property {string} file the redesigned page in dist (tests/fixtures/redesigned-pages.mjs)
 * @property {(page: Page) => Promise<Locator>} openComposer
 * @property {(page: Page) => Locator} postButton
 */

/**
 * Threads', Bluesky's and Mastodon's redesigned pages, in the shape resilience.spec.ts's `redesigned` list
 * takes, plus the host and file its `routeRedesignedPages` maps.
 * @type {readonly RedesignedPlayground[]}
 */
export const nextRedesigned = [
  {
    id: 'threads',
    label: 'Threads',
    url: 'https://www.threads.com/?fixture=redesigned',
    host: 'www.threads.com',
    file: 'threads-redesigned.html',
    async openComposer(page) {
      await page.locator('main [role="button"]', { hasText: "What's new?" }).click();
      const editor = page
        .locator('[role="dialog"] [contenteditable="true"][data-editor-root="true"]')
        .filter({ visible: true });
      await editor.waitFor();
      return editor;
    },
    postButton: (page) => threads.postButton(page),
  },
  {
    id: 'bluesky',
    label: 'Bluesky',
    url: 'https://bsky.app/?fixture=redesigned',
    host: 'bsky.app',
    file: 'bluesky-redesigned.html',
    async openComposer(page) {
      await page.locator('button[aria-label="Compose new post"]').click();
      const editor = page
        .locator('[role="dialog"] [data-testid="postTextInput"] .ProseMirror')
        .filter({ visible: true });
      await editor.waitFor();
      return editor;
    },
    postButton: (page) =>
      page.locator('[role="dialog"] button[data-testid="postPublishBtn"]').filter({ visible: true }),
  },
  {
    id: 'mastodon',
    label: 'Mastodon',
    url: 'https://social.lumen.example/home?fixture=redesigned',
    host: 'social.lumen.example',
    file: 'mastodon-redesigned.html',
    async openComposer(page) {
      const editor = page.locator('.compose-panel form.compose-form textarea.compose-textarea__input');
      await editor.waitFor();
      return editor;
    },
    postButton: (page) => page.locator('.compose-panel .compose-form__publish button[type="submit"]'),
  },
];

/**
 * Opens the site's post composer, clicks into it and types, as an employee starting a post does.
 * @param {Page} page
 * @param {Playground} site
 * @param {string} text
 * @returns {Promise<Locator>} the editor
 */
export async function startDraft(page, site, text) {
  await page.goto(site.url);
  const editor = await site.openComposer(page);
  await editor.click();
  await page.keyboard.type(text);
  return editor;
}

/**
 * The composer model's plain text, read through the page's test hooks.
 * @param {Page} page
 * @param {string} [which] a composer name the page knows ('home' | 'modal' on X, 'comment', ...)
 */
export function modelText(page, which) {
  return page.evaluate((name) => {
    if (!window.__fixture) throw new Error('window.__fixture is missing: not a fixture page?');
    return window.__fixture.modelText(name);
  }, which);
}

/**
 * @param {Page} page
 * @param {string} [which]
 */
export function isPostEnabled(page, which) {
  return page.evaluate((name) => {
    if (!window.__fixture) throw new Error('window.__fixture is missing: not a fixture page?');
    return window.__fixture.isPostEnabled(name);
  }, which);
}

/** @param {Page} page */
export function postedTexts(page) {
  return page.evaluate(() => [...(window.__fixture?.posted ?? [])]);
}

/**
 * Presses a key that moves the caret (Control+Home, ...) and waits, as a person would, until the selection has
 * settled: no `selectionchange` for 150 ms after the one the key caused. Editors take the caret from that
 * event, which fires asynchronously, and Lexical may set the DOM selection again after its own updates; a
 * Backspace sent before all that acts on the old caret (Lexical then deletes nothing).
 * @param {Page} page
 * @param {string} key
 */
export async function moveCaret(page, key) {
  const watch = await page.evaluateHandle(() => {
    const state = { last: 0 };
    const seen = () => {
      state.last = performance.now();
    };
    document.addEventListener('selectionchange', seen);
    return {
      settled: () =>
        new Promise((resolve) => {
          const since = performance.now();
          const tick = () => {
            const now = performance.now();
            // The caret may already be there: then no event comes, and a second is enough to say so.
            if ((state.last > 0 && now - state.last >= 150) || now - since >= 1000) {
              document.removeEventListener('selectionchange', seen);
              resolve(undefined);
            } else setTimeout(tick, 25);
          };
          tick();
        }),
    };
  });
  await page.keyboard.press(key);
  await watch.evaluate((handle) => handle.settled());
  await watch.dispose();
}

/**
 * @typedef {object} ComposerParts
 * @property {string} url
 * @property {string | undefined} shadowHost the element whose open shadow root holds the composer, if any
 * @property {string} editor CSS selector of the post composer's editor (inside `shadowHost`'s root)
 * @property {string} postButton CSS selector of its Post button (inside `shadowHost`'s root)
 * @property {{ selector: string, text?: string } | undefined} opener what to click to open the composer, if closed
 */

/**
 * Every playground's composer as plain CSS selectors, for drivers without Playwright's locators (the Firefox
 * suite, tests/e2e-firefox, drives Firefox with puppeteer-core over WebDriver BiDi). Same parts as the
 * playgrounds above; where those filter out the hidden preloaded copies on Threads and Bluesky, these name the
 * layer the open dialog is rendered into, as CSS has no visibility test.
 * @type {Readonly<Record<SiteId | NextSiteId, ComposerParts>>}
 */
export const composerParts = {
  linkedin: {
    url: linkedin.url,
    // LinkedIn renders the share box in a shadow root (tests/fixtures/src/linkedin/main.ts).
    shadowHost: '#interop-outlet',
    editor: '[data-test-modal-id="sharebox"] .ql-editor[data-test-ql-editor-contenteditable="true"]',
    postButton: '[data-test-modal-id="sharebox"] button.share-actions__primary-action',
    opener: { selector: 'button.share-box-feed-entry__trigger' },
  },
  x: {
    url: x.url,
    shadowHost: undefined,
    editor: 'main [data-testid="tweetTextarea_0RichTextInputContainer"] [data-testid="tweetTextarea_0"]',
    postButton: '[data-testid="tweetButtonInline"]',
    opener: undefined,
  },
  facebook: {
    url: facebook.url,
    shadowHost: undefined,
    editor: '[role="dialog"] [contenteditable="true"][role="textbox"][data-lexical-editor="true"]',
    postButton: '[role="dialog"] [aria-label="Post"][role="button"]',
    opener: { selector: 'main [role="button"]', text: "What's on your mind" },
  },
  threads: {
    url: threads.url,
    shadowHost: undefined,
    editor: '.th-layers [role="dialog"] [contenteditable="true"][role="textbox"][data-lexical-editor="true"]',
    postButton: '.th-layers [role="dialog"] div[role="button"].th-post-button',
    opener: { selector: 'main [role="button"]', text: "What's new?" },
  },
  bluesky: {
    url: bluesky.url,
    shadowHost: undefined,
    editor:
      '.bs-portal [role="dialog"][aria-modal="true"] [data-testid="composerTextInput"] .ProseMirror[role="textbox"]',
    postButton: '.bs-portal [role="dialog"] button[data-testid="composerPublishBtn"]',
    opener: { selector: 'button[aria-label="Compose new post"]' },
  },
  mastodon: {
    url: mastodon.url,
    shadowHost: undefined,
    editor: '.compose-panel form.compose-form textarea.autosuggest-textarea__textarea',
    postButton: '.compose-panel .compose-form__submit button[type="submit"]',
    opener: undefined,
  },
};
