// Herald's launcher never covers the employee's text while they type: on every playground, at 800 px wide and
// on a wide screen, with a one-line draft and a long one, it sits clear of every line and inside the viewport.
import type { Locator, Page } from '@playwright/test';
import { expect, heraldErrors, test } from './fixtures';
import { modelText, playgrounds, startDraft } from './harness/playgrounds.mjs';
import { launcher, panel } from './pages/herald-ui';

type Rect = { left: number; top: number; right: number; bottom: number };

const viewports = [
  { width: 800, height: 800 },
  { width: 1600, height: 900 },
];

const paragraph =
  'Proud of the team at Lumen this week. We shipped the new dashboard after months of careful work, ' +
  'listened to every customer who wrote in, fixed what they found, and still made it home for dinner.';
/** Three paragraphs: enough to fill even LinkedIn's and Facebook's tall editors down to their corner. */
const longDraft = [paragraph, paragraph, 'If you want to build things like this with us, we are hiring.'].join('\n');

/**
 * Types words after the start until the line is as long as it gets without wrapping, where the launcher used
 * to sit: the one-line draft that covers most. Long words first, then short ones to creep up on the edge; a
 * word that wraps the line is taken back.
 */
async function fillOneLine(page: Page, editor: Locator): Promise<void> {
  // A textarea's whole box counts as its text: there is no line end to reach.
  if (await editor.evaluate((element) => element instanceof HTMLTextAreaElement)) return;
  const oneLine = async () => new Set((await textRects(editor)).map((line) => Math.round(line.top))).size === 1;
  for (const word of [' engineers', ' and', ' a']) {
    for (let count = 0; count < 80; count++) {
      await page.keyboard.type(word);
      if (await oneLine()) continue;
      for (const _ of word) await page.keyboard.press('Backspace');
      break;
    }
  }
}

/**
 * The rest of a long draft after the typed start, a line at a time as an input method commits it, with Enter
 * between lines: what is measured is where the lines end up, and typing 400 characters a key at a time only
 * cost seconds per test.
 */
async function insertLines(page: Page, text: string): Promise<void> {
  const [first = '', ...rest] = text.split('\n');
  await page.keyboard.insertText(first.slice('Proud of the team'.length));
  for (const line of rest) {
    await page.keyboard.press('Enter');
    await page.keyboard.insertText(line);
  }
}

/**
 * The draft's text as drawn: a Range over each text node of the editor (a Range over the whole editor would
 * add its paragraphs' full-width boxes). A textarea keeps its text out of the DOM: all of its box counts.
 */
function textRects(editor: Locator): Promise<Rect[]> {
  return editor.evaluate((element) => {
    const plain = ({ left, top, right, bottom }: DOMRect) => ({ left, top, right, bottom });
    if (element instanceof HTMLTextAreaElement) return [plain(element.getBoundingClientRect())];
    const rects: Rect[] = [];
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    const range = document.createRange();
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      range.selectNodeContents(node);
      for (const rect of range.getClientRects()) if (rect.width > 0 && rect.height > 0) rects.push(plain(rect));
    }
    return rects;
  });
}

/** The text rects the launcher's box intersects, empty when it covers none. */
async function coveredText(editor: Locator, button: Locator): Promise<Rect[]> {
  const box = await button.boundingBox();
  if (!box) throw new Error('the launcher is not on screen');
  const lines = await textRects(editor);
  if (lines.length === 0) throw new Error('the draft has no text on screen');
  return lines.filter(
    (line) =>
      box.x < line.right && line.left < box.x + box.width && box.y < line.bottom && line.top < box.y + box.height,
  );
}

for (const site of playgrounds) {
  for (const viewport of viewports) {
    for (const name of ['one-line', 'long multi-line']) {
      test(`${site.label} at ${viewport.width} px: the launcher covers none of a ${name} draft`, async ({
        page,
        pageErrors,
      }) => {
        await page.setViewportSize(viewport);
        const editor = await startDraft(page, site, 'Proud of the team');
        if (name === 'one-line') await fillOneLine(page, editor);
        else {
          await insertLines(page, longDraft);
          // The editor took every line, not only the typed start: the launcher is measured against all of it.
          await expect.poll(() => modelText(page)).toContain('we are hiring.');
        }
        const button = launcher(page);
        await expect(button).toBeVisible();
        await expect.poll(() => coveredText(editor, button)).toEqual([]);

        // Polled like the cover check: the launcher follows the draft a frame later, and a line inserted at
        // once (not typed) may still be scrolling the editor into view.
        const inViewport = async () => {
          const box = await button.boundingBox();
          return (
            !!box &&
            box.x >= 0 &&
            box.y >= 0 &&
            box.x + box.width <= viewport.width &&
            box.y + box.height <= viewport.height
          );
        };
        await expect.poll(inViewport).toBe(true);
        // Still Herald's button and nothing of the page's on top of it: a click opens the panel.
        await button.click();
        await expect(panel(page)).toBeVisible();
        expect(heraldErrors(pageErrors)).toEqual([]);
      });
    }
  }
}
