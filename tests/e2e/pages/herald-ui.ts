// Herald's in-page UI as the employee meets it: the launcher beside the composer and the suggestion
// panel. In the e2e build both live in an open shadow root, which role locators pierce; the shipped build's
// root is closed (utils/content/ui/shadow-host.ts), and tests/e2e/pages/closed-herald-ui.ts reads it there.
import type { Locator, Page } from '@playwright/test';
import type { Playground } from '../harness/playgrounds.mjs';

/** The launcher button; its accessible name starts with "Herald:" and says how many suggestions fit. */
export function launcher(page: Page): Locator {
  return page.getByRole('button', { name: /^Herald:/ });
}

export function panel(page: Page): Locator {
  return page.getByRole('dialog', { name: 'Herald suggestions' });
}

/** The panel's Insert buttons, best suggestion first. */
export function insertButtons(page: Page): Locator {
  return panel(page).getByRole('button', { name: /^Insert/ });
}

export function searchField(page: Page): Locator {
  return panel(page).getByRole('searchbox', { name: 'Search talking points' });
}

/** Opens the site's composer, searches the panel for `query` and inserts the first result; gives the editor. */
export async function insertFirstFound(page: Page, site: Playground, query: string): Promise<Locator> {
  await page.goto(site.url);
  const editor = await site.openComposer(page);
  await editor.click();
  await launcher(page).click();
  await searchField(page).fill(query);
  await insertButtons(page).first().click();
  return editor;
}

/** The titles of the suggestions shown, in order. */
export async function suggestionTitles(page: Page): Promise<string[]> {
  return panel(page).locator('.suggestion .title').allTextContents();
}

type Box = { x: number; y: number; width: number; height: number };

/** Whether Herald's UI and a part of the page cover each other; both must be on screen. */
export async function overlaps(herald: Locator, other: Locator): Promise<boolean> {
  const [a, b] = [await herald.boundingBox(), await other.boundingBox()];
  if (!a || !b) throw new Error(`${a ? other : herald} is not on screen`);
  return boxesOverlap(a, b);
}

function boxesOverlap(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}
