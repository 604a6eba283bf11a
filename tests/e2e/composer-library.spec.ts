// What the panel shows of the library: search across all of it, feed text as text (never HTML), items
// too long for X said so instead of cut, and colours that follow the site's light or dark theme.
import { expect, heraldErrors, test } from './fixtures';
import { facebook, linkedin, modelText, playgrounds, startDraft, x } from './harness/playgrounds.mjs';
import { addItems, storedItem } from './pages/herald-library';
import { insertButtons, launcher, panel, searchField, suggestionTitles } from './pages/herald-ui';

test("the search field searches the whole library and forgives a typo'd word", async ({ page, pageErrors }) => {
  const simulator = await storedItem(page.context(), 'tp-open-source');
  await startDraft(page, linkedin, 'We are hiring engineers');
  await launcher(page).click();
  await expect(insertButtons(page).first()).toBeVisible();
  expect(await suggestionTitles(page)).not.toContain(simulator.title);

  await searchField(page).fill('simulatr');
  await expect.poll(() => suggestionTitles(page).then((titles) => titles[0])).toBe(simulator.title);
  await expect(panel(page).getByRole('status')).toContainText('simulatr');
  await searchField(page).fill('');
  await expect.poll(() => suggestionTitles(page)).not.toContain(simulator.title);
  expect(heraldErrors(pageErrors)).toEqual([]);
});

test('feed text that looks like HTML is shown and inserted as text', async ({ page, pageErrors }) => {
  const title = '<img src=x onerror="window.__heraldPwned=1">Fleet rollout';
  const text = 'Our <b>fleet</b> rollout <img src=x onerror="window.__heraldPwned=2"> starts today.';
  await addItems(page.context(), [{ id: 'html-in-feed', type: 'talking-point', title, text, keywords: ['rollout'] }]);
  await startDraft(page, facebook, 'The rollout');
  await launcher(page).click();
  await expect.poll(() => suggestionTitles(page).then((titles) => titles[0])).toBe(title);
  await expect(panel(page).locator('.suggestion').first().locator('.preview')).toHaveText(text);
  await expect(panel(page).locator('img, b')).toHaveCount(0);

  await insertButtons(page).first().click();
  await expect.poll(() => modelText(page)).toBe(`The rollout ${text}`);
  // Give a broken image's onerror the time it would need to run.
  await page.waitForTimeout(300);
  expect(await page.evaluate(() => (window as Window & { __heraldPwned?: number }).__heraldPwned)).toBeUndefined();
  expect(heraldErrors(pageErrors)).toEqual([]);
});

test('an X version over 280 weighted characters is explained and cannot be inserted on X', async ({
  page,
  pageErrors,
}) => {
  const title = 'Marathon recap';
  await addItems(page.context(), [
    {
      id: 'too-long-for-x',
      type: 'talking-point',
      title,
      text: 'We ran the city marathon as a team.',
      variants: { x: `We ran the city marathon as a team. ${'Every step counted. '.repeat(14)}` },
      keywords: ['marathon'],
    },
  ]);
  await startDraft(page, x, 'The marathon');
  await launcher(page).click();
  await expect.poll(() => suggestionTitles(page).then((titles) => titles[0])).toBe(title);
  const suggestion = panel(page).locator('.suggestion').first();
  await expect(suggestion).toContainText(/too long to post on X/);
  await expect(suggestion.getByRole('button', { name: /^Insert/ })).toBeDisabled();
  expect(await modelText(page)).toBe('The marathon');
  expect(heraldErrors(pageErrors)).toEqual([]);
});

for (const scheme of ['light', 'dark'] as const) {
  for (const site of playgrounds) {
    test(`${site.label}: the launcher and panel are ${scheme} on a ${scheme} page`, async ({ page, pageErrors }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(site.url);
      expect(await page.evaluate(() => document.documentElement.classList.contains('dark'))).toBe(scheme === 'dark');
      const editor = await site.openComposer(page);
      await editor.click();
      await launcher(page).click();
      await expect(panel(page)).toBeVisible();
      // Off the launcher, whose hover colour differs.
      await page.mouse.move(1, 1);
      const looks = (locator: ReturnType<typeof panel>) =>
        locator.evaluate((element) => ({
          dark: !!element.closest('.dark'),
          background: getComputedStyle(element).backgroundColor,
        }));
      // herald-ui.css: --herald-bg is #ffffff in light, #1b1f24 in dark.
      const expected = scheme === 'dark' ? 'rgb(27, 31, 36)' : 'rgb(255, 255, 255)';
      expect(await looks(launcher(page))).toEqual({ dark: scheme === 'dark', background: expected });
      expect(await looks(panel(page))).toEqual({ dark: scheme === 'dark', background: expected });
      expect(heraldErrors(pageErrors)).toEqual([]);
    });
  }
}
