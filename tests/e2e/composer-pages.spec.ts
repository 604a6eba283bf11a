// Where composers live on real pages: in a shadow root, in dialogs that open late, twice on one page,
// hidden copies that are not composers, and single-page navigation that takes the composer away.
import { expect, heraldErrors, test } from './fixtures';
import {
  facebook,
  linkedin,
  modelText,
  playgrounds,
  postedTexts,
  startDraft,
  x,
  xModal,
} from './harness/playgrounds.mjs';
import { insertButtons, launcher, overlaps, panel } from './pages/herald-ui';
import { noteFor, notes } from './pages/policy-checks';

test('LinkedIn: the composer inside the interop shadow root gets the launcher, the preload frame does not', async ({
  page,
  pageErrors,
}) => {
  await page.goto(linkedin.url);
  const editor = await linkedin.openComposer(page);
  expect(
    await editor.evaluate(
      (element) => element.getRootNode() instanceof ShadowRoot && element.getRootNode() !== document,
    ),
  ).toBe(true);
  await editor.click();
  await expect(launcher(page)).toBeVisible();
  // The launcher sits on the editor's bottom-right corner.
  const [box, button] = [await editor.boundingBox(), await launcher(page).boundingBox()];
  expect(box && button && button.x > box.x && button.x + button.width <= box.x + box.width + 1).toBe(true);

  // The hidden preload frame's Quill editor: Herald never runs there (top frame only).
  const preload = page.frameLocator('iframe.preload-frame');
  await preload.locator('.ql-editor').evaluate((element: HTMLElement) => element.focus());
  await expect(preload.locator('herald-composer-ui')).toHaveCount(0);
  expect(heraldErrors(pageErrors)).toEqual([]);
});

test('LinkedIn: closing the share box takes the launcher away, reopening brings it back', async ({
  page,
  pageErrors,
}) => {
  await page.goto(linkedin.url);
  const editor = await linkedin.openComposer(page);
  await editor.click();
  await expect(launcher(page)).toBeVisible();
  await page.getByRole('button', { name: 'Dismiss' }).click();
  await expect(launcher(page)).toBeHidden();
  const reopened = await linkedin.openComposer(page);
  await reopened.click();
  await expect(launcher(page)).toBeVisible();
  expect(heraldErrors(pageErrors)).toEqual([]);
});

test('Facebook: comment boxes, visible or under aria-hidden, get no launcher; the post dialog does', async ({
  page,
  pageErrors,
}) => {
  await page.goto(facebook.url);
  await page.locator('[role=feed] [data-lexical-editor="true"]').first().click();
  await page.keyboard.type('We are hiring engineers');
  await page
    .locator('[aria-hidden="true"] [data-lexical-editor="true"]')
    .evaluate((element: HTMLElement) => element.focus());
  await page.keyboard.type('We are hiring engineers');
  expect(await modelText(page, 'hidden-comment')).toBe('We are hiring engineers');
  // Give the focus listener and an idle callback their chance to (wrongly) show something.
  await page.waitForTimeout(500);
  await expect(launcher(page)).toHaveCount(0);

  const editor = await facebook.openComposer(page);
  await editor.click();
  await expect(launcher(page)).toBeVisible();
  expect(heraldErrors(pageErrors)).toEqual([]);
});

test('X: the modal is a second composer; Insert goes into the one in use', async ({ page, pageErrors }) => {
  await page.goto(x.url);
  const home = await x.openComposer(page);
  await home.click();
  await page.keyboard.type('Hello');
  await expect(launcher(page)).toBeVisible();

  const modal = await xModal.open(page);
  await modal.click();
  await page.keyboard.type('We are hiring engineers');
  await expect(launcher(page)).toHaveCount(1);
  // The launcher moved to the modal's editor: it hugs that editor's right edge, not the timeline's.
  const rightEdge = async (locator: typeof modal) => {
    const box = await locator.boundingBox();
    return box ? box.x + box.width : Number.NaN;
  };
  const launcherRight = async () => (await rightEdge(launcher(page))) + 12;
  await expect.poll(launcherRight).toBeCloseTo(await rightEdge(modal), 0);
  expect(Math.abs((await launcherRight()) - (await rightEdge(home)))).toBeGreaterThan(20);

  await launcher(page).click();
  await insertButtons(page).first().click();
  await expect(panel(page)).toBeHidden();
  await expect.poll(() => modelText(page, 'modal')).toMatch(/^We are hiring engineers My team at Lumen/);
  expect(await modelText(page, 'home')).toBe('Hello');
  const inserted = await modelText(page, 'modal');
  await xModal.postButton(page).click();
  await expect.poll(() => postedTexts(page)).toEqual([inserted]);
  // Posting closes the modal: the launcher goes with its composer.
  await expect(launcher(page)).toBeHidden();
  expect(heraldErrors(pageErrors)).toEqual([]);
});

test('X: navigating /home → /explore → /home without a reload, the launcher goes and comes back', async ({
  page,
  pageErrors,
}) => {
  await page.goto(x.url);
  const editor = await x.openComposer(page);
  await editor.click();
  await expect(launcher(page)).toBeVisible();

  await page.locator('[data-testid="AppTabBar_Explore_Link"]').click();
  await expect(page).toHaveURL('https://x.com/explore');
  await expect(launcher(page)).toBeHidden();

  await page.locator('[data-testid="AppTabBar_Home_Link"]').click();
  await expect(page).toHaveURL('https://x.com/home');
  await x.editor(page).click();
  await expect(launcher(page)).toBeVisible();
  await page.keyboard.type('We are hiring engineers');
  await launcher(page).click();
  await insertButtons(page).first().click();
  await expect.poll(() => modelText(page)).toMatch(/^We are hiring engineers My team at Lumen/);
  expect(heraldErrors(pageErrors)).toEqual([]);
});

for (const site of playgrounds) {
  test(`${site.label}: the open panel covers neither the draft nor the policy notes${site.id === 'x' ? '' : ', nor the dialog’s Post button'}`, async ({
    page,
    pageErrors,
  }) => {
    const editor = await startDraft(page, site, 'We are hiring engineers at Lumen');
    await expect(noteFor(page, 'employee-disclosure')).toBeVisible();
    await launcher(page).click();
    await expect(insertButtons(page).first()).toBeVisible();

    expect(await overlaps(panel(page), editor)).toBe(false);
    expect(await overlaps(panel(page), notes(page))).toBe(false);
    // X's inline composer has no dialog: there the panel hangs under the draft, over the timeline and its Post.
    if (site.id !== 'x') expect(await overlaps(panel(page), site.postButton(page))).toBe(false);
    expect(heraldErrors(pageErrors)).toEqual([]);
  });
}
