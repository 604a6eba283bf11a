import { type BrowserContext, test as base, type ConsoleMessage, expect, type Page } from '@playwright/test';
import { extensionIdOf, launchHerald } from './harness/launch-herald.mjs';

/** An uncaught error from any page of the test's browser, with the URL of the page it came from. */
export interface PageError {
  pageUrl: string;
  message: string;
  stack: string;
}

/** A console error logged by a page of the test's browser, with where the logging code lives. */
export interface ConsoleError {
  pageUrl: string;
  text: string;
  /** The script that logged it: `chrome-extension://<id>/...` for Herald's pages and its content script. */
  sourceUrl: string;
}

interface HeraldFixtures {
  /** A fresh Chromium profile with Herald loaded and linkedin.com, x.com and facebook.com routed to fixtures. */
  context: BrowserContext;
  extensionId: string;
  /** Every uncaught page error so far in this test. */
  pageErrors: PageError[];
  /** Every console error so far in this test, from any page (Herald's or the site's). */
  consoleErrors: ConsoleError[];
  /**
   * Set with `test.use({ heraldErrorsExpected: true })` only by a test that provokes errors on purpose and
   * checks them itself; every other test fails when Herald throws or logs an error.
   */
  heraldErrorsExpected: boolean;
  failOnHeraldErrors: undefined;
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
  consoleErrors: async ({ context }, use) => {
    const errors: ConsoleError[] = [];
    const watch = (page: Page) =>
      page.on('console', (message: ConsoleMessage) => {
        if (message.type() !== 'error') return;
        errors.push({ pageUrl: page.url(), text: message.text(), sourceUrl: message.location().url });
      });
    context.pages().forEach(watch);
    context.on('page', watch);
    await use(errors);
  },
  heraldErrorsExpected: [false, { option: true }],
  // Every test, whether it asks or not: no uncaught error and no console error from Herald's code, in its
  // own pages or in the content script on the sites.
  failOnHeraldErrors: [
    async ({ pageErrors, consoleErrors, heraldErrorsExpected }, use) => {
      await use(undefined);
      if (heraldErrorsExpected) return;
      expect(heraldErrors(pageErrors), 'uncaught errors from Herald').toEqual([]);
      expect(heraldConsoleErrors(consoleErrors), 'console errors from Herald').toEqual([]);
    },
    { auto: true },
  ],
});

/**
 * The errors whose stack runs through Herald's code. Chromium reports errors from the content script's
 * isolated world as page errors too, with `chrome-extension://<id>/...` frames in the stack.
 */
export function heraldErrors(errors: readonly PageError[]): PageError[] {
  return errors.filter((error) => error.stack.includes('chrome-extension://'));
}

/**
 * The console errors Herald's own code logged. A message carries the location of the script that logged
 * it: `chrome-extension://…` for the popup, the options page and the content script's isolated world, the
 * site's URL for the page's own scripts. A failed resource load (an image the test network blocks) carries
 * the resource's URL, so it does not count even on Herald's pages.
 */
export function heraldConsoleErrors(errors: readonly ConsoleError[]): ConsoleError[] {
  return errors.filter((error) => error.sourceUrl.startsWith('chrome-extension://'));
}

export { expect };
