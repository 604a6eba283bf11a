// Starts Chromium with the built Herald extension loaded and the networks' sites routed to the fixtures.
// Shared by the Playwright fixture (tests/e2e/fixtures.ts) and `npm run demo` (scripts/demo.mjs).
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { extensionDir as defaultExtensionDir, ensureBuilt } from './paths.mjs';
import { routeFixtureSites } from './route-sites.mjs';
import { TEST_INSTALL_ID } from './test-install-id.mjs';

const debianChromium = '/usr/lib/chromium/chromium';

/** HERALD_CHROMIUM, else Debian's Chromium binary (branded Chrome 137+ ignores --load-extension), else Playwright's. */
export function chromiumExecutable() {
  if (process.env.HERALD_CHROMIUM) return process.env.HERALD_CHROMIUM;
  if (existsSync(debianChromium)) return debianChromium;
  return undefined;
}

/**
 * `installId`: the install id the test sets (test-install-id.mjs); null keeps the random one Herald made.
 * @param {{ headed?: boolean, viewport?: { width: number, height: number }, extensionDir?: string, installId?: string | null }} [options]
 * @returns {Promise<{ context: import('@playwright/test').BrowserContext, extensionId: string }>}
 */
export async function launchHerald({
  headed = false,
  viewport = { width: 1280, height: 800 },
  extensionDir = defaultExtensionDir,
  installId = TEST_INSTALL_ID,
} = {}) {
  if (extensionDir === defaultExtensionDir) ensureBuilt();
  const args = [
    `--disable-extensions-except=${extensionDir}`,
    `--load-extension=${extensionDir}`,
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--disable-quic',
    // Requests the routes do not fulfil (the extension's service worker is not routed) cannot resolve a host.
    '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1',
  ];
  if (process.getuid?.() === 0) args.push('--no-sandbox');
  // `headless: true` would pick Playwright's headless shell, which cannot load extensions.
  if (!headed) args.push('--headless=new');
  const executablePath = chromiumExecutable();
  const context = await chromium.launchPersistentContext('', {
    headless: false,
    args,
    viewport,
    ...(executablePath ? { executablePath } : {}),
  });
  await routeFixtureSites(context);
  await nameMastodonServer(context);
  if (installId !== null) await setInstallId(context, installId);
  return { context, extensionId: await extensionIdOf(context) };
}

/** The Mastodon playground's server (tests/e2e/harness/route-sites.mjs), whose origin the e2e build grants. */
export const MASTODON_SERVER = 'social.lumen.example';

/**
 * Names the playground's server as the employee's Mastodon server, as Options does, and waits until the
 * background has registered the content script there: Mastodon lives on any domain, so Herald runs on a
 * server only once someone names it.
 * @param {import('@playwright/test').BrowserContext} context
 */
export async function nameMastodonServer(context) {
  const worker = await heraldWorker(context);
  await worker.evaluate(async (server) => {
    // A stand-in extension (a benchmark's empty baseline, a probe) has neither: there is no Herald to tell.
    // @ts-expect-error chrome is the service worker's global
    if (!chrome.storage || !chrome.scripting) return;
    // @ts-expect-error chrome is the service worker's global
    await chrome.storage.local.set({ instanceHosts: { mastodon: [server] } });
    for (let tries = 0; tries < 100; tries++) {
      // @ts-expect-error chrome is the service worker's global
      const [script] = await chrome.scripting.getRegisteredContentScripts({ ids: ['herald-instances'] });
      if (script?.matches?.includes(`https://${server}/*`)) return;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error(`Herald did not register its content script on ${server}`);
  }, MASTODON_SERVER);
}

/**
 * Sets this browser's install id in Herald's storage (utils/storage.ts, `local:installId`), as if Herald had
 * made that one at install. Pages opened afterwards read it; open ones follow the change.
 * @param {import('@playwright/test').BrowserContext} context
 * @param {string} installId
 */
export async function setInstallId(context, installId) {
  const worker = await heraldWorker(context);
  await worker.evaluate(async (id) => {
    // @ts-expect-error chrome is the service worker's global
    if (chrome.storage) await chrome.storage.local.set({ installId: id });
  }, installId);
}

/**
 * Herald's service worker, waiting for it to start if needed.
 * @param {import('@playwright/test').BrowserContext} context
 */
export async function heraldWorker(context) {
  const isHerald = (/** @type {{ url(): string }} */ worker) => worker.url().startsWith('chrome-extension://');
  return (
    context.serviceWorkers().find(isHerald) ??
    (await context.waitForEvent('serviceworker', { predicate: isHerald, timeout: 15_000 }))
  );
}

/** @param {import('@playwright/test').BrowserContext} context */
export async function extensionIdOf(context) {
  return new URL((await heraldWorker(context)).url()).host;
}
