import type { Page, Worker } from '@playwright/test';
import { afterAll, bench, describe } from 'vitest';
import { DEMO_FEED_URL, type FeedState } from '../shared/sync/feed-state';
import { launchHerald } from '../tests/e2e/harness/launch-herald.mjs';
import { generatedLibrary } from '../tests/unit/ranking/demo-items';

// The popup's time to first render: from opening popup.html to its first card in the DOM, in the built
// extension in Chromium (headless), with the library in chrome.storage.local as the background keeps it.
// The baseline is the same popup with 10 items, so the ratio is what 10,000 items cost on top of React,
// storage and the page itself. Each bench call opens the popup once in a new tab; the in-page figure
// (navigation start to the first card, read from a performance mark) is printed at the end as well, without
// the time Playwright's messages take.

// Only what this bench calls, evaluated in the service worker or the popup (no @types/chrome here).
declare const chrome: {
  alarms: { get(name: string): Promise<object | undefined> };
  storage: { local: { get(key: string): Promise<Record<string, unknown>>; set(items: object): Promise<void> } };
};

const LARGE = 10_000;
const SMALL = 10;
const library = generatedLibrary(LARGE).map(({ key: _key, ...item }) => item);

const { context, extensionId } = await launchHerald({ viewport: { width: 380, height: 600 } });
const popupUrl = `chrome-extension://${extensionId}/popup.html`;
const worker: Worker =
  context.serviceWorkers().find((candidate) => candidate.url().startsWith('chrome-extension://')) ??
  (await context.waitForEvent('serviceworker'));

// Marks the moment the first card enters the popup's DOM, before any of the popup's scripts run.
await context.addInitScript(() => {
  if (location.protocol !== 'chrome-extension:') return;
  new MutationObserver((_records, observer) => {
    if (!document.querySelector('article')) return;
    performance.mark('herald:first-card');
    observer.disconnect();
  }).observe(document, { childList: true, subtree: true });
});

// The background's first sync rewrites the demo feed: seed the library only after it (it sets the alarm).
for (let attempt = 0; attempt < 150; attempt++) {
  if (await worker.evaluate(async () => (await chrome.alarms.get('herald-sync')) !== undefined)) break;
  await new Promise((resolve) => setTimeout(resolve, 100));
}

/** Puts `count` items in the stored demo feed, all already seen (the popup's everyday state: no news). */
async function seed(count: number): Promise<void> {
  await worker.evaluate(
    async ([url, items]) => {
      const { feedStates } = await chrome.storage.local.get('feedStates');
      const states = feedStates as Record<string, FeedState>;
      const demo = states[url];
      if (!demo?.feed) throw new Error('The background has not stored the demo feed');
      await chrome.storage.local.set({
        feedStates: { ...states, [url]: { ...demo, feed: { ...demo.feed, items } } },
        seenItemKeys: items.map((item) => `${url}#${item.id}`),
      });
    },
    [DEMO_FEED_URL, library.slice(0, count)] as const,
  );
}

const inPage: Record<number, number[]> = { [SMALL]: [], [LARGE]: [] };

async function openPopupOnce(count: number): Promise<void> {
  const page: Page = await context.newPage();
  await page.goto(popupUrl);
  await page.waitForSelector('article');
  inPage[count]?.push(
    await page.evaluate(() => performance.getEntriesByName('herald:first-card')[0]?.startTime ?? Number.NaN),
  );
  await page.close();
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;

describe('popup: open popup.html until the first card is in the DOM', () => {
  const options = (count: number) => ({
    time: 0,
    iterations: 12,
    warmupIterations: 2,
    setup: async () => {
      await seed(count);
      inPage[count] = [];
    },
  });
  bench(`${SMALL} items (baseline)`, () => openPopupOnce(SMALL), options(SMALL));
  bench(`${LARGE.toLocaleString('en')} items`, () => openPopupOnce(LARGE), options(LARGE));
});

async function typeInFreshPopup(count: number): Promise<void> {
  const page: Page = await context.newPage();
  await page.goto(popupUrl);
  await page.waitForSelector('article');
  const started = Date.now();
  await page.keyboard.type('ro');
  await page.waitForSelector('[aria-label="Search results"] article', { timeout: 60_000 });
  keystroke[count]?.push(Date.now() - started);
  await page.close();
}

// The search index is built at the first typed letter, not when the popup opens: each call opens the popup
// and types "ro" (the first letter builds the index; one letter alone matches no word) until results show.
// The time from typing alone is printed at the end. Later keystrokes, index built: search.bench.ts.
const keystroke: Record<number, number[]> = { [SMALL]: [], [LARGE]: [] };
describe('popup: open it and type "ro" in Search until the results show', () => {
  const options = (count: number) => ({
    time: 0,
    iterations: 4,
    warmupIterations: 1,
    setup: async () => {
      await seed(count);
      keystroke[count] = [];
    },
  });
  bench(`${SMALL} items (baseline)`, () => typeInFreshPopup(SMALL), options(SMALL));
  bench(`${LARGE.toLocaleString('en')} items`, () => typeInFreshPopup(LARGE), options(LARGE));
});

function report(what: string, figures: Record<number, number[]>): void {
  const small = median(figures[SMALL] ?? []);
  const large = median(figures[LARGE] ?? []);
  if (Number.isNaN(small) || Number.isNaN(large)) return;
  console.log(
    `${what} (median): ${SMALL} items (baseline) ${small.toFixed(1)} ms, ` +
      `${LARGE.toLocaleString('en')} items ${large.toFixed(1)} ms, ${(large / small).toFixed(2)}x the baseline`,
  );
}

afterAll(async () => {
  report('popup first card, in page (navigation start to the first card in the DOM)', inPage);
  report('popup search, from typing "ro" to its results', keystroke);
  await context.close();
});
