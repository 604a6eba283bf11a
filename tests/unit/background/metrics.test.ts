import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import demoFeed from '../../../shared/feed/demo-feed.json';
import { parseFeed } from '../../../shared/feed/parse-feed';
import type { MetricsConfig } from '../../../shared/metrics/metrics-config';
import type { Use } from '../../../shared/metrics/use';
import { freshBackgroundAt } from './background-harness';

const NOW = Date.parse('2026-12-03T09:00:00Z');
const DAY = 24 * 60 * 60 * 1000;
const FEED_URL = 'https://comms.example/herald/feed.json';
const KEY = `${FEED_URL}#news-series-b`;
const JSON_ENDPOINT = 'https://analytics.example/herald/metrics';
const PLAUSIBLE_ENDPOINT = 'https://plausible.example/api/event';

type Sent = { url: string; init: RequestInit };

let bg: Awaited<ReturnType<typeof freshBackgroundAt>>;
let metrics: typeof import('../../../utils/background/start-metrics') &
  typeof import('../../../utils/background/metrics-send') &
  typeof import('../../../utils/background/metrics-count');

/** An endpoint answering `status` (or failing like an unreachable host on 0), keeping every request. */
function stubEndpoint(answer: (request: Sent, index: number) => number | Promise<number>) {
  const sent: Sent[] = [];
  vi.stubGlobal('fetch', async (url: string, init: RequestInit) => {
    const request = { url, init };
    sent.push(request);
    const status = await answer(request, sent.length - 1);
    if (status === 0) throw new TypeError('Failed to fetch');
    return new Response(null, { status });
  });
  return sent;
}

async function turnOn(config: MetricsConfig | undefined) {
  await bg.storage.managedConfigCacheItem.setValue(config ? { metrics: config } : {});
}

const use = (kind: Use['kind'], over: Partial<Use> = {}): Use => ({
  kind,
  itemKey: KEY,
  phrasing: 1,
  site: 'linkedin',
  ...over,
});

const count = (given: Use) => bg.messages.sendMessage('countUse', given);

beforeEach(async () => {
  bg = await freshBackgroundAt(NOW);
  const [start, send, countModule] = await Promise.all([
    import('../../../utils/background/start-metrics'),
    import('../../../utils/background/metrics-send'),
    import('../../../utils/background/metrics-count'),
  ]);
  metrics = { ...start, ...send, ...countModule };
  const parsed = parseFeed({ ...demoFeed, publisher: { id: 'lumen', name: 'Lumen' } });
  if (!parsed.ok) throw new Error('the demo feed parses');
  await bg.storage.feedStatesItem.setValue({
    [FEED_URL]: { url: FEED_URL, origin: 'managed', feed: parsed.feed, failures: 0, skipped: [] },
  });
  metrics.startMetrics();
});

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('with no metrics policy', () => {
  it('stores nothing, schedules nothing and sends nothing', async () => {
    const sent = stubEndpoint(() => 200);
    await turnOn(undefined);
    await count(use('inserted'));
    expect(await bg.fakeBrowser.storage.local.get(['metricCounts', 'metricsSchedule', 'metricsLastSent'])).toEqual({});
    expect(await bg.fakeBrowser.alarms.get('herald-metrics')).toBeUndefined();
    expect(await metrics.sendMetrics()).toBe('off');
    expect(sent).toEqual([]);
  });

  it('drops what was counted when IT turns metrics off', async () => {
    await turnOn({ endpoint: JSON_ENDPOINT, format: 'json' });
    await count(use('inserted'));
    expect(await bg.storage.metricCountsItem.getValue()).not.toEqual({});
    await turnOn(undefined);
    await vi.waitFor(async () => expect(await bg.storage.metricCountsItem.getValue()).toEqual({}));
    await vi.waitFor(async () => expect(await bg.fakeBrowser.alarms.get('herald-metrics')).toBeUndefined());
  });
});

