// Issue 14: metrics as IT turns them on, through a real Chromium machine policy (harness/managed-policy.ts,
// as managed-policy.spec.ts deploys one) whose `metrics` key points at an endpoint on 127.0.0.1. After a whole
// session and the e2e build's "send now":
// - format `json`, into the built `herald-feed serve --metrics`: exactly one batch, its counts what the test
//   did, its raw bytes free of draft text, profile fields, the install id and page URLs; `herald-feed report`
//   prints the funnel of what the test did, and Options shows the exact bytes sent;
// - format `plausible`: one event per use, each accepted by a stub of Plausible's Events API;
// - a dead endpoint: the employee sees no error anywhere, and the counts wait for the next send.
// Needs root to write the policy (CI runs as root); elsewhere each test is skipped with the reason.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { test as base, expect } from './fixtures';
import { type MetricsServe, metricsReport, startMetricsServe } from './harness/herald-feed-metrics';
import { heraldWorker, launchHerald } from './harness/launch-herald.mjs';
import { buildWithOwnId, cannotWritePolicy, heraldPolicy, writeMachinePolicy } from './harness/managed-policy';
import { deadPort, type PlausibleStub, startJsonEndpoint, startPlausibleStub } from './harness/metrics-endpoint';
import { playgrounds } from './harness/playgrounds.mjs';
import { advocacySession, DEMO_FEED_ID, type SessionSecrets, sessionSecrets } from './pages/advocacy-session';
import {
  type CountRow,
  countRows,
  type DoneUse,
  type EventDigest,
  funnelRows,
  plausibleDigests,
  sortDigests,
  sortFunnel,
  sortRows,
} from './pages/metrics-counts';
import { sendMetricsNow } from './pages/metrics-hook';
import { carries, recordRequests, recordWorker } from './pages/privacy-recorder';

// Only what this spec calls, in the service worker (no @types/chrome in this project).
declare const chrome: { storage: { local: { get(key: string): Promise<Record<string, unknown>> } } };

type Format = 'json' | 'plausible';
type Deployment = { id: string; extensionDir: string };

const test = base.extend<{
  format: Format;
  /** Where the policy points; set per describe from one of the endpoints below, started before the browser. */
  endpointUrl: string;
  plausibleStub: PlausibleStub;
  /** `herald-feed serve --metrics`, the built CLI, into a SQLite file of the test's own. */
  metricsServe: MetricsServe;
  /** A port nothing listens on until the test starts an endpoint there. */
  deadEndpoint: { port: number; url: string };
  deployment: Deployment;
}>({
  format: ['json', { option: true }],
  endpointUrl: ['', { option: true }],
  // biome-ignore lint/correctness/noEmptyPattern: Playwright requires the destructuring pattern here.
  plausibleStub: async ({}, use) => {
    const stub = await startPlausibleStub();
    await use(stub);
    await stub.close();
  },
  // biome-ignore lint/correctness/noEmptyPattern: Playwright requires the destructuring pattern here.
  metricsServe: async ({}, use) => {
    const work = mkdtempSync(join(tmpdir(), 'herald-metrics-serve-'));
    const serve = await startMetricsServe(work);
    try {
      await use(serve);
    } finally {
      serve.stop();
      rmSync(work, { recursive: true, force: true });
    }
  },
  // biome-ignore lint/correctness/noEmptyPattern: Playwright requires the destructuring pattern here.
  deadEndpoint: async ({}, use) => {
    const port = await deadPort();
    await use({ port, url: `http://127.0.0.1:${port}/metrics` });
  },
  deployment: async ({ endpointUrl, format }, use, testInfo) => {
    const reason = cannotWritePolicy();
    testInfo.skip(reason !== undefined, `Skipped: ${reason}.`);
    const work = mkdtempSync(join(tmpdir(), 'herald-metrics-'));
    let removePolicy = () => {};
    try {
      const deployment = buildWithOwnId(work);
      removePolicy = writeMachinePolicy(
        deployment.id,
        heraldPolicy(deployment.id, { metrics: { endpoint: endpointUrl, format } }),
      );
      await use(deployment);
    } finally {
      removePolicy();
      rmSync(work, { recursive: true, force: true });
    }
  },
  context: async ({ deployment }, use) => {
    const { context } = await launchHerald({ extensionDir: deployment.extensionDir });
    await use(context);
    await context.close();
  },
});

