// Herald's policy warnings as the employee meets them: notes beside the composer, underlines painted
// through the CSS Custom Highlight API, and the question before a post that breaks a blocking policy.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import type { Feed } from '../../../shared/feed/schema';
import { repoRoot } from '../harness/paths.mjs';
import { mastodon } from '../harness/playgrounds.mjs';

const demoFeed = JSON.parse(readFileSync(join(repoRoot, 'shared/feed/demo-feed.json'), 'utf8')) as Feed;

/** A policy's message exactly as the demo feed words it: Herald must show it verbatim. */
export function policyMessage(id: string): string {
  const policy = demoFeed.policies.find((candidate) => candidate.id === id);
  if (!policy) throw new Error(`No policy "${id}" in the demo feed`);
  return policy.message;
}

export function notes(page: Page): Locator {
  return page.getByRole('region', { name: 'Herald policy checks' });
}

/** The note (one list item) that carries a policy's message. */
export function noteFor(page: Page, policyId: string): Locator {
  return notes(page)
    .getByRole('listitem')
    .filter({ hasText: policyMessage(policyId) });
}

export function guardDialog(page: Page): Locator {
  return page.getByRole('alertdialog', { name: 'This post breaks company policy' });
}

export type HighlightName = 'herald-block' | 'herald-warn' | 'herald-info';

/**
 * The text under each of Herald's underlines, by highlight name. Where the draft is DOM text, read from the
 * page's main world: the highlight registry belongs to the document, so the page sees what the content
 * script's isolated world registered. In a textarea (Mastodon), Herald draws boxes under the words instead:
 * the words under each box are found by laying the textarea's text out again here, character by character.
 */
export async function highlightedTexts(page: Page): Promise<Record<string, string[]>> {
  const textarea = mastodon.editor(page);
  if ((await textarea.count()) === 0) {
    return page.evaluate(() =>
      Object.fromEntries(
        [...CSS.highlights.entries()]
          .filter(([name]) => name.startsWith('herald-'))
          .map(([name, highlight]) => [name, [...highlight].map((range) => (range as Range).toString())]),
      ),
    );
  }
  const boxes = await page
    .locator('.underlines .underline')
    .evaluateAll((elements) =>
      elements.map((box) => ({ rect: box.getBoundingClientRect().toJSON() as DOMRect, severity: box.className })),
    );
  return textarea.evaluate((element, underlines) => {
    const area = element as HTMLTextAreaElement;
    const style = getComputedStyle(area);
    const copy = document.createElement('div');
    for (const name of style) copy.style.setProperty(name, style.getPropertyValue(name));
    const box = area.getBoundingClientRect();
    Object.assign(copy.style, {
      position: 'fixed',
      left: `${box.left}px`,
      top: `${box.top}px`,
      margin: '0',
      visibility: 'hidden',
      whiteSpace: 'pre-wrap',
      overflow: 'hidden',
    });
    copy.textContent = area.value;
    document.body.append(copy);
    copy.scrollTop = area.scrollTop;
    const text = copy.firstChild as Text;
    const found: Record<string, string[]> = {};
    for (const { rect, severity } of underlines) {
      let words = '';
      for (let at = 0; at < area.value.length; at++) {
        const range = document.createRange();
        range.setStart(text, at);
        range.setEnd(text, at + 1);
        const char = range.getBoundingClientRect();
        const middle = char.left + char.width / 2;
        // A box is drawn 3px above the bottom of the line it underlines (herald-ui.css).
        const onLine = Math.abs(char.bottom - 3 - rect.top) <= 2;
        if (onLine && middle >= rect.left && middle <= rect.left + rect.width) words += area.value[at];
      }
      const name = `herald-${severity.replace(/.*underline-/, '')}`;
      found[name] = [...(found[name] ?? []), words.trim()];
    }
    copy.remove();
    return found;
  }, boxes);
}
