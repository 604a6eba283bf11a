// The fixture pages must behave like the real composers, or Herald's e2e tests prove nothing. These
// tests check the pages alone: their editors register real typing and ignore (or, for Quill and ProseMirror,
// absorb) direct DOM writes, just as docs/sites.md describes the real sites.
import { join } from 'node:path';
import type { BrowserContext, Locator } from '@playwright/test';
import { expect, test } from './fixtures';
import { fixturesDist } from './harness/paths.mjs';
import {
  bluesky,
  facebook,
  isPostEnabled,
  linkedin,
  mastodon,
  modelText,
  nextRedesigned,
  playgrounds,
  postedTexts,
  startDraft,
  threads,
  x,
  xModal,
} from './harness/playgrounds.mjs';

const sentence = 'We are hiring engineers for our robotics team';
const written = 'Written straight into the DOM';

/** Dispatches a paste the way Herald's content script will: a synthetic event carrying text/plain. */
async function pasteFromPageContext(editor: Locator, text: string): Promise<void> {
  await editor.evaluate((element, pasted) => {
    const data = new DataTransfer();
    data.setData('text/plain', pasted);
    element.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, text);
}

/** A synthetic `beforeinput` insertText, as Herald's 'beforeinput' insertion sends it. */
async function beforeInputFromPageContext(editor: Locator, text: string): Promise<void> {
  await editor.evaluate((element, data) => {
    element.dispatchEvent(
      new InputEvent('beforeinput', { inputType: 'insertText', data, bubbles: true, cancelable: true }),
    );
  }, text);
}

/** `document.execCommand('insertText')` at the caret, which must be in the focused editor. */
async function execInsertText(editor: Locator, text: string): Promise<boolean> {
  return editor.evaluate((_element, data) => document.execCommand('insertText', false, data), text);
}

for (const site of playgrounds) {
  test.describe(`${site.label} fixture`, () => {
    test('typing enables Post, the model holds the text, and posting records it', async ({ page }) => {
      await page.goto(site.url);
      const editor = await site.openComposer(page);
      await expect(site.postButton(page)).toBeDisabled();
      expect(await isPostEnabled(page)).toBe(false);

      await editor.click();
      await page.keyboard.type(sentence);

      await expect(site.postButton(page)).toBeEnabled();
      expect(await modelText(page)).toBe(sentence);
      await site.postButton(page).click();
      await expect.poll(() => postedTexts(page)).toEqual([sentence]);
    });
  });
}

test.describe('direct DOM writes', () => {
  test('are ignored by Draft.js on X: Post stays disabled and the model stays empty', async ({ page }) => {
    await page.goto(x.url);
    const editor = await x.openComposer(page);
    await editor.evaluate((element) => {
      element.textContent = 'Written straight into the DOM';
    });
    // Give React and Draft a few frames to react, then check nothing registered.
    await page.waitForTimeout(300);
    await expect(x.postButton(page)).toHaveAttribute('aria-disabled', 'true');
    expect(await modelText(page)).toBe('');
  });

  test('are ignored by Lexical on Facebook: Post stays disabled and the model stays empty', async ({ page }) => {
    await page.goto(facebook.url);
    const editor = await facebook.openComposer(page);
    await editor.evaluate((element) => {
      element.textContent = 'Written straight into the DOM';
    });
    await page.waitForTimeout(300);
    await expect(facebook.postButton(page)).toHaveAttribute('aria-disabled', 'true');
    expect(await modelText(page)).toBe('');
  });

  test('are folded into the model by Quill on LinkedIn', async ({ page }) => {
    await page.goto(linkedin.url);
    const editor = await linkedin.openComposer(page);
    await editor.evaluate((element) => {
      element.textContent = 'Written straight into the DOM';
    });
    // Quill's MutationObserver re-reads any change under its root and emits a "user" text-change, so a
    // DOM write does reach Quill's model and enables Post. It is still not how Herald should insert: it
    // replaces the user's whole text, loses the caret, and Quill 1 on the real site may behave otherwise.
    await expect(linkedin.postButton(page)).toBeEnabled();
    expect(await modelText(page)).toBe('Written straight into the DOM');
  });

  test('are reverted by Lexical on Threads: Post stays disabled and the DOM is put back', async ({ page }) => {
    await page.goto(threads.url);
    const editor = await threads.openComposer(page);
    await editor.evaluate((element, text) => {
      element.textContent = text;
    }, written);
    await page.waitForTimeout(300);
    await expect(threads.postButton(page)).toHaveAttribute('aria-disabled', 'true');
    expect(await modelText(page)).toBe('');
    // Lexical's MutationObserver removes DOM it did not render and re-renders its own, so the written text
    // does not even stay on screen; typed text before the write survives it.
    await expect(editor).toHaveText('');
    await editor.click();
    await page.keyboard.type('Typed first');
    await editor.evaluate((element, text) => {
      element.textContent = text;
    }, written);
    await page.waitForTimeout(300);
    expect(await modelText(page)).toBe('Typed first');
    await expect(editor).toHaveText('Typed first');
  });

  test('are folded into the model by ProseMirror on Bluesky, textContent and innerHTML alike', async ({ page }) => {
    await page.goto(bluesky.url);
    const editor = await bluesky.openComposer(page);
    // ProseMirror's DOMObserver re-parses any change under its root through the schema and dispatches it as
    // a transaction, so TipTap's model takes the write and Post enables, as Quill does on LinkedIn. Still no
    // way for Herald to insert: it replaces the whole draft, drops the caret, and a bare "\n" becomes a
    // hard break rather than Bluesky's paragraph per line.
    await editor.evaluate((element, text) => {
      element.textContent = `${text}\nSecond line`;
    }, written);
    await expect(bluesky.postButton(page)).toBeEnabled();
    expect(await modelText(page)).toBe(`${written}\nSecond line`);
    await expect(editor.locator('p')).toHaveCount(1);

    await editor.evaluate((element) => {
      element.innerHTML = '<p>Paragraph one</p><p>Paragraph <b>two</b></p>';
    });
    // The schema has no bold: the markup goes, the text stays.
    await expect.poll(() => modelText(page)).toBe('Paragraph one\nParagraph two');
    await expect(editor.locator('b')).toHaveCount(0);
  });

  test('do not reach React state on Mastodon, not even with an input event', async ({ page }) => {
    await page.goto(mastodon.url);
    const editor = await mastodon.openComposer(page);
    await editor.evaluate((element, text) => {
      (element as HTMLTextAreaElement).value = text;
    }, written);
    await page.waitForTimeout(300);
    await expect(mastodon.postButton(page)).toBeDisabled();
    expect(await modelText(page)).toBe('');

    // React tracks a controlled textarea's value through the `value` setter: the write above told it the
    // value is already the written text, so this `input` event looks like no change and onChange never runs.
    await editor.evaluate((element) => element.dispatchEvent(new Event('input', { bubbles: true })));
    await page.waitForTimeout(300);
    await expect(mastodon.postButton(page)).toBeDisabled();
    expect(await modelText(page)).toBe('');

    // The written text stays in the box, though, and the next real keystroke hands all of it to React.
    await editor.focus();
    await page.keyboard.press('End');
    await page.keyboard.type('!');
    expect(await modelText(page)).toBe(`${written}!`);
    await expect(mastodon.postButton(page)).toBeEnabled();
  });
});

test.describe('synthetic paste from page context', () => {
  test('registers on X (Draft.js), multi-line too', async ({ page }) => {
    await page.goto(x.url);
    const editor = await x.openComposer(page);
    await editor.click();
    await pasteFromPageContext(page.locator('[data-testid="tweetTextarea_0"]'), `${sentence}\nApply today`);
    await expect(x.postButton(page)).toHaveAttribute('aria-disabled', 'false');
    expect(await modelText(page)).toBe(`${sentence}\nApply today`);
  });

  test('registers on Facebook (Lexical), multi-line too', async ({ page }) => {
    await page.goto(facebook.url);
    const editor = await facebook.openComposer(page);
    await editor.click();
    await pasteFromPageContext(page.locator('[role=dialog] [data-lexical-editor=true]'), `${sentence}\nApply today`);
    await expect(facebook.postButton(page)).toHaveAttribute('aria-disabled', 'false');
    expect(await modelText(page)).toBe(`${sentence}\nApply today`);
  });

  test('registers on LinkedIn (Quill 2 inside a shadow root)', async ({ page }) => {
    await page.goto(linkedin.url);
    const editor = await linkedin.openComposer(page);
    await editor.click();
    await pasteFromPageContext(page.locator('[data-test-modal-id="sharebox"] .ql-editor'), sentence);
    await expect(linkedin.postButton(page)).toBeEnabled();
    expect(await modelText(page)).toBe(sentence);
  });
});

test.describe('insertion paths on the next sites', () => {
  test('Threads (Lexical) takes a synthetic paste, multi-line too', async ({ page }) => {
    await page.goto(threads.url);
    const editor = await threads.openComposer(page);
    await editor.click();
    await pasteFromPageContext(editor, `${sentence}\nApply today`);
    await expect(threads.postButton(page)).toHaveAttribute('aria-disabled', 'false');
    expect(await modelText(page)).toBe(`${sentence}\nApply today`);
  });

  test('Threads (Lexical) takes a synthetic beforeinput insertText', async ({ page }) => {
    await page.goto(threads.url);
    const editor = await threads.openComposer(page);
    await editor.click();
    await beforeInputFromPageContext(editor, sentence);
    await expect(threads.postButton(page)).toHaveAttribute('aria-disabled', 'false');
    expect(await modelText(page)).toBe(sentence);
  });

  test('Bluesky (TipTap) takes execCommand insertText', async ({ page }) => {
    await page.goto(bluesky.url);
    const editor = await bluesky.openComposer(page);
    await editor.click();
    expect(await execInsertText(editor, sentence)).toBe(true);
    await expect(bluesky.postButton(page)).toBeEnabled();
    expect(await modelText(page)).toBe(sentence);
  });

  test('Bluesky (TipTap) takes a synthetic paste, a paragraph per line', async ({ page }) => {
    await page.goto(bluesky.url);
    const editor = await bluesky.openComposer(page);
    await editor.click();
    await pasteFromPageContext(editor, `${sentence}\nApply today`);
    await expect(bluesky.postButton(page)).toBeEnabled();
    expect(await modelText(page)).toBe(`${sentence}\nApply today`);
    await expect(editor.locator('p')).toHaveCount(2);
  });

  test('Bluesky (TipTap) ignores a synthetic beforeinput', async ({ page }) => {
    await page.goto(bluesky.url);
    const editor = await bluesky.openComposer(page);
    await editor.click();
    // ProseMirror leaves insertText to the browser and reads the DOM afterwards; a synthetic beforeinput
    // has no default action, so nothing changes anywhere.
    await beforeInputFromPageContext(editor, sentence);
    await page.waitForTimeout(300);
    expect(await modelText(page)).toBe('');
    await expect(bluesky.postButton(page)).toBeDisabled();
  });

  test('Mastodon (React textarea) takes setRangeText followed by an input event', async ({ page }) => {
    await page.goto(mastodon.url);
    const editor = await mastodon.openComposer(page);
    await editor.click();
    await page.keyboard.type('Hello');
    // setRangeText changes the value without the `value` setter React watches, so the input event that
    // follows is seen as a change and onChange reads the whole new value.
    await editor.evaluate((element, text) => {
      const textarea = element as HTMLTextAreaElement;
      textarea.setRangeText(text, textarea.selectionStart, textarea.selectionEnd, 'end');
      textarea.dispatchEvent(new Event('input', { bubbles: true }));
    }, ` ${sentence}`);
    await expect(mastodon.postButton(page)).toBeEnabled();
    expect(await modelText(page)).toBe(`Hello ${sentence}`);
  });

  test('Mastodon (React textarea) takes execCommand insertText', async ({ page }) => {
    await page.goto(mastodon.url);
    const editor = await mastodon.openComposer(page);
    await editor.click();
    expect(await execInsertText(editor, `${sentence}\nApply today`)).toBe(true);
    await expect(mastodon.postButton(page)).toBeEnabled();
    expect(await modelText(page)).toBe(`${sentence}\nApply today`);
  });

  test('Mastodon (React textarea) ignores a synthetic paste', async ({ page }) => {
    await page.goto(mastodon.url);
    const editor = await mastodon.openComposer(page);
    await editor.click();
    // Mastodon's onPaste only looks for files; inserting the text is the browser's default action, which a
    // synthetic paste does not have.
    await pasteFromPageContext(editor, sentence);
    await page.waitForTimeout(300);
    expect(await modelText(page)).toBe('');
    await expect(mastodon.postButton(page)).toBeDisabled();
  });
});

test.describe("the next sites' limits and decoys", () => {
  test('Threads: 500 with an emoji as its UTF-8 bytes, a counter near the end, Post disabled past it', async ({
    page,
  }) => {
    await page.goto(threads.url);
    const editor = await threads.openComposer(page);
    const counter = page.locator('[role="dialog"] .th-counter').filter({ visible: true });
    await editor.click();
    await pasteFromPageContext(editor, 'a'.repeat(440));
    await expect(counter).toHaveCount(0);
    // 🚀 is 4 bytes in UTF-8: 440 + 56 + 4 = 500.
    await pasteFromPageContext(editor, `${'a'.repeat(56)}🚀`);
    await expect(counter).toHaveText('0');
    await expect(threads.postButton(page)).toHaveAttribute('aria-disabled', 'false');
    await page.keyboard.type('b');
    await expect(counter).toHaveText('-1');
    await expect(threads.postButton(page)).toHaveAttribute('aria-disabled', 'true');
  });

  test('Threads: a reply box in the feed, a hidden preloaded composer and a search field', async ({ page }) => {
    await page.goto(threads.url);
    await expect(page.locator('[data-lexical-editor="true"]')).toHaveCount(2);
    await expect(page.locator('[role="article"] [data-lexical-editor="true"]')).toHaveCount(1);
    await expect(page.locator('[aria-hidden="true"] [role="dialog"] [data-lexical-editor="true"]')).toHaveCount(1);
    await expect(page.locator('input[type="search"]')).toBeVisible();
    await page.locator('[role="article"] [data-lexical-editor="true"]').click();
    await page.keyboard.type('Congrats!');
    expect(await modelText(page, 'reply')).toBe('Congrats!');
    await threads.openComposer(page);
    await expect(page.locator('[role="dialog"] [data-lexical-editor="true"]')).toHaveCount(2);
    expect(await modelText(page, 'post')).toBe('');
  });

  test('Bluesky: 300 graphemes, not UTF-16 units, with the count going negative', async ({ page }) => {
    await page.goto(bluesky.url);
    const editor = await bluesky.openComposer(page);
    const counter = page.locator('[role="dialog"] .bs-char-count').filter({ visible: true });
    await editor.click();
    // One grapheme, four UTF-16 units: 300 of them fit.
    await execInsertText(editor, '👍🏽'.repeat(300));
    await expect(counter).toHaveText('0');
    await expect(bluesky.postButton(page)).toBeEnabled();
    await execInsertText(editor, 'a');
    await expect(counter).toHaveText('-1');
    await expect(bluesky.postButton(page)).toBeDisabled();
  });

  test('Bluesky: a link counts as the composer shortens it, host and 13 characters of path', async ({ page }) => {
    await page.goto(bluesky.url);
    const editor = await bluesky.openComposer(page);
    const counter = page.locator('[role="dialog"] .bs-char-count').filter({ visible: true });
    await editor.click();
    // "example.com/jobs/robotic..." is 27 graphemes; the trailing full stop is not part of the link.
    await execInsertText(editor, `See https://example.com/jobs/robotics-engineer-${'x'.repeat(200)}.`);
    await expect(counter).toHaveText(String(300 - 'See '.length - 27 - 1));
    await expect(bluesky.postButton(page)).toBeEnabled();
  });

  test('Bluesky: a reply editor in the feed, a hidden preloaded composer and a search field', async ({ page }) => {
    await page.goto(bluesky.url);
    await expect(page.locator('.ProseMirror[role="textbox"]')).toHaveCount(2);
    await expect(page.locator('[data-testid="replyPromptBtn"] .ProseMirror')).toHaveCount(1);
    await expect(
      page.locator('[aria-hidden="true"] [role="dialog"] [data-testid="composerTextInput"] .ProseMirror'),
    ).toHaveCount(1);
    await expect(page.getByPlaceholder('Search', { exact: true })).toBeVisible();
    await page.locator('[data-testid="replyPromptBtn"] .ProseMirror').click();
    await page.keyboard.type('Congrats!');
    expect(await modelText(page, 'reply')).toBe('Congrats!');
    await bluesky.openComposer(page);
    expect(await modelText(page, 'post')).toBe('');
  });

  test('Bluesky: Ctrl+Enter publishes, a paragraph per line', async ({ page }) => {
    await startDraft(page, bluesky, 'First line');
    await page.keyboard.press('Enter');
    await page.keyboard.type('Second line');
    expect(await modelText(page)).toBe('First line\nSecond line');
    await page.keyboard.press('Control+Enter');
    await expect.poll(() => postedTexts(page)).toEqual(['First line\nSecond line']);
    await expect(page.getByRole('dialog')).toHaveCount(0);
  });

  test('Mastodon: 500 characters with links counted as 23, and Post disabled past it', async ({ page }) => {
    await page.goto(mastodon.url);
    const editor = await mastodon.openComposer(page);
    const counter = page.locator('.compose-panel .character-counter');
    await editor.click();
    await execInsertText(editor, `https://example.com/${'long/'.repeat(40)} ${'a'.repeat(476)}`);
    await expect(counter).toHaveText('0');
    await expect(mastodon.postButton(page)).toBeEnabled();
    await page.keyboard.type('!');
    await expect(counter).toHaveText('-1');
    await expect(counter).toHaveClass(/character-counter--over/);
    await expect(mastodon.postButton(page)).toBeDisabled();
  });

  test('Mastodon: a reply form in a status, a hidden drawer copy and a search field', async ({ page }) => {
    await page.goto(mastodon.url);
    await expect(page.locator('form.compose-form textarea.autosuggest-textarea__textarea')).toHaveCount(3);
    await expect(page.locator('article .status__wrapper textarea.autosuggest-textarea__textarea')).toHaveCount(1);
    await expect(page.locator('[aria-hidden="true"] textarea.autosuggest-textarea__textarea')).toHaveCount(1);
    await expect(page.locator('.search input.search__input')).toBeVisible();
    await page.locator('article textarea.autosuggest-textarea__textarea').click();
    await page.keyboard.type('Congrats!');
    expect(await modelText(page, 'reply')).toBe('Congrats!');
    expect(await modelText(page, 'post')).toBe('');
  });

  test('Mastodon: Ctrl+Enter posts', async ({ page }) => {
    await startDraft(page, mastodon, sentence);
    await page.keyboard.press('Control+Enter');
    await expect.poll(() => postedTexts(page)).toEqual([sentence]);
    expect(await modelText(page)).toBe('');
  });

  test('the redesigned next pages still post, under renamed selectors', async ({ context, page }) => {
    await routeNextRedesigned(context);
    for (const variant of nextRedesigned) {
      await page.goto(variant.url);
      const editor = await variant.openComposer(page);
      await editor.click();
      await page.keyboard.type(sentence);
      await expect(variant.postButton(page)).toBeEnabled();
      await variant.postButton(page).click();
      await expect.poll(() => postedTexts(page)).toEqual([sentence]);
    }
  });
});

/** `?fixture=redesigned` on a next site serves its redesigned page, as resilience.spec.ts does for the others. */
async function routeNextRedesigned(context: BrowserContext): Promise<void> {
  const files = new Map(nextRedesigned.map((variant) => [variant.host, variant.file]));
  await context.route(
    (url) => url.searchParams.get('fixture') === 'redesigned' && files.has(url.hostname),
    (route) => {
      const file = files.get(new URL(route.request().url()).hostname);
      if (route.request().resourceType() !== 'document' || !file) return route.fallback();
      return route.fulfill({ path: join(fixturesDist, file) });
    },
  );
}

test.describe('site behaviour Herald has to live with', () => {
  test('LinkedIn: the share box opens late, in a shadow root, and closing removes it', async ({ page }) => {
    await page.goto(linkedin.url);
    const openedAt = Date.now();
    await linkedin.openComposer(page);
    expect(Date.now() - openedAt).toBeGreaterThanOrEqual(300);
    const inShadowRoot = await page.evaluate(() => {
      const host = document.querySelector('#interop-outlet[data-testid="interop-shadowdom"]');
      return !!host?.shadowRoot?.querySelector('[data-test-modal-id="sharebox"][role="dialog"] .ql-editor');
    });
    expect(inShadowRoot).toBe(true);
    expect(await page.evaluate(() => document.querySelector('.ql-editor'))).toBeNull();
    // The hidden preload frame holds a second Quill editor.
    await expect(page.frameLocator('iframe.preload-frame').locator('.ql-editor')).toHaveCount(1);

    await page.getByRole('button', { name: 'Dismiss' }).click();
    await expect(page.locator('[data-test-modal-id="sharebox"]')).toHaveCount(0);
  });

  test('LinkedIn: Ctrl+Enter posts and Enter makes a new line', async ({ page }) => {
    await startDraft(page, linkedin, 'First line');
    await page.keyboard.press('Enter');
    await page.keyboard.type('Second line');
    expect(await modelText(page)).toBe('First line\nSecond line');
    await expect(linkedin.postButton(page)).toBeEnabled();
    await page.keyboard.press('Control+Enter');
    await expect.poll(() => postedTexts(page)).toEqual(['First line\nSecond line']);
  });

  test('X: the modal is a second composer, and Ctrl+Enter posts from it', async ({ page }) => {
    await page.goto(x.url);
    await x.openComposer(page);
    const modalEditor = await xModal.open(page);
    await expect(page.locator('[data-testid="tweetTextarea_0"]')).toHaveCount(2);
    await modalEditor.click();
    await page.keyboard.type(sentence);
    await expect(xModal.postButton(page)).toHaveAttribute('aria-disabled', 'false');
    expect(await modelText(page, 'modal')).toBe(sentence);
    expect(await modelText(page, 'home')).toBe('');
    await page.keyboard.press('Control+Enter');
    await expect.poll(() => postedTexts(page)).toEqual([sentence]);
    await expect(page.getByRole('dialog')).toHaveCount(0);
  });

  test('X: links and the modal navigate without reloading, and composers come and go', async ({ page }) => {
    await page.goto(x.url);
    await x.openComposer(page);
    await page.evaluate(() => {
      (window as Window & { notReloaded?: boolean }).notReloaded = true;
    });
    await page.locator('[data-testid="AppTabBar_Explore_Link"]').click();
    await expect(page).toHaveURL('https://x.com/explore');
    await expect(page.locator('[data-testid="tweetTextarea_0"]')).toHaveCount(0);
    await page.locator('[data-testid="AppTabBar_Home_Link"]').click();
    await expect(page).toHaveURL('https://x.com/home');
    await expect(x.editor(page)).toBeVisible();
    await xModal.open(page);
    await expect(page).toHaveURL('https://x.com/compose/post');
    await page.locator('[data-testid="app-bar-close"]').click();
    await expect(page.getByRole('dialog')).toHaveCount(0);
    await expect(page).toHaveURL('https://x.com/home');
    expect(await page.evaluate(() => (window as Window & { notReloaded?: boolean }).notReloaded)).toBe(true);
  });

  test('Facebook: comment boxes are Lexical editors too, one under aria-hidden', async ({ page }) => {
    await page.goto(facebook.url);
    await expect(page.locator('[data-lexical-editor="true"]')).toHaveCount(2);
    await expect(page.locator('[aria-hidden="true"] [data-lexical-editor="true"]')).toHaveCount(1);
    await page.locator('[role=feed] [data-lexical-editor="true"]').first().click();
    await page.keyboard.type('Congrats!');
    expect(await modelText(page, 'comment')).toBe('Congrats!');
  });

  test('the feeds keep changing', async ({ page }) => {
    for (const site of [linkedin, x, facebook, threads, bluesky, mastodon]) {
      await page.goto(site.url);
      const posts = page.locator(
        '.feed-shared-update-v2, [data-testid="tweet"], .fb-post, .th-post, [data-testid^="feedItem-by-"], .status__wrapper',
      );
      const before = await posts.count();
      await expect.poll(() => posts.count(), { timeout: 5_000 }).toBeGreaterThan(before);
    }
  });

  test('other sites are unreachable', async ({ page }) => {
    const response = await page.goto('https://example.com/').catch((error: Error) => error);
    expect(response).toBeInstanceOf(Error);
  });
});
