// Privacy: what the employee types stays in the page. While a draft is typed, checked, ranked, fixed and
// held back by the post guard, no request from any page or from Herald's service worker carries it,
// and Herald's storage does not keep it. Through a whole composer session, neither the draft, nor the
// "About you" profile, nor the install id reaches a request, a message to the service worker or a storage
// write, but for the profile's and the install id's own keys (issue 12).
import type { BrowserContext } from '@playwright/test';
import type { FeedItem } from '../../shared/feed/schema';
import { expect, heraldErrors, test as heraldTest } from './fixtures';
import { heraldWorker } from './harness/launch-herald.mjs';
import { facebook, linkedin, modelText, moveCaret, playgrounds, postedTexts, x } from './harness/playgrounds.mjs';
import { addItems, storedItem } from './pages/herald-library';
import { launcher, panel, searchField } from './pages/herald-ui';
import { guardDialog, noteFor } from './pages/policy-checks';
import {
  carries,
  leaksOf,
  type RecordedRequest,
  recordRequests,
  recordWorker,
  type Secret,
  type WorkerRecorder,
} from './pages/privacy-recorder';

// Only what these tests call, evaluated in the service worker or an extension page (no @types/chrome here).
declare const chrome: {
  runtime: { sendMessage(message: object): Promise<unknown> };
  storage: Record<
    'local' | 'session' | 'sync',
    {
      get(keys: null | string): Promise<Record<string, unknown>>;
      set(items: Record<string, unknown>): Promise<void>;
    }
  >;
};