const today = () => new Date().toISOString().slice(0, 10);

/**
 * Waits until Herald has the policy's `metrics` (a fresh profile answers managed storage after a few seconds):
 * the background counts only once it cached the policy, which is what Options shows.
 */
async function metricsPolicyRead(page: Page, extensionId: string, endpointUrl: string): Promise<void> {
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  await expect(page.getByRole('region', { name: 'What Herald reports' })).toContainText(endpointUrl, {
    timeout: 20_000,
  });
}

async function installIdOf(context: BrowserContext): Promise<string> {
  const worker = await heraldWorker(context);
  const { installId } = await worker.evaluate(() => chrome.storage.local.get('installId'));
  if (typeof installId !== 'string') throw new Error('Herald keeps no install id in storage.local `installId`');
  return installId;
}

/** Each secret, and each page's URL or host, found in what was sent (empty when none). */
function secretsIn(body: string, secrets: SessionSecrets, installId: string): string[] {
  const values: [string, string][] = [
    ['the draft', secrets.draft],
    ...Object.entries(secrets.profile).map(([field, value]): [string, string] => [`profile.${field}`, value]),
    ['the install id', installId],
    ...playgrounds.flatMap((site): [string, string][] => [
      [`${site.label}'s URL`, site.url],
      [`${site.label}'s host`, new URL(site.url).host],
    ]),
  ];
  return values.filter(([, value]) => carries(body, value)).map(([name]) => name);
}

type Batch = { schema: string; days: { day: string; counts: CountRow[] }[] };

/** Every count of the batches, one row per feed, item, wording and network of a day. */
function batchRows(bodies: readonly string[]): { days: string[]; rows: CountRow[] } {
  const batches = bodies.map((body) => JSON.parse(body) as Batch);
  for (const batch of batches) expect(batch.schema).toBe('herald-metrics/1');
  const days = batches.flatMap((batch) => batch.days);
  return { days: days.map((day) => day.day), rows: sortRows(days.flatMap((day) => day.counts)) };
}

test.describe('format json, into herald-feed serve --metrics', () => {
  test.use({ format: 'json', endpointUrl: async ({ metricsServe }, use) => use(metricsServe.endpoint) });

  test('after a session, one batch: the counts of what the employee did, and none of their words, profile, id or pages', async ({
    context,
    page,
    extensionId,
    endpointUrl,
    metricsServe,
  }) => {
    await metricsPolicyRead(page, extensionId, endpointUrl);
    const requests = recordRequests(context);
    const secrets = sessionSecrets();
    const uses = await advocacySession(context, page, extensionId, secrets);
    const recorder = await recordWorker(context);
    expect(await sendMetricsNow(context)).toBe('sent');
    // What was sent is gone from the device: asked again, Herald has nothing to send.
    expect(await sendMetricsNow(context)).toBe('nothing');
    const { fetches } = await recorder.read();
    await recorder.stop();

    // Exactly one request, its bytes as the service worker handed them over and as the network carried them.
    expect(fetches.map((fetched) => [fetched.method, fetched.url])).toEqual([['POST', endpointUrl]]);
    const [batch] = fetches;
    if (!batch) throw new Error('no batch');
    expect(JSON.parse(batch.headers)).toMatchObject({ 'content-type': expect.stringMatching(/^application\/json/) });
    expect(requests.filter((request) => request.url === endpointUrl).map((request) => request.body)).toEqual([
      batch.body,
    ]);
    const { days, rows } = batchRows([batch.body]);
    expect(days).toEqual([today()]);
    expect(rows).toEqual(countRows(DEMO_FEED_ID, uses));
    expect(secretsIn(batch.body, secrets, await installIdOf(context))).toEqual([]);
    expect(batch.body).not.toMatch(/https?:/);

    // herald-feed stored it, and its report prints the funnel of what the employee did.
    const report = metricsReport(metricsServe.db).map(
      ({ feed, item, phrasing, suggested, inserted, copied, shared, posted, postedVerbatim, postedEdited }) => ({
        feed,
        item,
        phrasing,
        suggested,
        inserted,
        copied,
        shared,
        posted,
        postedVerbatim,
        postedEdited,
      }),
    );
    expect(sortFunnel(report)).toEqual(funnelRows(DEMO_FEED_ID, uses));

    // The employee sees in Options where it went and the exact bytes sent.
    await page.goto(`chrome-extension://${extensionId}/options.html`);
    const reports = page.getByRole('region', { name: 'What Herald reports' });
    await expect(reports).toContainText(endpointUrl);
    await expect(reports.locator('pre')).toHaveText(batch.body);
  });
});

