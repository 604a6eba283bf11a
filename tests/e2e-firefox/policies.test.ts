// IT's deployment in Firefox, done for real: docs/examples/firefox-policies.json's `3rdparty` configuration,
// with this run's signed feed and key, in the policies.json of the Firefox under test, and Firefox started on
// it (Firefox reads enterprise policies only at start, so this is a Firefox of its own). Herald must read it as
// managed storage, sync the signed feed as the organisation's, lock what IT set, and stay off Facebook.
//
// The file is machine-wide (Firefox's installation folder): it is written for this test only, refused if one is
// already there, and removed at the end. Writing there needs root (CI runs as root).
import {
  accessSync,
  constants,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  realpathSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { Browser, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startFeedServer } from '../../cli/src/serve/feed-server';
import { generateSigningKey, readSigningKey, signFeed } from '../../cli/src/signing';
import demoFeed from '../../shared/feed/demo-feed.json' with { type: 'json' };
import type { Feed } from '../../shared/feed/schema';
import { repoRoot } from '../e2e/harness/paths.mjs';
import { composerParts } from '../e2e/harness/playgrounds.mjs';
import {
  ADDON_ID,
  firefoxExecutable,
  firefoxMissing,
  launchFirefox,
  newSitePage,
  openExtensionPage,
} from './harness/firefox';
import { startDraft, visible } from './harness/herald-ui';

const examplePath = join(repoRoot, 'docs/examples/firefox-policies.json');
const publisherName = 'Acme Harbour Logistics';
const headline = 'Acme opens a harbour robotics lab in Lisbon';
// Linux's system-wide policies, which Firefox prefers to the installation folder's when present.
const systemPolicies = '/etc/firefox/policies/policies.json';

/** Where this Firefox reads policies.json: `distribution/` beside the real binary. */
function policiesPath(): string {
  return join(dirname(realpathSync(firefoxExecutable())), 'distribution/policies.json');
}

/** Why this machine cannot run the test, or undefined when it can. */
function cannotWritePolicies(): string | undefined {
  const missing = firefoxMissing();
  if (missing) return missing;
  if (existsSync(systemPolicies)) return `${systemPolicies} exists and would take precedence`;
  const path = policiesPath();
  if (existsSync(path)) return `${path} already exists: it is not this test's to replace`;
  try {
    mkdirSync(dirname(path), { recursive: true });
    accessSync(dirname(path), constants.W_OK);
    return undefined;
  } catch {
    return `writing ${path} needs root (CI runs as root)`;
  }
}

type ManagedConfig = Record<string, unknown> & { feedUrls: string[]; feedPublicKeys: string[] };

/**
 * The comms team's side: the feed and its signature in `dir`, as `herald-feed build` and `sign` leave them.
 * The one place this suite signs a feed.
 */
async function writeSignedFeed(dir: string, feed: Feed, feedUrl: string): Promise<{ publicKey: string }> {
  const bytes = Buffer.from(JSON.stringify(feed));
  const signer = generateSigningKey();
  const signature = await signFeed(bytes, [{ kind: 'url', value: feedUrl }], readSigningKey(signer.privatePem, 'key'));
  mkdirSync(join(dir, 'herald'), { recursive: true });
  writeFileSync(join(dir, 'herald/feed.json'), bytes);
  writeFileSync(join(dir, 'herald/feed.json.sig'), signature);
  return { publicKey: signer.publicKey };
}

/** The doc's example, its `3rdparty` part only (nothing to download), with this run's feed and key. */
function examplePolicies(feedUrl: string, publicKey: string): { config: ManagedConfig; policies: object } {
  const example = JSON.parse(readFileSync(examplePath, 'utf8'));
  const config: ManagedConfig | undefined = example.policies['3rdparty'].Extensions[ADDON_ID];
  if (!config) throw new Error(`${examplePath} no longer configures ${ADDON_ID}`);
  const ours: ManagedConfig = { ...config, feedUrls: [feedUrl], feedPublicKeys: [publicKey] };
  return { config: ours, policies: { policies: { '3rdparty': { Extensions: { [ADDON_ID]: ours } } } } };
}

const reason = cannotWritePolicies();
if (reason && process.env.CI) throw new Error(`The Firefox policies test cannot run: ${reason}.`);
if (reason) console.warn(`The Firefox policies test is skipped: ${reason}.`);

describe.skipIf(reason)('IT’s policies.json in Firefox', () => {
  let browser: Browser;
  let config: ManagedConfig;
  let feedUrl: string;
  const work = mkdtempSync(join(tmpdir(), 'herald-firefox-policies-'));
  let closeServer = async () => {};
  let written = '';

  beforeAll(async () => {
    const feed: Feed = {
      ...(demoFeed as Feed),
      publisher: { id: 'acme', name: publisherName },
      items: demoFeed.items.map((item, index) => (index === 0 ? { ...item, title: headline } : item)) as Feed['items'],
    };
    mkdirSync(join(work, 'site'), { recursive: true });
    const server = await startFeedServer({ root: join(work, 'site'), port: 0 });
    closeServer = server.close;
    feedUrl = `${server.origin}/herald/feed.json`;
    const { publicKey } = await writeSignedFeed(join(work, 'site'), feed, feedUrl);
    const example = examplePolicies(feedUrl, publicKey);
    config = example.config;
    written = policiesPath();
    writeFileSync(written, JSON.stringify(example.policies, null, 2));
    try {
      browser = await launchFirefox();
    } finally {
      // Read at start: no other Firefox on this machine should pick it up.
      rmSync(written, { force: true });
    }
  });
  afterAll(async () => {
    await browser?.close();
    if (written) rmSync(written, { force: true });
    await closeServer();
    rmSync(work, { recursive: true, force: true });
  });

  test('Herald reads the configuration, syncs the signed feed as the organisation’s and locks what IT set', async () => {
    const options = await openExtensionPage(browser, 'options.html');
    const managed = () =>
      options.evaluate(() =>
        (
          globalThis as unknown as { browser: { storage: { managed: { get(): Promise<object> } } } }
        ).browser.storage.managed.get(),
      );
    await expect.poll(managed).toEqual(config);

    const row = () =>
      options.$$eval(
        'li.feed-row',
        (rows, name) => rows.find((li) => li.textContent?.includes(name))?.textContent ?? '',
        publisherName,
      );
    await expect.poll(row, { timeout: 20_000 }).toMatch(/Last synced/);
    const rowText = await row();
    expect(rowText).toContain('Set by your organisation');
    expect(rowText).toContain(feedUrl);
    expect(rowText).not.toContain('Last error');
    await options.waitForSelector('::-p-text(Your organisation manages Herald’s feeds)');
    expect(await options.$('#feed-url')).toBeNull();
    expect(await disabledValue(options, '#sync-interval')).toEqual({
      disabled: true,
      value: String(config.syncIntervalMinutes),
    });
    expect(
      await options.$eval('#site-facebook', (box) => ({
        disabled: (box as HTMLInputElement).disabled,
        checked: (box as HTMLInputElement).checked,
      })),
    ).toEqual({ disabled: true, checked: false });
    await options.close();

    const popup = await openExtensionPage(browser, 'popup.html');
    await popup.waitForSelector(`::-p-text(${headline})`);
    await popup.close();
  });

  test('Herald stays off Facebook, as the policy says, and works on LinkedIn', async () => {
    expect(config.disabledSites).toEqual(['facebook']);
    const page = await newSitePage(browser);
    await startDraft(page, composerParts.linkedin, 'Hello');
    await visible(page, 'herald-composer-ui >>> button.launcher');

    await startDraft(page, composerParts.facebook, 'Hello');
    await visible(page, `${composerParts.facebook.postButton}:not([aria-disabled="true"])`);
    expect(await page.$('herald-composer-ui')).toBeNull();
    await page.close();
  });
});

function disabledValue(page: Page, selector: string): Promise<{ disabled: boolean; value: string }> {
  return page.$eval(selector, (input) => ({
    disabled: (input as HTMLInputElement).disabled,
    value: (input as HTMLInputElement).value,
  }));
}
