// Starts Firefox with the Firefox build of Herald installed, over WebDriver BiDi (Playwright's Firefox cannot
// load extensions), and routes the networks' sites to the playgrounds as the Chromium suite does.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import puppeteer, { type Browser, type HTTPRequest, type Page } from 'puppeteer-core';
import { repoRoot } from '../../e2e/harness/paths.mjs';
import { fixtureAnswerFor } from '../../e2e/harness/route-sites.mjs';

/** The e2e build for Firefox (`npm run build:e2e:firefox`): the shipped one plus the origins the tests grant. */
export const firefoxExtensionDir = join(repoRoot, '.output/firefox-mv2-e2e');

/** The add-on id, from the manifest's browser_specific_settings (wxt.config.ts). */
export const ADDON_ID = 'herald@herald.example';

/**
 * The internal UUID Firefox gives Herald's moz-extension:// origin, fixed up front through the preference
 * Firefox keeps them in: otherwise it is random per profile and only readable from inside the browser.
 */
export const EXTENSION_UUID = '4d1f3c6a-9b2e-4f70-8a15-6c3e2b9d0f47';

export const extensionOrigin = `moz-extension://${EXTENSION_UUID}`;

/** HERALD_FIREFOX, else Debian's firefox-esr. */
export function firefoxExecutable(): string {
  return process.env.HERALD_FIREFOX ?? '/usr/bin/firefox-esr';
}

/** Why the suite cannot run here, or undefined when it can. */
export function firefoxMissing(): string | undefined {
  if (!existsSync(firefoxExecutable())) return `no Firefox at ${firefoxExecutable()} (set HERALD_FIREFOX)`;
  if (!existsSync(join(firefoxExtensionDir, 'manifest.json'))) {
    return `no Firefox e2e build in ${firefoxExtensionDir}: run npm run build:e2e:firefox`;
  }
  if (!existsSync(join(repoRoot, 'tests/fixtures/dist/linkedin.html')))
    return 'no playgrounds: run npm run build:fixtures';
  return undefined;
}

export async function launchFirefox(): Promise<Browser> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    protocol: 'webDriverBiDi',
    executablePath: firefoxExecutable(),
    headless: !process.env.HERALD_HEADED,
    // Lets BiDi navigate a tab to a moz-extension:// page (the popup, Options); refused otherwise.
    args: ['--remote-allow-system-access'],
    defaultViewport: { width: 1280, height: 800 },
    extraPrefsFirefox: {
      // The e2e build is not signed by Mozilla.
      'xpinstall.signatures.required': false,
      'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: EXTENSION_UUID }),
      // Nothing of Firefox's own reaches the internet during a test.
      'network.dns.disableIPv6': true,
      'extensions.update.enabled': false,
      'browser.safebrowsing.malware.enabled': false,
      'browser.safebrowsing.phishing.enabled': false,
    },
  });
  const installed = await browser.installExtension(firefoxExtensionDir);
  if (installed !== ADDON_ID) throw new Error(`Firefox installed ${installed}, expected ${ADDON_ID}`);
  return browser;
}

async function answer(request: HTTPRequest): Promise<void> {
  const route = fixtureAnswerFor(request.url(), request.isNavigationRequest());
  if (route.kind === 'pass') return request.continue();
  if (route.kind === 'abort') return request.abort('blockedbyclient');
  if (route.kind === 'missing') return request.respond({ status: 404, body: '' });
  const type = route.path.endsWith('.js')
    ? 'text/javascript'
    : route.path.endsWith('.css')
      ? 'text/css'
      : route.path.endsWith('.map')
        ? 'application/json'
        : 'text/html';
  return request.respond({ status: 200, contentType: type, body: await readFile(route.path) });
}

const heraldErrors = new WeakMap<Page, string[]>();

/** Uncaught errors so far on a site tab whose stack runs through Herald's code (its moz-extension:// scripts). */
export function heraldErrorsOn(page: Page): string[] {
  return heraldErrors.get(page) ?? [];
}

