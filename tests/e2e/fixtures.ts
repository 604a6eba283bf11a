import { type BrowserContext, test as base, type ConsoleMessage, expect, type Page } from '@playwright/test';
import { resetHerald } from './harness/herald-reset';
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
  /**
   * Chromium with Herald loaded and the networks' sites routed to the fixtures: the worker's shared browser,
   * reset after each test to the state of a fresh launch (harness/herald-reset.ts), or a browser of the
   * test's own with `freshBrowser`.
   */
  context: BrowserContext;
  /**
   * Set with `test.use({ freshBrowser: true })` by a spec that needs a new profile (first-install state) or
   * leaves the browser in a state the reset cannot undo (a reloaded or killed extension).
   */
  freshBrowser: boolean;
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

interface HeraldWorkerFixtures {
  sharedBrowser: SharedBrowser;
}

const launchDefault = () => launchHerald({ headed: !!process.env.HERALD_HEADED });

/**
 * One browser per worker, launched when a test first asks for it (a spec that brings its own `context`
 * never does) and reset after each test. A failed reset drops it: the next test gets a new one.
 */
class SharedBrowser {
  #launched: ReturnType<typeof launchDefault> | undefined;

  async acquire(): Promise<BrowserContext> {
    this.#launched ??= launchDefault();
    return (await this.#launched).context;
  }

  async release(): Promise<void> {
    const launched = await this.#launched;
    if (!launched) return;
    try {
      await resetHerald(launched.context, launched.extensionId);
    } catch (error) {
      await this.close();
      throw error;
    }
  }

  async close(): Promise<void> {
    const launched = this.#launched;
    this.#launched = undefined;
    await (await launched?.catch(() => undefined))?.context.close();
  }
}

export const test = base.extend<HeraldFixtures, HeraldWorkerFixtures>({
  sharedBrowser: [
    // biome-ignore lint/correctness/noEmptyPattern: Playwright requires the destructuring pattern here.
    async ({}, use) => {
      const shared = new SharedBrowser();
      await use(shared);
      await shared.close();
    },
    { scope: 'worker' },
  ],
  freshBrowser: [false, { option: true }],
  context: async ({ freshBrowser, sharedBrowser }, use) => {
    if (freshBrowser) {
      const { context } = await launchDefault();
      await use(context);
      await context.close();
      return;
    }
    await use(await sharedBrowser.acquire());
    await sharedBrowser.release();
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
    // The browser outlives the test: its next test must not report into this one's list.
    context.off('page', watch);
    for (const page of context.pages()) page.removeAllListeners('pageerror');
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
    context.off('page', watch);
    for (const page of context.pages()) page.removeAllListeners('console');
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
