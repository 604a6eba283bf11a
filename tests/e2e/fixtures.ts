import { type BrowserContext, test as base, expect, type Page } from '@playwright/test';
import { extensionIdOf, launchHerald } from './harness/launch-herald.mjs';

/** An uncaught error from any page of the test's browser, with the URL of the page it came from. */
export interface PageError {
  pageUrl: string;
  message: string;
  stack: string;
}

interface HeraldFixtures {
  /** A fresh Chromium profile with Herald loaded and linkedin.com, x.com and facebook.com routed to fixtures. */
  context: BrowserContext;
  extensionId: string;
  /** Every uncaught page error so far in this test. */
  pageErrors: PageError[];
}

export const test = base.extend<HeraldFixtures>({
  // biome-ignore lint/correctness/noEmptyPattern: Playwright requires the destructuring pattern here.
  context: async ({}, use) => {
    const { context } = await launchHerald({ headed: !!process.env.HERALD_HEADED });
    await use(context);
    await context.close();
  },
  extensionId: async ({ context }, use) => {
    await use(await extensionIdOf(context));
  },
  pageErrors: async ({ context }, use) => {
    const errors: PageError[] = [];
    const watch = (page: Page) =>
      page.on('pageerror', (error) =>
        errors.push({ pageUrl: page.url(), message: error.message, stack: error.stack ?? '' }),
      );
    context.pages().forEach(watch);
    context.on('page', watch);
    await use(errors);
  },
});

/**
 * The errors whose stack runs through Herald's code. Chromium reports errors from the content script's
 * isolated world as page errors too, with `chrome-extension://<id>/...` frames in the stack.
 */
export function heraldErrors(errors: readonly PageError[]): PageError[] {
  return errors.filter((error) => error.stack.includes('chrome-extension://'));
}

export { expect };
