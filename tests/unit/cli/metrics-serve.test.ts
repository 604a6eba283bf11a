import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { type MetricsStore, openMetricsStore } from '../../../cli/src/metrics/metrics-db';
import { type FeedServer, startFeedServer } from '../../../cli/src/serve/feed-server';
import { MAX_METRICS_BYTES, METRICS_PATH, metricsRoute } from '../../../cli/src/serve/metrics-endpoint';
import type { MetricsBatch, MetricsCount } from '../../../shared/metrics/batch-schema';
import { herald, tempDirsRemovedAfterEach } from './cli-harness';

// `herald-feed serve --metrics` stores Herald's json batches; `herald-feed report` prints what was stored.

const tempDir = tempDirsRemovedAfterEach();
const running: { server: FeedServer; store: MetricsStore }[] = [];

afterEach(async () => {
  for (const { server, store } of running.splice(0)) {
    await server.close();
    store.close();
  }
});

/** What `serve <folder> --metrics <file>` starts, on a free port. */
async function serveMetrics(file: string, maxBytes?: number) {
  const store = await openMetricsStore(file, 'metrics.db');
  const server = await startFeedServer({
    root: join(file, '..'),
    port: 0,
    routes: { [METRICS_PATH]: metricsRoute(store, maxBytes) },
  });
  const started = { server, store };
  running.push(started);
  return {
    url: `${server.origin}/metrics`,
    stop: async () => {
      running.splice(running.indexOf(started), 1);
      await server.close();
      store.close();
    },
  };
}

const zero = { suggested: 0, inserted: 0, copied: 0, shared: 0, posted: 0, postedVerbatim: 0, postedEdited: 0 };
const count = (fields: Partial<MetricsCount>): MetricsCount => ({
  feed: 'lumen',
  item: 'series-b',
  phrasing: 1,
  network: 'linkedin',
  ...zero,
  ...fields,
});

const BATCH: MetricsBatch = {
  schema: 'herald-metrics/1',
  days: [
    {
      day: '2026-11-30',
      counts: [
        count({ suggested: 10, inserted: 4, posted: 3, postedVerbatim: 2, postedEdited: 1, shared: 1 }),
        count({ phrasing: 2, network: 'x', suggested: 5, inserted: 1, posted: 1, postedEdited: 1 }),
        count({ network: null, copied: 2 }),
      ],
    },
    { day: '2026-12-01', counts: [count({ item: 'hiring', suggested: 3 })] },
  ],
};

const post = (url: string, body: unknown, type = 'application/json') =>
  fetch(url, { method: 'POST', headers: { 'content-type': type }, body: JSON.stringify(body) });

async function reportJson(file: string, ...args: string[]) {
  const run = await herald(['report', file, '--json', ...args]);
  expect(run.err).toBe('');
  expect(run.code).toBe(0);
  return JSON.parse(run.out);
}