/** A Plausible event as the count it carries (props as Plausible stores them: scalars). */
function digest(event: PlausibleStub['accepted'][number]): EventDigest {
  const props = event.props ?? {};
  return {
    name: event.name,
    url: event.url,
    item: String(props.item),
    phrasing: Number(props.phrasing),
    // Plausible keeps string props: a Copy, for no network, says "none".
    network: props.network === 'none' ? null : String(props.network),
    edited: event.name === 'Posted' ? String(props.edited) === 'true' : null,
  };
}

test.describe('format plausible', () => {
  test.use({
    format: 'plausible',
    endpointUrl: async ({ plausibleStub }, use) => use(plausibleStub.url('/api/event')),
  });

  test("after a session, one event per use, each accepted by Plausible's Events API", async ({
    context,
    page,
    extensionId,
    endpointUrl,
    plausibleStub: stub,
  }) => {
    await metricsPolicyRead(page, extensionId, endpointUrl);
    const secrets = sessionSecrets();
    const uses = await advocacySession(context, page, extensionId, secrets);
    const outcome = await sendMetricsNow(context);
    expect(stub.refused).toEqual([]);
    expect(outcome).toBe('sent');
    expect(stub.received).toHaveLength(uses.length);
    expect(sortDigests(stub.accepted.map(digest))).toEqual(plausibleDigests(DEMO_FEED_ID, uses));
    for (const event of stub.accepted) {
      expect(event.domain).toBe('herald');
      expect(event.props?.day).toBe(today());
    }
    const installId = await installIdOf(context);
    for (const request of stub.received) {
      expect(secretsIn(request.body, secrets, installId)).toEqual([]);
      expect(request.body).not.toMatch(/https?:/);
    }
  });
});

test.describe('a dead endpoint', () => {
  test.use({ format: 'json', endpointUrl: async ({ deadEndpoint }, use) => use(deadEndpoint.url) });

  test('shows the employee no error, and keeps the counts for the next send', async ({
    context,
    page,
    extensionId,
    endpointUrl,
    deadEndpoint,
  }) => {
    await metricsPolicyRead(page, extensionId, endpointUrl);
    const uses: DoneUse[] = await advocacySession(context, page, extensionId, sessionSecrets());
    expect(await sendMetricsNow(context)).toBe('failed');

    // Nothing in the popup or Options says anything went wrong (and no Herald page logged an error: fixtures.ts).
    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${extensionId}/popup.html`);
    await expect(popup.getByRole('article').first()).toBeVisible();
    await expect(popup.getByRole('alert')).toHaveCount(0);
    await expect(popup.locator('body')).not.toContainText(/error|failed|could not|metrics/i);
    await page.goto(`chrome-extension://${extensionId}/options.html`);
    const reports = page.getByRole('region', { name: 'What Herald reports' });
    await expect(reports).toContainText(endpointUrl);
    await expect(reports).not.toContainText(/error|failed|could not/i);

    // The endpoint is back: the next send carries everything counted before.
    const endpoint = await startJsonEndpoint(deadEndpoint.port);
    try {
      expect(await sendMetricsNow(context)).toBe('sent');
      expect(endpoint.received).toHaveLength(1);
      const [batch] = endpoint.received;
      expect(batchRows([batch?.body ?? '']).rows).toEqual(countRows(DEMO_FEED_ID, uses));
    } finally {
      await endpoint.close();
    }
  });
});
