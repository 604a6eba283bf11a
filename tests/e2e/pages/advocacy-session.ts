// A whole advocacy session on the demo feed, as the metrics e2e runs it with and without a `metrics` policy:
// on LinkedIn, X and Facebook the employee opens Herald's suggestions, inserts the first one and posts (on
// LinkedIn as inserted, on X after a line of their own before it, on Facebook after one after it); in the
// popup they share a news item on X, and copy a talking point in its second wording. It returns what it did,
// as Herald should count it (docs/metrics.md), reading the suggestions shown from the panel itself.
import { type BrowserContext, expect, type Page } from '@playwright/test';
import demoFeed from '../../../shared/feed/demo-feed.json' with { type: 'json' };
import { heraldWorker } from '../harness/launch-herald.mjs';
import { facebook, linkedin, moveCaret, type Playground, postedTexts, x } from '../harness/playgrounds.mjs';
import { insertButtons, launcher, panel, suggestionTitles } from './herald-ui';
import type { DoneUse } from './metrics-counts';

// Only what the session calls, evaluated in the service worker (no @types/chrome in this project).
declare const chrome: { storage: { local: { set(items: Record<string, unknown>): Promise<void> } } };

/** The demo feed's publisher id: the `feed` of every count. */
export const DEMO_FEED_ID = demoFeed.publisher.id;

/** Values that must never reach a metrics endpoint, each unique to the run. */
export type SessionSecrets = { draft: string; profile: Record<'firstName' | 'jobTitle' | 'team' | 'location', string> };

const unique = () => `zq${Math.random().toString(36).slice(2, 10)}x`;

export function sessionSecrets(): SessionSecrets {
  return { draft: unique(), profile: { firstName: unique(), jobTitle: unique(), team: unique(), location: unique() } };
}

function itemIdOf(title: string): string {
  const item = demoFeed.items.find((candidate) => candidate.title === title);
  if (!item) throw new Error(`No demo item titled "${title}"`);
  return item.id;
}

/** Presses Post, answering "Post anyway" if the feed has the guard ask first; waits for the post. */
async function post(page: Page, site: Playground): Promise<void> {
  await site.postButton(page).click();
  const guard = page.getByRole('alertdialog');
  await expect.poll(async () => (await guard.isVisible()) || (await postedTexts(page)).length > 0).toBe(true);
  if (await guard.isVisible()) await guard.getByRole('button', { name: 'Post anyway' }).click();
  await expect.poll(() => postedTexts(page)).toHaveLength(1);
}

/**
 * Opens the composer, types `before`, opens the suggestions, inserts the first, types `after`, posts.
 * Every suggestion shown counts once for this opening of the panel.
 */
async function composeAndPost(
  page: Page,
  site: Playground,
  { before, after }: { before: string; after: string },
): Promise<DoneUse[]> {
  await page.goto(site.url);
  const editor = await site.openComposer(page);
  await editor.click();
  if (before) await page.keyboard.type(before);
  await launcher(page).click();
  await expect(panel(page)).toBeVisible();
  await expect(insertButtons(page).first()).toBeEnabled();
  const shown = (await suggestionTitles(page)).map(itemIdOf);
  const inserted = shown[0];
  if (!inserted) throw new Error(`No suggestion shown on ${site.label}`);
  await insertButtons(page).first().click();
  await expect.poll(async () => (await editor.textContent())?.length ?? 0).toBeGreaterThan(before.length + 20);
  if (after) {
    await moveCaret(page, 'Control+End');
    await page.keyboard.type(after);
  }
  await post(page, site);
  const edited = before !== '' || after !== '';
  const use = (kind: DoneUse['kind'], item: string): DoneUse => ({ kind, item, phrasing: 1, network: site.id });
  return [
    ...shown.map((item) => use('suggested', item)),
    use('inserted', inserted),
    use(edited ? 'posted-edited' : 'posted-verbatim', inserted),
  ];
}

/**
 * The session; `secrets.profile` is set as "About you" first, and `secrets.draft` typed into two drafts.
 * Every item starts from its own text (the test install id, test-install-id.mjs), so wording 1 but where the
 * test asks for another.
 */
export async function advocacySession(
  context: BrowserContext,
  page: Page,
  extensionId: string,
  secrets: SessionSecrets,
): Promise<DoneUse[]> {
  const worker = await heraldWorker(context);
  await worker.evaluate((profile) => chrome.storage.local.set({ profile }), secrets.profile);

  const uses: DoneUse[] = [
    ...(await composeAndPost(page, linkedin, { before: '', after: '' })),
    ...(await composeAndPost(page, x, { before: `Proud of this, ${secrets.draft}. `, after: '' })),
    ...(await composeAndPost(page, facebook, { before: '', after: ` In my words: ${secrets.draft}.` })),
  ];

  // The popup: Share a news item on X; Copy a talking point after "Another wording".
  const share = demoFeed.items.find((item) => item.id === 'news-sustainability-report');
  const copy = demoFeed.items.find((item) => item.id === 'tp-hiring-engineers');
  if (!share || !copy) throw new Error('The demo feed lost the items the session shares and copies');
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const popup = await context.newPage();
  await popup.setViewportSize({ width: 380, height: 600 });
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  const [shared] = await Promise.all([
    context.waitForEvent('page'),
    popup.getByRole('article', { name: share.title }).getByRole('button', { name: 'Share on X' }).click(),
  ]);
  await shared.waitForURL((url) => url.protocol === 'https:');
  uses.push({ kind: 'shared', item: share.id, phrasing: 1, network: 'x' });
  await popup.bringToFront();
  await popup.getByRole('tab', { name: 'Talking points' }).click();
  const card = popup.getByRole('article', { name: copy.title });
  await card.getByRole('button', { name: /^Another wording \(1 of/ }).click();
  await expect(card.getByRole('button', { name: /^Another wording \(2 of/ })).toBeVisible();
  await card.getByRole('button', { name: 'Copy' }).click();
  await expect(popup.getByRole('status')).toHaveText(/^Copied/);
  // The profile is in play, or "no profile field in the batch" would hold vacuously: this wording holds {jobTitle}.
  expect(await popup.evaluate(() => navigator.clipboard.readText())).toContain(secrets.profile.jobTitle);
  uses.push({ kind: 'copied', item: copy.id, phrasing: 2, network: null });
  await shared.close();
  await popup.close();
  return uses;
}
