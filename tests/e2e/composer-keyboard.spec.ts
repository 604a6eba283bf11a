// Herald without a mouse: Alt+Shift+H from the composer opens the panel, arrows move, Enter inserts,
// Escape closes and gives the composer its focus back; keys typed in the panel stay out of the page.
import type { Page } from '@playwright/test';
import { expect, heraldErrors, test } from './fixtures';
import { modelText, playgrounds, startDraft } from './harness/playgrounds.mjs';
import { storedItem } from './pages/herald-library';
import { insertButtons, panel, searchField } from './pages/herald-ui';
import { composeForNetwork } from './pages/shared-modules';

const draft = 'We are hiring engineers';

/** Keys the page saw bubble up to its document (the fixture's stand-in for the site's shortcuts). */
function keysSeen(page: Page): Promise<string[]> {
  return page.evaluate(() => [...(window.__fixture?.keysSeen ?? [])]);
}

for (const site of playgrounds) {
  test(`${site.label}: Alt+Shift+H opens the panel, arrows move, Enter inserts`, async ({ page, pageErrors }) => {
    const item = await storedItem(page.context(), 'tp-hiring-engineers');
    const composed = await composeForNetwork(item, site.id);
    if (!composed.ok) throw new Error(composed.reason);
    const editor = await startDraft(page, site, draft);

    await page.keyboard.press('Alt+Shift+H');
    await expect(panel(page)).toBeVisible();
    await expect(searchField(page)).toBeFocused();
    await expect(insertButtons(page).first()).toHaveAccessibleName(`Insert: ${item.title}`);
    await page.keyboard.press('ArrowDown');
    await expect(insertButtons(page).nth(0)).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(insertButtons(page).nth(1)).toBeFocused();
    await page.keyboard.press('ArrowUp');
    await expect(insertButtons(page).nth(0)).toBeFocused();
    await page.keyboard.press('Enter');

    await expect(panel(page)).toBeHidden();
    // The shortcut's "H" never reached the editor, and the item went in once, after the draft.
    await expect.poll(() => modelText(page)).toBe(`${draft} ${composed.text}`);
    await expect(editor).toBeFocused();
    expect(heraldErrors(pageErrors)).toEqual([]);
  });

  test(`${site.label}: Escape closes the panel and the composer has the focus again`, async ({ page, pageErrors }) => {
    const editor = await startDraft(page, site, 'Hello');
    await page.keyboard.press('Alt+Shift+H');
    await expect(searchField(page)).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(panel(page)).toBeHidden();
    await expect(editor).toBeFocused();
    // The site's own Escape handling (closing its dialog) did not run: the composer is still there.
    await expect(editor).toBeVisible();
    await page.keyboard.type(' world');
    await expect.poll(() => modelText(page)).toBe('Hello world');
    expect(heraldErrors(pageErrors)).toEqual([]);
  });

  test(`${site.label}: keys typed in the panel's search field never reach the page`, async ({ page, pageErrors }) => {
    await startDraft(page, site, 'Hi');
    // The hook works: the page sees keys typed in its own editor.
    await expect.poll(() => keysSeen(page)).toEqual(expect.arrayContaining(['H', 'i']));
    await page.keyboard.press('Alt+Shift+H');
    await expect(searchField(page)).toBeFocused();
    const before = (await keysSeen(page)).length;

    await page.keyboard.type('jn?/.');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowUp');
    await expect(searchField(page)).toHaveValue('jn?/.');
    expect((await keysSeen(page)).slice(before)).toEqual([]);
    expect(await modelText(page)).toBe('Hi');
    expect(heraldErrors(pageErrors)).toEqual([]);
  });
}
