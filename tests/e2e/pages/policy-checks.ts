// Herald's policy warnings as the employee meets them: notes beside the composer, underlines drawn in Herald's
// own layer under the words, and the question before a post that breaks a blocking policy.
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

type UnderlineBox = { rect: DOMRect; severity: string };

/** Herald's underline boxes, in viewport pixels (its layer is in an open shadow root in the e2e build). */
function underlineBoxes(page: Page): Promise<UnderlineBox[]> {
  return page
    .locator('.underlines .underline')
    .evaluateAll((elements) =>
      elements.map((box) => ({ rect: box.getBoundingClientRect().toJSON() as DOMRect, severity: box.className })),
    );
}

/**
 * The text under each of Herald's underlines, by severity (`herald-block`, `herald-warn`, `herald-info`).
 * Herald draws boxes in its own layer under the words: the words under each box are the characters of the
 * draft whose line ends 3px below the box's top (herald-ui.css) and whose middle lies within it. In a
 * contenteditable the draft's own text nodes are measured; a textarea's text (Mastodon) is laid out again
 * here, character by character.
 */
export async function highlightedTexts(page: Page): Promise<Record<string, string[]>> {
  const boxes = await underlineBoxes(page);
  if (boxes.length === 0) return {};
  const textarea = mastodon.editor(page);
  if ((await textarea.count()) === 0) {
    return page.evaluate((underlines) => {
      const editors: Element[] = [];
      const collect = (root: Document | ShadowRoot) => {
        editors.push(...root.querySelectorAll('[contenteditable="true"]'));
        for (const element of root.querySelectorAll('*')) if (element.shadowRoot) collect(element.shadowRoot);
      };
      collect(document);
      const chars: { char: string; rect: DOMRect }[] = [];
      for (const editor of editors) {
        const walker = document.createTreeWalker(editor, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
          for (let at = 0; at < node.data.length; at++) {
            const range = document.createRange();
            range.setStart(node, at);
            range.setEnd(node, at + 1);
            chars.push({ char: node.data[at] ?? '', rect: range.getBoundingClientRect() });
          }
        }
      }
      const found: Record<string, string[]> = {};
      for (const { rect, severity } of underlines) {
        const words = chars
          .filter(({ rect: char }) => {
            const middle = char.left + char.width / 2;
            return Math.abs(char.bottom - 3 - rect.top) <= 2 && middle >= rect.left && middle <= rect.left + rect.width;
          })
          .map(({ char }) => char)
          .join('');
        const name = `herald-${severity.replace(/.*underline-/, '')}`;
        found[name] = [...(found[name] ?? []), words.trim()];
      }
      return found;
    }, boxes);
  }
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
