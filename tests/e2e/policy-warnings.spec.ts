// Issue 5, inline policy warnings: on each site, a banned term gets its feed message beside the composer
// (no click needed) and an underline, the underline follows edits, and the quick fixes change the
// editor's model, so what the site would post is the fixed text.
import { expect, heraldErrors, test } from './fixtures';
import { modelText, moveCaret, playgrounds, startDraft } from './harness/playgrounds.mjs';
import { overlaps } from './pages/herald-ui';
import { highlightedTexts, noteFor, notes, policyMessage } from './pages/policy-checks';

for (const site of playgrounds) {
  test.describe(site.label, () => {
    test('a banned term shows its message and an underline, and "Remove" takes it out of the model', async ({
      page,
      pageErrors,
    }) => {
      const editor = await startDraft(page, site, 'Big news: Project Falcon ships today');

      const note = noteFor(page, 'codename-falcon');
      await expect(note).toBeVisible();
      await expect(note.getByText(policyMessage('codename-falcon'), { exact: true })).toBeVisible();
      await expect.poll(() => highlightedTexts(page)).toEqual({ 'herald-block': ['Project Falcon'] });
      // Beside the composer, not over the words being checked.
      expect(await overlaps(notes(page), editor)).toBe(false);

      await note.getByRole('button', { name: 'Remove “Project Falcon”' }).click();
      await expect.poll(() => modelText(page)).toBe('Big news: ships today');
      await expect(notes(page)).toBeHidden();
      await expect.poll(() => highlightedTexts(page)).toEqual({});
      expect(heraldErrors(pageErrors)).toEqual([]);
    });

    test('mentioning Lumen asks for a disclosure, and the fix appends #LumenEmployee to the model', async ({
      page,
      pageErrors,
    }) => {
      await startDraft(page, site, 'Proud of the robots we build at Lumen');

      const note = noteFor(page, 'employee-disclosure');
      await expect(note).toBeVisible();
      await expect.poll(() => highlightedTexts(page)).toEqual({ 'herald-warn': ['Lumen'] });

      await note.getByRole('button', { name: 'Add “#LumenEmployee”' }).click();
      await expect.poll(() => modelText(page)).toBe('Proud of the robots we build at Lumen #LumenEmployee');
      await expect(noteFor(page, 'employee-disclosure')).toHaveCount(0);
      await expect.poll(() => highlightedTexts(page)).toEqual({});
      expect(heraldErrors(pageErrors)).toEqual([]);
    });

    test('several notes show in full at once, beside the composer, clear of the editor and its Post button', async ({
      page,
      pageErrors,
    }) => {
      const editor = await startDraft(page, site, 'Project Falcon is here, from all of us at Lumen');
      const all = [noteFor(page, 'codename-falcon'), noteFor(page, 'employee-disclosure')];
      for (const note of all) await expect(note).toBeInViewport({ ratio: 1 });
      // X's composer sits in the timeline itself, beside the side navigation and its own Post button.
      const sideNav = site.id === 'x' ? [page.locator('header nav')] : [];
      for (const other of [editor, site.postButton(page), ...sideNav]) {
        expect(await overlaps(notes(page), other)).toBe(false);
      }
      expect(heraldErrors(pageErrors)).toEqual([]);
    });

    test('a fix clicked right after more typing keeps what was typed since the last check', async ({
      page,
      pageErrors,
    }) => {
      await startDraft(page, site, 'Project Falcon');
      const remove = noteFor(page, 'codename-falcon').getByRole('button', { name: 'Remove “Project Falcon”' });
      await expect(remove).toBeVisible();
      // No pause: the click comes before the debounced check has seen these words.
      await page.keyboard.type(' is almost here');
      await remove.click();
      await expect.poll(() => modelText(page)).toBe('is almost here');
      expect(heraldErrors(pageErrors)).toEqual([]);
    });

    test('underlines follow edits: text typed before the term, and the term edited away', async ({
      page,
      pageErrors,
    }) => {
      await startDraft(page, site, 'Project Falcon is ready');
      await expect.poll(() => highlightedTexts(page)).toEqual({ 'herald-block': ['Project Falcon'] });

      // Ctrl+Home: the start of the draft, also where the Facebook dialog wraps it onto two lines.
      await moveCaret(page, 'Control+Home');
      await page.keyboard.type('Finally, our ');
      await expect.poll(() => modelText(page)).toBe('Finally, our Project Falcon is ready');
      await expect.poll(() => highlightedTexts(page)).toEqual({ 'herald-block': ['Project Falcon'] });

      // A second occurrence gets its own underline.
      await moveCaret(page, 'Control+End');
      await page.keyboard.type(', Project Falcon');
      await expect.poll(() => highlightedTexts(page)).toEqual({ 'herald-block': ['Project Falcon', 'Project Falcon'] });

      // Break both terms ("Falcon" alone is a term too, so edit the words away entirely).
      await moveCaret(page, 'Control+Home');
      for (let i = 0; i < 'Finally, our Project Falcon'.length; i++) await page.keyboard.press('Delete');
      await moveCaret(page, 'Control+End');
      for (let i = 0; i < ', Project Falcon'.length; i++) await page.keyboard.press('Backspace');
      await expect.poll(() => modelText(page)).toBe(' is ready');
      await expect.poll(() => highlightedTexts(page)).toEqual({});
      await expect(notes(page)).toBeHidden();
      expect(heraldErrors(pageErrors)).toEqual([]);
    });
  });
}
