// The deployment docs/deploy.md describes, done for real: a policy file in Chromium's machine policy folder
// (/etc/chromium/policies/managed, as IT's configuration management would write it), the example from
// docs/examples/chromium-managed-policy.json with this run's feed, key and extension id in it, and Chromium
// started on it. Herald must read the policy, sync the signed company feed, show it as the organisation's,
// lock what IT set, and stay off the site IT switched off.
//
// Writing there needs root (CI runs as root); elsewhere the test is skipped with a message. The file is
// machine-wide, so this run's copy of the build gets a key of its own (harness/managed-policy.ts).
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startFeedServer } from '../../cli/src/serve/feed-server';
import { generateSigningKey, readSigningKey, signFeed } from '../../cli/src/signing';
import demoFeed from '../../shared/feed/demo-feed.json' with { type: 'json' };
import { UNPACKED_EXTENSION_ID } from '../build/extension-id';
import { test as base, expect } from './fixtures';
import { launchHerald } from './harness/launch-herald.mjs';
import { buildWithOwnId, cannotWritePolicy, writeMachinePolicy } from './harness/managed-policy';
import { repoRoot } from './harness/paths.mjs';
import { facebook, linkedin, startDraft } from './harness/playgrounds.mjs';

// Only what this spec calls, evaluated in an extension page (no @types/chrome in this project).
declare const chrome: { storage: { managed: { get(): Promise<Record<string, unknown>> } } };

const examplePath = join(repoRoot, 'docs/examples/chromium-managed-policy.json');
const publisherName = 'Acme Harbour Logistics';
const headline = 'Acme opens a harbour robotics lab in Lisbon';

type PolicyConfig = Record<string, unknown> & { feedUrls: string[]; feedPublicKeys: string[] };

/** The doc's example policy, for another extension id, feed and signing key. */
function examplePolicyFor(id: string, feedUrl: string, publicKey: string) {
  const example = JSON.parse(readFileSync(examplePath, 'utf8'));
  const config: PolicyConfig = example['3rdparty'].extensions[UNPACKED_EXTENSION_ID];
  if (!config) throw new Error(`${examplePath} no longer configures ${UNPACKED_EXTENSION_ID}`);
  const ours: PolicyConfig = { ...config, feedUrls: [feedUrl], feedPublicKeys: [publicKey] };
  return { config: ours, policy: { ...example, '3rdparty': { extensions: { [id]: ours } } } };
}

interface Deployment {
  /** Known before Chromium starts, from the key put into this run's manifest. */
  id: string;
  extensionDir: string;
  feedUrl: string;
  config: PolicyConfig;
  /** Uploads a feed and its signature, for `signedFor` (default: the feed's own URL). */
  publish(content: Uint8Array, signedFor?: string): Promise<void>;
}

const test = base.extend<{ deployment: Deployment }>({
  // biome-ignore lint/correctness/noEmptyPattern: Playwright requires the destructuring pattern here.
  deployment: async ({}, use, testInfo) => {
    const reason = cannotWritePolicy();
    testInfo.skip(reason !== undefined, `Skipped: ${reason}.`);
    const work = mkdtempSync(join(tmpdir(), 'herald-managed-'));
    const server = { close: async () => {} };
    let removePolicy = () => {};
    try {
      const { id, extensionDir: ourBuild } = buildWithOwnId(work);

      // The comms team's side: a signed feed on a static host with CORS (herald-feed's own server).
      const feed = {
        ...demoFeed,
        publisher: { id: 'acme', name: publisherName },
        items: demoFeed.items.map((item, index) => (index === 0 ? { ...item, title: headline } : item)),
      };
      const bytes = Buffer.from(JSON.stringify(feed));
      const signer = generateSigningKey();
      const signingKey = readSigningKey(signer.privatePem, 'key');
      mkdirSync(join(work, 'site/herald'), { recursive: true });
      writeFileSync(join(work, 'site/herald/feed.json'), bytes);
      const started = await startFeedServer({ root: join(work, 'site'), port: 0 });
      server.close = started.close;
      const feedUrl = `${started.origin}/herald/feed.json`;
      // Signed for the address Herald fetches: the signature binds the bytes to it.
      const publish = async (content: Uint8Array, signedFor = feedUrl) => {
        writeFileSync(join(work, 'site/herald/feed.json'), content);
        const sig = await signFeed(content, [{ kind: 'url', value: signedFor }], signingKey);
        writeFileSync(join(work, 'site/herald/feed.json.sig'), sig);
      };
      await publish(bytes);

      // IT's side: the policy file, before the browser starts.
      const { config, policy } = examplePolicyFor(id, feedUrl, signer.publicKey);
      removePolicy = writeMachinePolicy(id, policy);

      await use({ id, extensionDir: ourBuild, feedUrl, config, publish });
    } finally {
      removePolicy();
      await server.close();
      rmSync(work, { recursive: true, force: true });
    }
  },
  context: async ({ deployment }, use) => {
    const { context } = await launchHerald({ extensionDir: deployment.extensionDir });
    await use(context);
    await context.close();
  },
});

