// The extension loads: its pages render, and its content script wakes up on each of the three sites.
import { expect, heraldErrors, test } from './fixtures';
import { playgrounds } from './harness/playgrounds.mjs';

test("the popup opens with Herald's heading", async ({ page, extensionId }) => {
  await page.goto(`chrome-extension://${extensionId}/popup.html`);
  await expect(page.getByRole('heading', { name: 'Herald', exact: true })).toBeVisible();
});

test('the options page opens with its heading', async ({ page, extensionId }) => {
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  await expect(page.getByRole('heading', { name: 'Herald settings' })).toBeVisible();
});

for (const site of playgrounds) {
  test(`on ${site.label}, focusing the post composer shows Herald's button`, async ({ page, pageErrors }) => {
    await page.goto(site.url);
    const editor = await site.openComposer(page);
    await editor.click();
    await expect(editor).toBeFocused();
    // Herald's UI sits in an open shadow root; role queries pierce it.
    await expect(page.getByRole('button', { name: /Herald/ })).toBeVisible();
    expect(heraldErrors(pageErrors)).toEqual([]);
  });
}