function leaks(recorded: readonly RecordedRequest[], marker: string): RecordedRequest[] {
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

/** `recorder`: a recorder in Herald's service worker, removed after the test (the worker serves the next one). */
const test = heraldTest.extend<{ recorder: WorkerRecorder }>({
  recorder: async ({ context }, use) => {
    const recorder = await recordWorker(context);
    await use(recorder);
    await recorder.stop();
  },
});

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

test('the worker recorder sees messages to the service worker, its fetches and storage writes, and the checker flags them (control)', async ({
  context,
  page,
  extensionId,
  recorder,
}) => {
  const draft = uniqueMarker();
  const firstName = uniqueMarker();
  // A page of the extension that renders nothing and sends nothing of its own.
  await page.goto(`chrome-extension://${extensionId}/feed.schema.json`);
  await page.evaluate(
    async (values) => {
      // Herald's messaging format (utils/messages.ts) with a type it does not know: it ignores it.
      await chrome.runtime
        .sendMessage({ id: 0, type: 'privacyControl', data: values.draft, timestamp: Date.now() })
        .catch(() => undefined);
      await chrome.storage.session.set({ privacyControl: values.draft });
      await chrome.storage.local.set({ profile: { firstName: values.firstName } });
    },
    { draft, firstName },
  );
  // A fetch of the worker's own, to a host the test network refuses: recorded with its body all the same.
  const worker = await heraldWorker(context);
  await worker.evaluate(
    (value) =>
      fetch('https://feeds.example/control', { method: 'POST', body: `draft=${value}` }).catch(() => undefined),
    draft,
  );
  const secrets: Secret[] = [
    { name: 'the draft', value: draft, allowedIn: [] },
    { name: 'the profile', value: firstName, allowedIn: ['local:profile'] },
  ];
  const leaks = async () => leaksOf(secrets, { requests: [], worker: await recorder.read() });
  await expect
    .poll(leaks)
    .toEqual([
      'the draft in a fetch of the worker: POST https://feeds.example/control',
      expect.stringMatching(/^the draft in message #\d+ to the worker: .*privacyControl/),
      'the draft in a storage write to session:privacyControl',
    ]);
  // The profile's own key is recorded and allowed; the same value under any other key is a leak.
  expect((await recorder.read()).writes).toContainEqual({ key: 'local:profile', value: JSON.stringify({ firstName }) });
  await page.evaluate((value) => chrome.storage.local.set({ notes: value }), firstName);
  await expect.poll(leaks).toContain('the profile in a storage write to local:notes');

  // Stopping takes the recorder out of the worker, which serves the next tests.
  await recorder.stop();
  await expect(recorder.read()).rejects.toThrow('recorder');
  expect(await worker.evaluate(() => fetch.toString())).toContain('[native code]');
});

// The networks Herald supports in full; the playgrounds of the others share the same content script.
for (const site of [linkedin, x, facebook]) {
  test(`${site.label}, a whole session: the draft, the profile and the install id reach no request, message or storage write`, async ({
    context,
    page,
    extensionId,
    recorder,
  }) => {
    const requests = recordRequests(context);
    const serviceWorker = await heraldWorker(context);
    // "About you", seeded as Options stores it: storage.local `profile` (issue 12, placeholders).
    const profile = {
      firstName: uniqueMarker(),
      jobTitle: uniqueMarker(),
      team: uniqueMarker(),
      location: uniqueMarker(),
    };
    await serviceWorker.evaluate((values) => chrome.storage.local.set({ profile: values }), profile);
    // A talking point that takes every profile value, so the insert fills them all into the post.
    const aboutYou: FeedItem = {
      id: 'privacy-about-you',
      type: 'talking-point',
      title: 'A word about me',
      text: 'I am {firstName}, {jobTitle} in the {team} team at {company}, based in {location}. Ask me anything.',
      keywords: ['zqaboutme'],
    };
    await addItems(context, [aboutYou]);
    const news = await storedItem(context, 'news-sustainability-report');
    const hiring = await storedItem(context, 'tp-hiring-engineers');

    // Type a draft that the checks, the ranking and the fixes all work on.
    const marker = uniqueMarker();
    await page.goto(site.url);
    const editor = await site.openComposer(page);
    await editor.click();
    const typed = `We are hiring engineers ${marker} for Project Falcon at Lumen. `;
    await page.keyboard.type(typed);
    await expect(noteFor(page, 'codename-falcon')).toBeVisible();

    // Insert a suggestion, then type some more of one's own.
    await launcher(page).click();
    const insert = panel(page).getByRole('button', { name: `Insert: ${aboutYou.title}` });
    // A sync the reset started may still rewrite the demo feed from the bundled file, dropping the added item.
    await expect(async () => {
      await searchField(page).fill('zqaboutme');
      const listed = await insert.waitFor({ timeout: 1500 }).then(
        () => true,
        () => false,
      );
      if (listed) return;
      await addItems(context, [aboutYou]);
      throw new Error('the added talking point is not in the panel yet');
    }).toPass({ intervals: [0], timeout: 15_000 });
    await insert.click();
    // Whichever wording this install gets: the draft grows by a talking point.
    await expect.poll(async () => (await modelText(page)).length).toBeGreaterThan(typed.length + 40);
    await moveCaret(page, 'Control+End');
    await page.keyboard.type(` Ask me, ${marker}.`);

    // Apply a fix, then post.
    await noteFor(page, 'codename-falcon')
      .getByRole('button', { name: /^Remove/ })
      .first()
      .click();
    await expect(noteFor(page, 'codename-falcon')).toHaveCount(0);
    await site.postButton(page).click();
    // A feed may have the guard ask before a mostly-verbatim post (`personalize: "before-posting"`).
    const guard = page.getByRole('alertdialog');
    await expect.poll(async () => (await guard.isVisible()) || (await postedTexts(page)).length > 0).toBe(true);
    if (await guard.isVisible()) await guard.getByRole('button', { name: 'Post anyway' }).click();
    await expect.poll(() => postedTexts(page)).toEqual([expect.stringContaining(marker)]);

    // The popup: Share a news item on X, Copy a talking point.
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const popup = await context.newPage();
    await popup.setViewportSize({ width: 380, height: 600 });
    await popup.goto(`chrome-extension://${extensionId}/popup.html`);
    const [shared] = await Promise.all([
      context.waitForEvent('page'),
      popup.getByRole('article', { name: news.title }).getByRole('button', { name: 'Share on X' }).click(),
    ]);
    await shared.waitForURL((url) => url.protocol === 'https:');
    await popup.bringToFront();
    await popup.getByRole('tab', { name: 'Talking points' }).click();
    await popup.getByRole('article', { name: hiring.title }).getByRole('button', { name: 'Copy' }).click();
    await expect(popup.getByRole('status')).toHaveText(/^Copied/);
    // Give any debounced work (checks, ranking, a sync that a change might trigger) time to run.
    await page.waitForTimeout(1500);

    // Both are in play, or the checks below would hold vacuously: the install id (phrasings) is stored, and the
    // insert filled the profile into the post (placeholders).
    const { installId } = await serviceWorker.evaluate(() => chrome.storage.local.get('installId'));
    if (typeof installId !== 'string') throw new Error('Herald keeps no install id in storage.local `installId`');
    expect(await postedTexts(page)).toEqual([
      expect.stringContaining(`I am ${profile.firstName}, ${profile.jobTitle}`),
    ]);
    const secrets: Secret[] = [
      { name: 'the draft', value: marker, allowedIn: [] },
      // The text the employee shares on purpose may carry their name (placeholders filled); nothing else may.
      ...Object.entries(profile).map(([field, value]) => ({
        name: `profile.${field}`,
        value,
        allowedIn: ['local:profile', 'share-page'],
      })),
      { name: 'the install id', value: installId, allowedIn: ['local:installId'] },
    ];
    const record = await recorder.read();
    expect(
      leaksOf(secrets, {
        requests,
        worker: record,
        isSharePage: (request) => request.url.startsWith('https://x.com/intent/'),
      }),
    ).toEqual([]);

    // Not vacuous: the session was recorded (requests, the popup's messages, the profile's and the shares' writes).
    expect(requests.some((request) => request.url.startsWith('https://x.com/intent/'))).toBe(true);
    expect(record.messages.filter((message) => message.includes('recordShare'))).toHaveLength(2);
    expect(record.writes.map((write) => write.key)).toContain('local:profile');
    expect(record.writes.length).toBeGreaterThan(1);
  });
}
