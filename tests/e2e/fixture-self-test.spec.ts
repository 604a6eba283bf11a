// The fixture pages must behave like the real composers, or Herald's e2e tests prove nothing. These
// tests check the pages alone: their editors register real typing and ignore (or, for Quill, absorb)
// direct DOM writes, just as composers.md describes the real sites.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import {
  facebook,
  isPostEnabled,
  linkedin,
  modelText,
  playgrounds,
  postedTexts,
  startDraft,
  x,
  xModal,
} from './harness/playgrounds.mjs';

const sentence = 'We are hiring engineers for our robotics team';

/** Dispatches a paste the way Herald's content script will: a synthetic event carrying text/plain. */
async function pasteFromPageContext(page: Page, selector: string, text: string): Promise<void> {
  await page.locator(selector).evaluate((editor, pasted) => {
    const data = new DataTransfer();
    data.setData('text/plain', pasted);
    editor.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, text);
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
});

test.describe('synthetic paste from page context', () => {
  test('registers on X (Draft.js), multi-line too', async ({ page }) => {
    await page.goto(x.url);
    const editor = await x.openComposer(page);
    await editor.click();
    await pasteFromPageContext(page, '[data-testid="tweetTextarea_0"]', `${sentence}\nApply today`);
    await expect(x.postButton(page)).toHaveAttribute('aria-disabled', 'false');
    expect(await modelText(page)).toBe(`${sentence}\nApply today`);
  });

  test('registers on Facebook (Lexical), multi-line too', async ({ page }) => {
    await page.goto(facebook.url);
    const editor = await facebook.openComposer(page);
    await editor.click();
    await pasteFromPageContext(page, '[role=dialog] [data-lexical-editor=true]', `${sentence}\nApply today`);
    await expect(facebook.postButton(page)).toHaveAttribute('aria-disabled', 'false');
    expect(await modelText(page)).toBe(`${sentence}\nApply today`);
  });

  test('registers on LinkedIn (Quill 2 inside a shadow root)', async ({ page }) => {
    await page.goto(linkedin.url);
    const editor = await linkedin.openComposer(page);
    await editor.click();
    await pasteFromPageContext(page, '[data-test-modal-id="sharebox"] .ql-editor', sentence);
    await expect(linkedin.postButton(page)).toBeEnabled();
    expect(await modelText(page)).toBe(sentence);
  });
});

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
    for (const site of [linkedin, x, facebook]) {
      await page.goto(site.url);
      const posts = page.locator('.feed-shared-update-v2, [data-testid="tweet"], .fb-post');
      const before = await posts.count();
      await expect.poll(() => posts.count(), { timeout: 5_000 }).toBeGreaterThan(before);
    }
  });

  test('other sites are unreachable', async ({ page }) => {
    const response = await page.goto('https://example.com/').catch((error: Error) => error);
    expect(response).toBeInstanceOf(Error);
  });
});
