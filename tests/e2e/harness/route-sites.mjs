// Serves the fixture pages under the real sites' URLs, so the manifest's match patterns fire, and cuts
// every other request to the internet so a test can never depend on (or leak to) a live site.
import { basename, join } from 'node:path';
import { fixturesDist } from './paths.mjs';

/** The path prefix the fixture pages load their bundles from, on every routed site. */
export const fixtureAssetPrefix = '/__herald-fixtures/';

/** @type {Record<string, string>} site URL pattern -> the page every path of that site serves */
const sitePages = {
  'https://www.linkedin.com/**': 'linkedin.html',
  'https://x.com/**': 'x.html',
  'https://twitter.com/**': 'x.html',
  'https://www.facebook.com/**': 'facebook.html',
  'https://www.threads.com/**': 'threads.html',
  'https://www.threads.net/**': 'threads.html',
  'https://bsky.app/**': 'bluesky.html',
  // Mastodon is federated: any host can be an instance, so the playground lives on a made-up one.
  'https://social.lumen.example/**': 'mastodon.html',
};

/** @param {URL} url */
function isLocal(url) {
  if (url.protocol !== 'http:' && url.protocol !== 'https:' && url.protocol !== 'ws:' && url.protocol !== 'wss:') {
    return true;
  }
  return url.hostname === 'localhost' || url.hostname === '127.0.0.1' || url.hostname === '[::1]';
}

/**
 * The dist file a request to a routed site gets: a bundle by name, or the site's page for any document
 * (so SPA URLs and reloads work), or nothing (favicons, beacons: 404).
 * @param {string} page the site's HTML file in dist
 * @param {import('@playwright/test').Request} request
 * @returns {string | undefined}
 */
function fileFor(page, request) {
  return fileForUrl(page, new URL(request.url()), request.resourceType() === 'document');
}

/**
 * @param {string} page
 * @param {URL} url
 * @param {boolean} isDocument
 * @returns {string | undefined}
 */
function fileForUrl(page, url, isDocument) {
  if (url.pathname.startsWith(fixtureAssetPrefix)) return basename(url.pathname);
  if (!isDocument) return undefined;
  // LinkedIn's hidden preload frame has a page of its own.
  if (page === 'linkedin.html' && url.pathname.startsWith('/preload')) return 'linkedin-preload.html';
  return page;
}

/** @param {import('@playwright/test').BrowserContext} context */
export async function routeFixtureSites(context) {
  // Playwright tries the most recently added route first, so the catch-all goes in before the sites.
  await context.route('**/*', (route) => {
    if (isLocal(new URL(route.request().url()))) return route.fallback();
    return route.abort('blockedbyclient');
  });
  for (const [pattern, page] of Object.entries(sitePages)) {
    await context.route(pattern, (route) => {
      const file = fileFor(page, route.request());
      if (!file) return route.fulfill({ status: 404, body: '' });
      return route.fulfill({ path: join(fixturesDist, file) });
    });
  }
}

/**
 * What a request gets when the browser cannot route by glob (Firefox over WebDriver BiDi, tests/e2e-firefox):
 * the same answers as `routeFixtureSites`, from the URL and whether the request loads a document.
 * @param {string} requestUrl
 * @param {boolean} isDocument
 * @returns {{ kind: 'pass' } | { kind: 'abort' } | { kind: 'missing' } | { kind: 'file', path: string }}
 */
export function fixtureAnswerFor(requestUrl, isDocument) {
  const url = new URL(requestUrl);
  if (isLocal(url)) return { kind: 'pass' };
  const site = Object.entries(sitePages).find(
    ([pattern]) => url.origin === new URL(pattern.replace('/**', '/')).origin,
  );
  if (!site) return { kind: 'abort' };
  const file = fileForUrl(site[1], url, isDocument);
  return file ? { kind: 'file', path: join(fixturesDist, file) } : { kind: 'missing' };
}