describe('the json format', () => {
  beforeEach(() => turnOn({ endpoint: JSON_ENDPOINT, format: 'json' }));

  it('sends one batch of what was counted, without cookie or referrer, and keeps the exact body for Options', async () => {
    const sent = stubEndpoint(() => 204);
    await count(use('suggested'));
    await count(use('inserted'));
    await count(use('posted-edited'));
    await count(use('copied', { site: null, phrasing: 2 }));
    await count(use('inserted', { itemKey: `${FEED_URL}#no-such-item` }));
    await count({ ...use('inserted'), phrasing: 0 });

    expect(await metrics.sendMetrics()).toBe('sent');

    expect(sent).toHaveLength(1);
    const [{ url, init }] = sent as [Sent];
    expect(url).toBe(JSON_ENDPOINT);
    expect(init).toMatchObject({
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      credentials: 'omit',
      referrerPolicy: 'no-referrer',
    });
    const zero = { suggested: 0, inserted: 0, copied: 0, shared: 0, posted: 0, postedVerbatim: 0, postedEdited: 0 };
    expect(JSON.parse(init.body as string)).toEqual({
      schema: 'herald-metrics/1',
      days: [
        {
          day: '2026-12-03',
          counts: [
            {
              feed: 'lumen',
              item: 'news-series-b',
              phrasing: 1,
              network: 'linkedin',
              ...zero,
              suggested: 1,
              inserted: 1,
              posted: 1,
              postedEdited: 1,
            },
            { feed: 'lumen', item: 'news-series-b', phrasing: 2, network: null, ...zero, copied: 1 },
          ],
        },
      ],
    });
    expect(await bg.storage.metricCountsItem.getValue()).toEqual({});
    expect(await bg.storage.metricsLastSentItem.getValue()).toEqual({
      at: NOW,
      endpoint: JSON_ENDPOINT,
      format: 'json',
      body: init.body,
    });
    const next = await bg.fakeBrowser.alarms.get('herald-metrics');
    expect(next?.scheduledTime).toBeGreaterThanOrEqual(Date.parse('2026-12-04T00:00:00Z'));
    expect(next?.scheduledTime).toBeLessThan(Date.parse('2026-12-05T00:00:00Z'));
  });

  it('takes off only what it sent: a use counted during the send stays', async () => {
    let release = () => {};
    const answered = new Promise<void>((resolve) => {
      release = resolve;
    });
    const sent = stubEndpoint(async () => {
      await answered;
      return 200;
    });
    await count(use('inserted'));
    const sending = metrics.sendMetrics();
    await vi.waitFor(() => expect(sent).toHaveLength(1));
    const during = count(use('shared'));
    release();
    expect(await sending).toBe('sent');
    await during;
    const left = Object.values((await bg.storage.metricCountsItem.getValue())['2026-12-03'] ?? {});
    expect(left.map((row) => row.counts)).toEqual([{ shared: 1 }]);
  });

  it('sends nothing when nothing was counted', async () => {
    const sent = stubEndpoint(() => 200);
    expect(await metrics.sendMetrics()).toBe('nothing');
    expect(sent).toEqual([]);
    expect(await bg.storage.metricsLastSentItem.getValue()).toBeNull();
  });

  it('loses nothing to a dead endpoint for 7 days, backs off, surfaces no error, then drops the old days', async () => {
    const warn = vi.spyOn(console, 'warn');
    const error = vi.spyOn(console, 'error');
    const sent = stubEndpoint(() => 0);
    await count(use('inserted'));
    const before = await bg.storage.metricCountsItem.getValue();

    const delays: number[] = [];
    for (let day = 0; day <= 7; day++) {
      for (let attempt = 0; attempt < 3; attempt++) {
        const now = NOW + day * DAY + attempt * 60_000;
        vi.setSystemTime(now);
        expect(await metrics.sendMetrics()).toBe('failed');
        delays.push(((await bg.fakeBrowser.alarms.get('herald-metrics'))?.scheduledTime ?? 0) - now);
        expect(await bg.storage.metricCountsItem.getValue()).toEqual(before);
      }
    }
    expect(sent.length).toBe(24);
    expect((await bg.storage.metricsScheduleItem.getValue())?.failures).toBe(24);
    // Exponential, then capped at six hours: never hammering, never giving up.
    expect(delays[1] ?? 0).toBeGreaterThan(delays[0] ?? 0);
    expect(Math.max(...delays)).toBeLessThanOrEqual(6 * 60 * 60_000);
    expect(await bg.storage.metricsLastSentItem.getValue()).toBeNull();
    expect(warn).not.toHaveBeenCalled();
    expect(error).not.toHaveBeenCalled();

    vi.setSystemTime(NOW + 8 * DAY);
    expect(await metrics.sendMetrics()).toBe('nothing');
    expect(await bg.storage.metricCountsItem.getValue()).toEqual({});
  });

  it('gives up on a request after the timeout and keeps the counts', async () => {
    vi.useFakeTimers({ toFake: ['Date', 'setTimeout', 'clearTimeout'] });
    vi.setSystemTime(NOW);
    vi.stubGlobal(
      'fetch',
      (_url: string, init: RequestInit) =>
        new Promise((_resolve, reject) => init.signal?.addEventListener('abort', () => reject(new Error('aborted')))),
    );
    await count(use('inserted'));
    const sending = metrics.sendMetrics();
    await vi.advanceTimersByTimeAsync(metrics.SEND_TIMEOUT_MS);
    expect(await sending).toBe('failed');
    expect(await bg.storage.metricCountsItem.getValue()).not.toEqual({});
  });

  it('sends when its alarm fires', async () => {
    const sent = stubEndpoint(() => 200);
    await count(use('inserted'));
    const alarm = await bg.fakeBrowser.alarms.get('herald-metrics');
    expect(alarm?.scheduledTime).toBeGreaterThan(NOW);
    await bg.fakeBrowser.alarms.onAlarm.trigger({ name: 'herald-metrics', scheduledTime: NOW });
    await vi.waitFor(() => expect(sent).toHaveLength(1));
  });

  it('brings a missing alarm back at start: an overdue send comes a minute later, a later one keeps its moment', async () => {
    // The alarm turning metrics on set, first: then nothing else is scheduling.
    await vi.waitFor(async () => expect(await bg.fakeBrowser.alarms.get('herald-metrics')).toBeDefined());
    const restart = async (nextAt: number) => {
      await bg.fakeBrowser.alarms.clearAll();
      await bg.storage.metricsScheduleItem.setValue({ nextAt, failures: 2 });
      const { ensureMetricsAlarm } = await import('../../../utils/background/metrics-schedule');
      await ensureMetricsAlarm(NOW);
      return (await bg.fakeBrowser.alarms.get('herald-metrics'))?.scheduledTime;
    };
    expect(await restart(NOW - DAY)).toBe(NOW + 60_000);
    expect(await restart(NOW + 3 * 60 * 60_000)).toBe(NOW + 3 * 60 * 60_000);
    expect((await bg.storage.metricsScheduleItem.getValue())?.failures).toBe(2);
  });

  it('has no send-now hook outside the e2e build', () => {
    expect(metrics.SEND_NOW_HOOK in globalThis).toBe(false);
  });
});