/** A new tab whose requests to the networks' sites get the playgrounds, and nothing else leaves the machine. */
export async function newSitePage(browser: Browser): Promise<Page> {
  const page = await browser.newPage();
  const errors: string[] = [];
  heraldErrors.set(page, errors);
  page.on('pageerror', (error: unknown) => {
    const stack = error instanceof Error ? (error.stack ?? '') : '';
    if (stack.includes('moz-extension://')) errors.push(`${String(error)}\n${stack}`);
  });
  // Waits end well within the test's own timeout, so a failure names what it waited for.
  page.setDefaultTimeout(15_000);
  await page.setRequestInterception(true);
  if (process.env.HERALD_DEBUG) {
    page.on('console', (message) => console.log(`[${page.url()}] ${message.type()}: ${message.text()}`));
    page.on('pageerror', (error) => console.log(`[${page.url()}] page error: ${error}`));
  }
  page.on('request', (request) => {
    if (request.isInterceptResolutionHandled()) return;
    answer(request).catch(() => {});
  });
  return page;
}

/**
 * A new tab on one of Herald's own pages. Firefox moves the tab into the extension process on the way, and
 * puppeteer loses track of that navigation (it never settles, or reports a detached frame) though the page
 * loads: the tab itself is asked until it shows the page.
 */
export async function openExtensionPage(browser: Browser, path: string): Promise<Page> {
  const page = await browser.newPage();
  page.setDefaultTimeout(15_000);
  const url = `${extensionOrigin}/${path}`;
  page.goto(url).catch(() => {});
  const loaded = () => page.evaluate(() => `${location.href} ${document.readyState}`).catch(() => 'navigating');
  for (let tries = 0; (await loaded()) !== `${url} complete`; tries++) {
    if (tries > 100) throw new Error(`${url} did not load`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return page;
}

/**
 * Names `server` as the employee's Mastodon server, as Options does, and waits until the background has
 * registered the content script there: Mastodon lives on any domain, so Herald runs on a server only once
 * someone names it (the Chromium suite's nameMastodonServer, tests/e2e/harness/launch-herald.mjs). The e2e
 * build grants the playground's origin up front (wxt.config.ts), as no one can answer a prompt here.
 */
export async function nameMastodonServer(browser: Browser, server: string): Promise<void> {
  const page = await openExtensionPage(browser, 'options.html');
  try {
    await page.evaluate(async (host) => {
      // The extension page's WebExtension global; Firefox's MV2 build registers through `scripting` too.
      const api = (globalThis as unknown as { browser: ExtensionApi }).browser;
      await api.storage.local.set({ instanceHosts: { mastodon: [host] } });
      for (let tries = 0; tries < 100; tries++) {
        const [script] = await api.scripting.getRegisteredContentScripts({ ids: ['herald-instances'] });
        if (script?.matches?.includes(`https://${host}/*`)) return;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      throw new Error(`Herald did not register its content script on ${host}`);
    }, server);
  } finally {
    await page.close();
  }
}

/**
 * Sets the install id Herald made at install to the tests' fixed one (tests/e2e/harness/test-install-id.mjs),
 * so every demo item reads in its own words, as the Chromium suite's browsers do.
 */
export async function setInstallId(browser: Browser, installId: string): Promise<void> {
  const page = await openExtensionPage(browser, 'options.html');
  try {
    await page.evaluate(async (id) => {
      const api = (globalThis as unknown as { browser: ExtensionApi }).browser;
      await api.storage.local.set({ installId: id });
    }, installId);
  } finally {
    await page.close();
  }
}

/** The little of the WebExtension API nameMastodonServer calls, typed for the page-side function. */
interface ExtensionApi {
  storage: { local: { set(items: Record<string, unknown>): Promise<void> } };
  scripting: {
    getRegisteredContentScripts(filter: { ids: string[] }): Promise<{ matches?: string[] }[]>;
  };
}
