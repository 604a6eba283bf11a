// Herald's in-page UI and the playground's test hooks, for puppeteer: Herald's UI sits in the shadow root of
// <herald-composer-ui> (open in the e2e build), which puppeteer's `>>>` combinator pierces.
import type { ElementHandle, Page } from 'puppeteer-core';
import type { ComposerParts } from '../../e2e/harness/playgrounds.mjs';

const ui = (selector: string) => `herald-composer-ui >>> ${selector}`;

export const heraldUi = {
  launcher: ui('button.launcher'),
  panel: ui('[role="dialog"][aria-label="Herald suggestions"]'),
  suggestionTitle: ui('.suggestion .title'),
  insertButton: ui('button[aria-label^="Insert"]'),
  notes: ui('[role="region"][aria-label="Herald policy checks"]'),
  note: (policyId: string) => ui(`li[data-policy^="${policyId}@"]`),
  noteFix: (policyId: string) => ui(`li[data-policy^="${policyId}@"] button.note-fix`),
  guard: ui('[role="alertdialog"]'),
  guardPost: ui('[role="alertdialog"] button.guard-post'),
};

/** The element once it is there and visible. */
export async function visible(page: Page, selector: string): Promise<ElementHandle<Element>> {
  const element = await page.waitForSelector(selector, { visible: true });
  if (!element) throw new Error(`${selector} never showed`);
  return element;
}

/** A composer part as a puppeteer selector, through the shadow root that holds it. */
export function composerSelector(parts: ComposerParts, part: 'editor' | 'postButton'): string {
  return parts.shadowHost ? `${parts.shadowHost} >>> ${parts[part]}` : parts[part];
}

/** Opens the composer and clicks into its editor, as an employee starting a post does. */
export async function openComposer(page: Page, parts: ComposerParts): Promise<ElementHandle<Element>> {
  await page.goto(parts.url);
  if (parts.opener) {
    const { selector, text } = parts.opener;
    await (await visible(page, text ? `${selector}::-p-text(${text})` : selector)).click();
  }
  const editor = await visible(page, composerSelector(parts, 'editor'));
  await editor.click();
  return editor;
}

export async function startDraft(page: Page, parts: ComposerParts, text: string): Promise<ElementHandle<Element>> {
  const editor = await openComposer(page, parts);
  await page.keyboard.type(text);
  return editor;
}

type FixtureHooks = { modelText(name?: string): string; posted: string[] };

/** The composer model's plain text, through the playground's test hooks (window.__fixture). */
export function modelText(page: Page): Promise<string> {
  return page.evaluate(() => (window as unknown as { __fixture: FixtureHooks }).__fixture.modelText());
}

export function postedTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => [...(window as unknown as { __fixture: FixtureHooks }).__fixture.posted]);
}

export function textOf(page: Page, selector: string): Promise<string[]> {
  return page.$$eval(selector, (elements) => elements.map((element) => element.textContent ?? ''));
}

export function attribute(page: Page, selector: string, name: string): Promise<string | null> {
  return page.$eval(selector, (element, attr) => element.getAttribute(attr), name);
}