describe('the plausible format', () => {
  beforeEach(() => turnOn({ endpoint: PLAUSIBLE_ENDPOINT, format: 'plausible', domain: 'lumen.example' }));

  it('posts one event per use, and keeps the ones not accepted for the next send', async () => {
    const sent = stubEndpoint((_request, index) => (index < 2 ? 202 : 0));
    await count(use('inserted'));
    await count(use('inserted'));
    await count(use('posted-verbatim'));

    expect(await metrics.sendMetrics()).toBe('failed');

    const bodies = sent.map(({ init }) => init.body as string);
    expect(sent.map(({ url }) => url)).toEqual([PLAUSIBLE_ENDPOINT, PLAUSIBLE_ENDPOINT, PLAUSIBLE_ENDPOINT]);
    // A simple request, as Plausible's own script sends: no CORS preflight, which /api/event does not answer.
    expect(sent.map(({ init }) => new Headers(init.headers).get('content-type'))).toEqual([
      'text/plain',
      'text/plain',
      'text/plain',
    ]);
    expect(JSON.parse(bodies[0] ?? '')).toEqual({
      name: 'Inserted',
      url: 'app://herald/lumen/news-series-b',
      domain: 'lumen.example',
      props: { item: 'news-series-b', phrasing: '1', network: 'linkedin', day: '2026-12-03' },
    });
    expect(JSON.parse(bodies[2] ?? '').props.edited).toBe('false');
    const left = Object.values((await bg.storage.metricCountsItem.getValue())['2026-12-03'] ?? {});
    expect(left.map((row) => row.counts)).toEqual([{ 'posted-verbatim': 1 }]);
    expect((await bg.storage.metricsLastSentItem.getValue())?.body).toBe(`${bodies[0]}\n${bodies[1]}`);

    stubEndpoint(() => 202);
    expect(await metrics.sendMetrics()).toBe('sent');
    expect(await bg.storage.metricCountsItem.getValue()).toEqual({});
  });
});

describe('startBackground', () => {
  it('counts uses once started', async () => {
    const fresh = await freshBackgroundAt(NOW);
    fresh.startBackground();
    const parsed = parseFeed(demoFeed);
    if (!parsed.ok) throw new Error('the demo feed parses');
    await fresh.storage.feedStatesItem.setValue({
      [FEED_URL]: { url: FEED_URL, origin: 'managed', feed: parsed.feed, failures: 0, skipped: [] },
    });
    await fresh.storage.managedConfigCacheItem.setValue({ metrics: { endpoint: JSON_ENDPOINT, format: 'json' } });
    await fresh.messages.sendMessage('countUse', use('shared'));
    const rows = Object.values((await fresh.storage.metricCountsItem.getValue())['2026-12-03'] ?? {});
    expect(rows.map(({ feed, item }) => `${feed}/${item}`)).toEqual(['lumen-demo/news-series-b']);
  });
});
