// Issue 5, the check before posting: while a blocking finding stands, the site's Post button and its
// Ctrl+Enter shortcut are stopped and Herald asks. Edit goes back to the draft; Post anyway posts it
// through the site's own path. Drafts without a blocking finding post as if Herald were not there.

import type { Page } from '@playwright/test';
import { expect, heraldErrors, test } from './fixtures';
import {
  linkedin,
  modelText,
  moveCaret,
  playgrounds,
  postedTexts,
  startDraft,
  x,
  xModal,
} from './harness/playgrounds.mjs';
import { guardDialog, noteFor, policyMessage } from './pages/policy-checks';

const blocked = 'Project Falcon ships today';

/** The keys that reached the page's document listeners (the fixture records them). */
function keysSeen(page: Page): Promise<string[]> {
  return page.evaluate(() => [...(window.__fixture?.keysSeen ?? [])]);
}

for (const site of playgrounds) {
  test.describe(site.label, () => {
    test('Post with a blocking finding asks first; Edit returns to the draft, Post anyway posts', async ({
      page,
      pageErrors,
    }) => {
      const editor = await startDraft(page, site, blocked);
      await expect(noteFor(page, 'codename-falcon')).toBeVisible();

      await site.postButton(page).click();
      const dialog = guardDialog(page);
      await expect(dialog).toBeVisible();
      await expect(dialog.getByRole('listitem')).toHaveText([policyMessage('codename-falcon')]);
      await expect(dialog.getByRole('button', { name: 'Edit' })).toBeFocused();
      expect(await postedTexts(page)).toEqual([]);

      await dialog.getByRole('button', { name: 'Edit' }).click();
      await expect(dialog).toBeHidden();
      await expect(editor).toBeFocused();
      expect(await postedTexts(page)).toEqual([]);
      // Back in the draft: typing goes on at the end of it.
      await moveCaret(page, 'Control+End');
      await page.keyboard.type(', finally');
      await expect.poll(() => modelText(page)).toBe(`${blocked}, finally`);

      await site.postButton(page).click();
      await expect(dialog).toBeVisible();
      await dialog.getByRole('button', { name: 'Post anyway' }).click();
      await expect(dialog).toBeHidden();
      await expect.poll(() => postedTexts(page)).toEqual([`${blocked}, finally`]);
      expect(heraldErrors(pageErrors)).toEqual([]);
    });

    test('the question names each broken policy once, and Escape goes back to the draft without the site seeing it', async ({
      page,
      pageErrors,
    }) => {
      const editor = await startDraft(page, site, 'Falcon, I mean Project Falcon, see wiki.lumen.internal/falcon');
      await site.postButton(page).click();
      const dialog = guardDialog(page);
      await expect(dialog.getByRole('listitem')).toHaveText([
        policyMessage('codename-falcon'),
        policyMessage('internal-links'),
      ]);

      const keysBefore = await keysSeen(page);
      await page.keyboard.press('Escape');
      await expect(dialog).toBeHidden();
      await expect(editor).toBeFocused();
      // Herald's dialog keeps its keys: the site's Escape would have closed its composer.
      expect(await keysSeen(page)).toEqual(keysBefore);
      expect(await postedTexts(page)).toEqual([]);
      expect(await modelText(page)).toBe('Falcon, I mean Project Falcon, see wiki.lumen.internal/falcon');
      expect(heraldErrors(pageErrors)).toEqual([]);
    });

    test('a draft with only a warning posts without a question', async ({ page, pageErrors }) => {
      await startDraft(page, site, 'Great quarter at Lumen');
      await expect(noteFor(page, 'employee-disclosure')).toBeVisible();

      await site.postButton(page).click();
      await expect.poll(() => postedTexts(page)).toEqual(['Great quarter at Lumen']);
      await expect(guardDialog(page)).toHaveCount(0);
      expect(heraldErrors(pageErrors)).toEqual([]);
    });

    test('the check runs at the moment of posting, not only after typing settles', async ({ page, pageErrors }) => {
      await page.goto(site.url);
      const editor = await site.openComposer(page);
      await editor.click();
      // Click Post straight after the last key, before the debounced check could have run.
      await page.keyboard.type('Leaked: Falcon');
      await site.postButton(page).click();
      await expect(guardDialog(page)).toBeVisible();
      expect(await postedTexts(page)).toEqual([]);
      expect(heraldErrors(pageErrors)).toEqual([]);
    });
  });
}

for (const site of [linkedin, x]) {
  test(`${site.label}: Ctrl+Enter with a blocking finding asks too, and Post anyway posts`, async ({
    page,
    pageErrors,
  }) => {
    await startDraft(page, site, blocked);

    await page.keyboard.press('Control+Enter');
    const dialog = guardDialog(page);
    await expect(dialog).toBeVisible();
    expect(await postedTexts(page)).toEqual([]);
    // The key press must not have reached the editor either (no line break in the model).
    expect(await modelText(page)).toBe(blocked);

    await dialog.getByRole('button', { name: 'Post anyway' }).click();
    await expect.poll(() => postedTexts(page)).toEqual([blocked]);
    expect(heraldErrors(pageErrors)).toEqual([]);
  });

  test(`${site.label}: Ctrl+Enter without a blocking finding posts at once`, async ({ page, pageErrors }) => {
    await startDraft(page, site, 'Hello from the robotics team');
    await page.keyboard.press('Control+Enter');
    await expect.poll(() => postedTexts(page)).toEqual(['Hello from the robotics team']);
    await expect(guardDialog(page)).toHaveCount(0);
    expect(heraldErrors(pageErrors)).toEqual([]);
  });
}

test("X's Post modal is guarded too: its Post button asks, and Post anyway posts from the modal", async ({
  page,
  pageErrors,
}) => {
  await page.goto(x.url);
  const editor = await xModal.open(page);
  await editor.click();
  await page.keyboard.type(blocked);
  await xModal.postButton(page).click();
  await expect(guardDialog(page)).toBeVisible();
  expect(await postedTexts(page)).toEqual([]);
  await guardDialog(page).getByRole('button', { name: 'Post anyway' }).click();
  await expect.poll(() => postedTexts(page)).toEqual([blocked]);
  expect(heraldErrors(pageErrors)).toEqual([]);
});