test('the policy from docs/deploy.md gives the employee the organisation’s signed feed, fixed and locked', async ({
  context,
  page,
  extensionId,
  deployment,
}) => {
  expect(extensionId).toBe(deployment.id);
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  // Chromium answers managed storage only after a few seconds on a fresh profile.
  await expect
    .poll(() => page.evaluate(() => chrome.storage.managed.get()), { timeout: 20_000 })
    .toEqual(deployment.config);

  const feeds = page.getByRole('region', { name: 'Feeds' });
  const row = feeds.getByRole('listitem').filter({ hasText: publisherName });
  await expect(row).toContainText('Set by your organisation', { timeout: 20_000 });
  await expect(row).toContainText(deployment.feedUrl);
  await expect(row).toContainText(/Last synced/);
  await expect(row).not.toContainText('Last error');
  await expect(row.getByRole('button', { name: /Remove/ })).toHaveCount(0);
  await expect(feeds.getByRole('listitem').filter({ hasText: 'Demo content' })).toHaveCount(0);
  // allowUserFeeds: false
  await expect(page.getByText('Your organisation manages Herald’s feeds')).toBeVisible();
  await expect(page.getByLabel('Feed URL')).toHaveCount(0);
  // syncIntervalMinutes and disabledSites
  const interval = page.getByLabel('Check for new content every');
  await expect(interval).toBeDisabled();
  await expect(interval).toHaveValue(String(deployment.config.syncIntervalMinutes));
  await expect(page.getByRole('checkbox', { name: 'Herald on Facebook' })).toBeDisabled();
  await expect(page.getByRole('checkbox', { name: 'Herald on Facebook' })).not.toBeChecked();

  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  await expect(popup.getByRole('heading', { name: headline })).toBeVisible();
});

/** Options, once Herald holds the organisation's signed feed; returns the feed's row. */
async function optionsWithSignedFeed(page: import('@playwright/test').Page, extensionId: string) {
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  const row = page.getByRole('region', { name: 'Feeds' }).getByRole('listitem').filter({ hasText: publisherName });
  await expect(row).toContainText(/Last synced/, { timeout: 20_000 });
  await expect(row).not.toContainText('Last error');
  return row;
}

const feedOf = (updatedAt: string, title: string) =>
  Buffer.from(
    JSON.stringify({
      ...demoFeed,
      updatedAt,
      publisher: { id: 'acme', name: publisherName },
      items: demoFeed.items.map((item, index) => (index === 0 ? { ...item, title } : item)),
    }),
  );

// Issue 15, item 3: a compromised host replays an older file it once served, validly signed.
test('a replayed older signed feed is refused and reported; the newer one stays', async ({
  context,
  page,
  extensionId,
  deployment,
}) => {
  const row = await optionsWithSignedFeed(page, extensionId);
  await deployment.publish(feedOf('2026-11-01T09:00:00Z', 'An old announcement, withdrawn since'));
  await page.getByRole('button', { name: 'Sync now' }).click();

  await expect(row).toContainText(/Last error.*refused an older signed feed \(updatedAt 2026-11-01T09:00:00Z\)/);
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  await expect(popup.getByRole('heading', { name: headline })).toBeVisible();
  await expect(popup.getByRole('heading', { name: 'An old announcement, withdrawn since' })).toHaveCount(0);
});

// Issue 15, item 3: bytes validly signed for another feed (another team's, another URL) served as this one.
test('a feed signed for another URL is refused', async ({ context, page, extensionId, deployment }) => {
  const row = await optionsWithSignedFeed(page, extensionId);
  const otherUrl = new URL('/herald/other-team.json', deployment.feedUrl).href;
  await deployment.publish(feedOf('2026-12-24T09:00:00Z', 'Another team’s news'), otherUrl);
  await page.getByRole('button', { name: 'Sync now' }).click();

  await expect(row).toContainText(`the signature is for ${otherUrl}, not for ${deployment.feedUrl}`);
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  await expect(popup.getByRole('heading', { name: headline })).toBeVisible();
  await expect(popup.getByRole('heading', { name: 'Another team’s news' })).toHaveCount(0);
});

test('Herald stays off the site the policy switches off, and works on the others', async ({
  context,
  page,
  extensionId,
  deployment,
}) => {
  expect(deployment.config.disabledSites).toEqual(['facebook']);
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await expect(options.getByRole('checkbox', { name: 'Herald on Facebook' })).toBeDisabled({ timeout: 20_000 });

  await page.goto(linkedin.url);
  await (await linkedin.openComposer(page)).click();
  await expect(page.getByRole('button', { name: /Herald/ })).toBeVisible();

  await startDraft(page, facebook, 'Hello');
  await expect(facebook.postButton(page)).toBeEnabled();
  await expect(page.getByRole('button', { name: /Herald/ })).toHaveCount(0);
  await expect(page.locator('herald-composer-ui')).toHaveCount(0);
});
