// Herald's in-page UI as the employee meets it: the launcher beside the composer and the suggestion
// panel. Both live in an open shadow root, which role locators pierce.
import type { Locator, Page } from '@playwright/test';

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

/** The titles of the suggestions shown, in order. */
export async function suggestionTitles(page: Page): Promise<string[]> {
  return panel(page).locator('.suggestion .title').allTextContents();
}
