// Issue 4, the core story: on each site, the employee writes a few words in the post composer, Herald's
// panel ranks the matching talking point first, and Insert puts that site's version into the editor's
// model, so the site's own Post button posts exactly it.
import type { Page } from '@playwright/test';
import type { Site } from '../../shared/feed/schema';
import { expect, heraldErrors, test } from './fixtures';
import { isPostEnabled, modelText, playgrounds, postedTexts, startDraft } from './harness/playgrounds.mjs';
import { storedItem } from './pages/herald-library';
import { insertButtons, launcher, panel, searchField, suggestionTitles } from './pages/herald-ui';
import { composeForNetwork } from './pages/shared-modules';

const stories = [
  { draft: 'We are hiring engineers', itemId: 'tp-hiring-engineers' },
  { draft: 'Read our sustainability report and energy', itemId: 'news-sustainability-report' },
];

/** What Herald must insert on `site`: the item's variant for it, laid out by composeForNetwork. */
async function expectedText(page: Page, site: Site, itemId: string): Promise<{ title: string; text: string }> {
  const item = await storedItem(page.context(), itemId);
  const composed = await composeForNetwork(item, site);
  if (!composed.ok) throw new Error(composed.reason);
  return { title: item.title, text: composed.text };
}

for (const site of playgrounds) {
  for (const story of stories) {
    test(`${site.label}: "${story.draft}" ranks ${story.itemId} first, and Insert posts its ${site.id} version`, async ({
      page,
      pageErrors,
    }) => {
      const { title, text } = await expectedText(page, site.id, story.itemId);
      await page.goto(site.url);
      const editor = await site.openComposer(page);
      await editor.click();
      await expect(launcher(page)).toBeVisible();
      await expect(launcher(page)).toHaveAccessibleName(/Herald/);

      await page.keyboard.type(story.draft);
      // The badge counts suggestions that fit the draft once typing settles.
      await expect(launcher(page)).toHaveAccessibleName(/Herald: [1-9]\d* suggestions? fits? your draft/);
      await launcher(page).click();
      await expect(panel(page)).toBeVisible();
      await expect.poll(() => suggestionTitles(page).then((titles) => titles[0])).toBe(title);

      await insertButtons(page).first().click();
      await expect(panel(page)).toBeHidden();
      const expected = `${story.draft} ${text}`;
      await expect.poll(() => modelText(page)).toBe(expected);
      await expect.poll(() => isPostEnabled(page)).toBe(true);
      await expect(site.postButton(page)).toBeEnabled();

      await site.postButton(page).click();
      await expect.poll(() => postedTexts(page)).toEqual([expected]);
      expect(heraldErrors(pageErrors)).toEqual([]);
    });
  }
}

for (const site of playgrounds) {
  test(`${site.label}: Insert goes in at the caret, keeping the draft's text before and after it`, async ({
    page,
    pageErrors,
  }) => {
    const { title, text } = await expectedText(page, site.id, 'tp-hiring-engineers');
    await startDraft(page, site, 'Hello team, see below. Thanks!');
    for (const _ of ' Thanks!') await page.keyboard.press('ArrowLeft');
    await launcher(page).click();
    await searchField(page).fill('hiring');
    await expect.poll(() => suggestionTitles(page).then((titles) => titles[0])).toBe(title);
    await insertButtons(page).first().click();

    // A space keeps the inserted text off "below."; the space before "Thanks!" was already there.
    await expect.poll(() => modelText(page)).toBe(`Hello team, see below. ${text} Thanks!`);
    await site.postButton(page).click();
    await expect.poll(() => postedTexts(page)).toEqual([`Hello team, see below. ${text} Thanks!`]);
    expect(heraldErrors(pageErrors)).toEqual([]);
  });
}
