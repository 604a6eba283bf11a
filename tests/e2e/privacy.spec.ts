// Privacy: what the employee types stays in the page. While a draft is typed, checked, ranked, fixed and
// held back by the post guard, no request from any page or from Herald's service worker carries it,
// and Herald's storage does not keep it.
import type { BrowserContext, Request } from '@playwright/test';
import { expect, heraldErrors, test } from './fixtures';
import { heraldWorker } from './harness/launch-herald.mjs';
import { linkedin, playgrounds } from './harness/playgrounds.mjs';
import { launcher, panel, searchField } from './pages/herald-ui';
import { guardDialog, noteFor } from './pages/policy-checks';

// Only what these tests call, evaluated in the service worker (no @types/chrome in this project).
declare const chrome: {
  storage: Record<'local' | 'session' | 'sync', { get(keys: null): Promise<Record<string, unknown>> }>;
};

type Recorded = { url: string; method: string; body: string; headers: string; fromWorker: boolean };

/** Every request of the context, from its pages and from service workers, with the body of each. */
function recordRequests(context: BrowserContext): Recorded[] {
  const recorded: Recorded[] = [];
  context.on('request', (request: Request) => {
    recorded.push({
      url: request.url(),
      method: request.method(),
      body: request.postDataBuffer()?.toString('latin1') ?? '',
      headers: JSON.stringify(request.headers()),
      fromWorker: request.serviceWorker() !== null,
    });
  });
  return recorded;
}

/** The marker as it could travel: as typed, URL-encoded, lower-cased, or base64-encoded. */
function carries(haystack: string, marker: string): boolean {
  const forms = [marker, encodeURIComponent(marker), Buffer.from(marker).toString('base64')];
  const lower = haystack.toLowerCase();
  let decoded = haystack;
  try {
    decoded = decodeURIComponent(haystack);
  } catch {}
  return forms.some((form) => lower.includes(form.toLowerCase())) || decoded.includes(marker);
}

function leaks(recorded: readonly Recorded[], marker: string): Recorded[] {
  return recorded.filter((request) => carries(`${request.url}\n${request.headers}\n${request.body}`, marker));
}

/** Everything in chrome.storage (local, session, sync), as JSON. */
async function extensionStorage(context: BrowserContext): Promise<string> {
  const worker = await heraldWorker(context);
  return worker.evaluate(async () => {
    const areas = ['local', 'session', 'sync'] as const;
    const all = await Promise.all(areas.map(async (area) => [area, await chrome.storage[area].get(null)]));
    return JSON.stringify(Object.fromEntries(all));
  });
}

const uniqueMarker = () => `zq${Math.random().toString(36).slice(2, 10)}x`;

test("the request recorder sees the service worker's requests and their bodies (control)", async ({
  context,
  page,
}) => {
  const recorded = recordRequests(context);
  const marker = uniqueMarker();
  await page.goto(linkedin.url);
  const worker = await heraldWorker(context);
  // Without a control, a recorder that saw nothing would make the privacy tests pass vacuously.
  await worker.evaluate(async (value) => {
    await fetch(`https://feeds.example/control?q=${value}`).catch(() => undefined);
    await fetch('https://feeds.example/control', { method: 'POST', body: `draft=${value}` }).catch(() => undefined);
  }, marker);
  await expect.poll(() => leaks(recorded, marker).length).toBe(2);
  expect(leaks(recorded, marker).every((request) => request.fromWorker)).toBe(true);
  expect(leaks(recorded, marker).map((request) => request.method)).toEqual(['GET', 'POST']);
});

for (const site of playgrounds) {
  test(`${site.label}: the draft never leaves the page, and Herald does not store it`, async ({
    context,
    page,
    pageErrors,
  }) => {
    const recorded = recordRequests(context);
    const marker = uniqueMarker();
    await page.goto(site.url);
    const editor = await site.openComposer(page);
    await editor.click();
    // Words that the checks, the ranking and the fixes all work on, around the marker.
    const draft = `We are hiring engineers ${marker} for Project Falcon at Lumen`;
    await page.keyboard.type(draft);
    await expect(noteFor(page, 'codename-falcon')).toBeVisible();
    await expect(launcher(page)).toHaveAccessibleName(/Herald: [1-9]/);

    await launcher(page).click();
    await expect(panel(page)).toBeVisible();
    await searchField(page).fill(marker);
    await page.keyboard.press('Escape');

    await noteFor(page, 'employee-disclosure')
      .getByRole('button', { name: /I work at Lumen/ })
      .click();
    await expect(noteFor(page, 'employee-disclosure')).toHaveCount(0);

    await site.postButton(page).click();
    await expect(guardDialog(page)).toBeVisible();
    await guardDialog(page).getByRole('button', { name: 'Edit' }).click();
    // Give any debounced work (checks, ranking, a sync that a change might trigger) time to run.
    await page.waitForTimeout(1500);

    expect(recorded.length).toBeGreaterThan(0);
    expect(leaks(recorded, marker)).toEqual([]);
    const stored = await extensionStorage(context);
    expect(stored).toContain('feedStates');
    expect(carries(stored, marker)).toBe(false);
    const pageStorage = await page.evaluate(() => JSON.stringify({ ...localStorage, ...sessionStorage }));
    expect(carries(pageStorage, marker)).toBe(false);
    expect(heraldErrors(pageErrors)).toEqual([]);
  });
}