describe('herald-feed serve --metrics', () => {
  it('stores a batch POSTed to /metrics, and report prints its funnel per item and wording', async () => {
    const file = join(await tempDir(), 'metrics.db');
    const { url } = await serveMetrics(file);
    const response = await post(url, BATCH);
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBe('*');

    const run = await herald(['report', file]);
    expect(run.code).toBe(0);
    expect(run.out).toContain('Herald metrics from 2026-11-30 to 2026-12-01');
    const table = run.out.split('\n').filter((line) => /^(feed|lumen|total) /.test(line));
    expect(table).toEqual([
      'feed   item      wording  suggested  inserted  ins.%  posted  post.%  verbatim  edited  verb.%  copied  shared',
      'lumen  hiring    1                3         0     0%       0       -         0       0       -       0       0',
      'lumen  series-b  1               10         4    40%       3     75%         2       1     67%       2       1',
      'lumen  series-b  2                5         1    20%       1    100%         0       1      0%       0       0',
      'total                            18         5    28%       4     80%         2       2     50%       2       1',
    ]);
  });

  it('gives report --json: each wording with its counts and rates, and the total', async () => {
    const file = join(await tempDir(), 'metrics.db');
    await post((await serveMetrics(file)).url, BATCH);
    const report = await reportJson(file);
    expect(report.from).toBe('2026-11-30');
    expect(report.to).toBe('2026-12-01');
    expect(report.rows).toHaveLength(3);
    expect(report.rows[1]).toEqual({
      feed: 'lumen',
      item: 'series-b',
      phrasing: 1,
      suggested: 10,
      inserted: 4,
      posted: 3,
      postedVerbatim: 2,
      postedEdited: 1,
      copied: 2,
      shared: 1,
      insertRate: 0.4,
      postRate: 0.75,
      verbatimRate: 2 / 3,
    });
    expect(report.rows[0]).toMatchObject({ item: 'hiring', insertRate: 0, postRate: null, verbatimRate: null });
    expect(report.total).toMatchObject({ suggested: 18, inserted: 5, posted: 4, copied: 2, shared: 1 });
  });

  it('adds up repeated batches for the same day, item, wording and network', async () => {
    const file = join(await tempDir(), 'metrics.db');
    const { url } = await serveMetrics(file);
    expect((await post(url, BATCH)).status).toBe(204);
    expect((await post(url, BATCH)).status).toBe(204);
    const { rows } = await reportJson(file);
    expect(rows[1]).toMatchObject({ suggested: 20, inserted: 8, postedVerbatim: 4, postedEdited: 2, copied: 4 });
    expect(rows[2]).toMatchObject({ suggested: 10, inserted: 2, postedEdited: 2 });
  });

  it('stores batches that arrive at once, one after the other', async () => {
    const file = join(await tempDir(), 'metrics.db');
    const { url } = await serveMetrics(file);
    const statuses = await Promise.all(Array.from({ length: 6 }, () => post(url, BATCH).then((r) => r.status)));
    expect(statuses).toEqual(Array(6).fill(204));
    expect((await reportJson(file)).total.suggested).toBe(6 * 18);
  });

  it('keeps the counts across a restart, and adds to them', async () => {
    const file = join(await tempDir(), 'metrics.db');
    const first = await serveMetrics(file);
    await post(first.url, BATCH);
    await first.stop();
    expect((await reportJson(file)).total.suggested).toBe(18);
    const second = await serveMetrics(file);
    await post(second.url, {
      schema: 'herald-metrics/1',
      days: [{ day: '2026-12-01', counts: [count({ item: 'hiring', suggested: 2 })] }],
    });
    const report = await reportJson(file);
    expect(report.rows[0]).toMatchObject({ item: 'hiring', suggested: 5 });
    expect(report.total.suggested).toBe(20);
  });

  it('stores nothing of a batch it could not write, so a retry of the sender is not counted twice', async () => {
    const dir = await tempDir();
    const file = join(dir, 'metrics.db');
    const { url } = await serveMetrics(file);
    // A folder where the file was: the rename onto it fails, as a full or read-only disk would.
    await rm(file);
    await mkdir(join(file, 'in-the-way'), { recursive: true });
    expect((await post(url, BATCH)).status).toBe(500);
    await rm(file, { recursive: true });
    expect((await post(url, BATCH)).status).toBe(204);
    expect((await reportJson(file)).total.suggested).toBe(18);
    expect(await readdir(dir)).toEqual(['metrics.db']);
  });

  it.each([
    ['not JSON', '{"schema":', /the body is not JSON/],
    ['another schema', { ...BATCH, schema: 'herald-metrics/2' }, /schema: "schema" must be "herald-metrics\/1"/],
    [
      'posted that is not verbatim + edited',
      { schema: 'herald-metrics/1', days: [{ day: '2026-12-01', counts: [count({ posted: 2, postedVerbatim: 1 })] }] },
      /days\[0\]\.counts\[0\]\.posted: "posted" must be/,
    ],
    [
      'a day that does not exist',
      { schema: 'herald-metrics/1', days: [{ day: '2026-02-30', counts: [] }] },
      /days\[0\]\.day/,
    ],
    [
      'a negative count',
      { schema: 'herald-metrics/1', days: [{ day: '2026-12-01', counts: [count({ copied: -1 })] }] },
      /days\[0\]\.counts\[0\]\.copied/,
    ],
    [
      'wording 0',
      { schema: 'herald-metrics/1', days: [{ day: '2026-12-01', counts: [count({ phrasing: 0 })] }] },
      /phrasing/,
    ],
    [
      'an unknown network',
      { schema: 'herald-metrics/1', days: [{ day: '2026-12-01', counts: [count({ network: 'myspace' as 'x' })] }] },
      /network/,
    ],
    [
      'a field the schema does not name (a draft)',
      {
        schema: 'herald-metrics/1',
        days: [{ day: '2026-12-01', counts: [{ ...count({}), draft: 'Proud of the team' }] }],
      },
      /draft/,
    ],
  ])('refuses %s with 400 and a clear message, and stores nothing', async (_name, body, message) => {
    const file = join(await tempDir(), 'metrics.db');
    const { url } = await serveMetrics(file);
    const before = await readFile(file);
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });
    expect(response.status).toBe(400);
    expect(await response.text()).toMatch(message);
    expect(await readFile(file)).toEqual(before);
    expect((await reportJson(file)).rows).toEqual([]);
  });

  it('refuses a batch that is not sent as application/json (415)', async () => {
    const file = join(await tempDir(), 'metrics.db');
    const response = await post((await serveMetrics(file)).url, BATCH, 'text/plain');
    expect(response.status).toBe(415);
    expect((await reportJson(file)).rows).toEqual([]);
  });

  it('refuses a body larger than the cap (413), by its length or as it streams in', async () => {
    const file = join(await tempDir(), 'metrics.db');
    const { url } = await serveMetrics(file);
    const huge = { ...BATCH, padding: 'x'.repeat(MAX_METRICS_BYTES) };
    expect((await post(url, huge)).status).toBe(413);
    const small = await serveMetrics(join(await tempDir(), 'small.db'), 100);
    const streamed = await new Promise<number>((done, fail) => {
      const target = new URL(small.url);
      const req = request(
        {
          host: target.hostname,
          port: target.port,
          path: '/metrics',
          method: 'POST',
          headers: { 'content-type': 'application/json', 'transfer-encoding': 'chunked' },
        },
        (response) => {
          response.resume();
          done(response.statusCode ?? 0);
        },
      );
      req.on('error', fail);
      req.write(JSON.stringify(BATCH).slice(0, 80));
      req.end(JSON.stringify(BATCH).slice(80));
    });
    expect(streamed).toBe(413);
    expect((await reportJson(file)).rows).toEqual([]);
  });

  it('answers the CORS preflight of a POST with Content-Type application/json', async () => {
    const { url } = await serveMetrics(join(await tempDir(), 'metrics.db'));
    const preflight = await fetch(url, {
      method: 'OPTIONS',
      headers: {
        origin: 'chrome-extension://abcdefghijklmnop',
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type',
      },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe('*');
    expect(preflight.headers.get('access-control-allow-methods')).toContain('POST');
    expect(preflight.headers.get('access-control-allow-headers')).toContain('content-type');
    expect((await fetch(url)).status).toBe(405);
  });

  it('serves no /metrics without --metrics: POST stays refused', async () => {
    const root = await tempDir();
    const server = await startFeedServer({ root, port: 0 });
    try {
      expect((await post(`${server.origin}/metrics`, BATCH)).status).toBe(405);
    } finally {
      await server.close();
    }
  });

  it('will not start on a file that is not its metrics database', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, 'notes.txt'), 'shopping list\n'.repeat(100));
    const run = await herald(['serve', dir, '--metrics', join(dir, 'notes.txt'), '-p', '0']);
    expect(run.code).toBe(1);
    expect(run.err).toMatch(/notes\.txt: not a SQLite database$/);
  });
});
