import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import demoFeed from '../../../shared/feed/demo-feed.json';
import { parseFeed } from '../../../shared/feed/parse-feed';
import { type Feed, isAllowedUrl } from '../../../shared/feed/schema';
import type { FeedState } from '../../../shared/sync/feed-state';
import { type FetchLike, type FetchOutcome, fetchFeed } from '../../../shared/sync/fetch-feed';
import { nextFeedState } from '../../../shared/sync/next-feed-state';
import { type SyncDeps, syncFeeds } from '../../../shared/sync/sync-feeds';
import { hostileJson, hostileString, labelled, preview, runs } from './hostile';
import { mutatedFeed } from './mutated-feed';

const FEED_URL = 'https://feeds.example.com/feed.json';
const MAX_BYTES = 64 * 1024;
const TIMEOUT_MS = 20;

/** What the fake server does with one request. */
type Reply =
  | { kind: 'answer'; status: number; body: string | Uint8Array<ArrayBuffer> | null; headers: [string, string][] }
  | { kind: 'stream-error'; after: string }
  | { kind: 'throw'; error: unknown }
  | { kind: 'reject'; error: unknown }
  | { kind: 'hang' };

/** Header values a server may send; only what `Headers` accepts (a real fetch never gives anything else). */
const headerValue = fc.oneof(
  fc.constantFrom(
    '-1',
    'abc',
    '0',
    '1e3',
    '99999999999',
    '',
    ' 5 ',
    '"etag"',
    'W/"x"',
    'Thu, 01 Jan 1970 00:00:00 GMT',
  ),
  fc.string({ unit: 'binary-ascii', maxLength: 20 }),
);
const header = fc
  .tuple(fc.constantFrom('content-length', 'etag', 'last-modified', 'content-type', 'x-anything'), headerValue)
  .filter(([name, value]) => {
    try {
      new Headers([[name, value]]);
      return true;
    } catch {
      return false;
    }
  });

const body = fc.oneof(
  fc.constant(JSON.stringify(demoFeed)),
  mutatedFeed.map((feed) => JSON.stringify(feed)),
  hostileString,
  hostileJson.map((value) => JSON.stringify(value) ?? 'null'),
  fc.integer({ min: 100, max: 200_000 }).map((depth) => `${'['.repeat(depth)}${']'.repeat(depth)}`),
  fc.integer({ min: 1_000, max: 100_000 }).map((depth) => '['.repeat(depth)),
  fc.constant(`\uFEFF${JSON.stringify(demoFeed)}`),
  fc.constant(`{"version":1,"items":[${'"x",'.repeat(MAX_BYTES / 4)}"x"]}`),
  fc.uint8Array({ maxLength: 64 }).map((bytes) => Uint8Array.from(bytes)),
);

/** Statuses a Response may carry: 101, 103, 204, 205 and 304 take no body. */
const NULL_BODY = [204, 205, 304];
const reply: fc.Arbitrary<Reply> = fc.oneof(
  {
    weight: 8,
    arbitrary: fc
      .record({
        status: fc.constantFrom(200, 200, 200, 201, 203, 204, 299, 304, 400, 404, 410, 429, 500, 503, 599),
        body,
        headers: fc.array(header, { maxLength: 3 }),
      })
      .map(({ status, body, headers }) => answer(status, NULL_BODY.includes(status) ? null : body, headers)),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('stream-error' as const), after: hostileString }) },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constantFrom('throw' as const, 'reject' as const),
      error: fc.oneof(
        fc.constant(new TypeError('Failed to fetch')),
        fc.constant(new DOMException('aborted', 'AbortError')),
        hostileString,
        fc.constantFrom(undefined, null, 42, { message: 'not an Error' }),
      ),
    }),
  },
  { weight: 1, arbitrary: fc.constant({ kind: 'hang' as const }) },
);

function answer(
  status: number,
  body: string | Uint8Array<ArrayBuffer> | null,
  headers: [string, string][] = [],
): Reply {
  return labelled(
    { kind: 'answer', status, body, headers },
    `HTTP ${status} ${body === null ? 'no body' : preview(body)} ${JSON.stringify(headers)}`,
  );
}

function respond(next: Reply, signal: AbortSignal): Promise<Response> {
  switch (next.kind) {
    case 'answer':
      return Promise.resolve(new Response(next.body, { status: next.status, headers: next.headers }));
    case 'stream-error': {
      const stream = new ReadableStream<Uint8Array>({
        start(controller) {
          controller.enqueue(new TextEncoder().encode(next.after));
          controller.error(new TypeError('connection reset'));
        },
      });
      return Promise.resolve(new Response(stream, { status: 200 }));
    }
    case 'throw':
      throw next.error;
    case 'reject':
      return Promise.reject(next.error);
    case 'hang':
      return new Promise((_resolve, reject) => {
        signal.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
      });
  }
}

/** A server that answers from a script, then with 404; the requests are kept for assertions. */
function scriptedFetch(replies: readonly Reply[]) {
  const queue = [...replies];
  const requests: { url: string; headers: Record<string, string> }[] = [];
  const fetch: FetchLike = (url, init) => {
    requests.push({ url, headers: init.headers });
    return respond(queue.shift() ?? answer(404, ''), init.signal);
  };
  return { fetch, requests };
}

function linksOf(feed: Feed): string[] {
  return feed.items.flatMap((item) => [item.url, item.image?.url]).filter((url) => url !== undefined);
}

describe('fetchFeed against a hostile server (property)', () => {
  it('always resolves to an outcome that matches what the server said', async () => {
    await fc.assert(
      fc.asyncProperty(
        reply,
        reply,
        fc.constantFrom<string[]>([], ['AAAA'], ['not base64!']),
        async (first, signature, publicKeys) => {
          const { fetch } = scriptedFetch([first, signature]);
          const outcome = await fetchFeed(FEED_URL, { fetch, publicKeys, timeoutMs: TIMEOUT_MS, maxBytes: MAX_BYTES });
          expect(['ok', 'not-modified', 'error']).toContain(outcome.kind);
          if (outcome.kind === 'error') expect(outcome.message.length).toBeGreaterThan(0);
          if (outcome.kind === 'not-modified') expect(first).toMatchObject({ kind: 'answer', status: 304 });
          if (outcome.kind === 'ok') {
            // No key in this test can verify anything: an accepted feed means no signature was asked for.
            expect(publicKeys).toEqual([]);
            expect(first).toMatchObject({ kind: 'answer' });
            const { status } = first as Extract<Reply, { kind: 'answer' }>;
            expect(status).toBeGreaterThanOrEqual(200);
            expect(status).toBeLessThan(300);
            expect(linksOf(outcome.feed).filter((url) => !isAllowedUrl(url))).toEqual([]);
          }
        },
      ),
      runs(200),
    );
  });
});

/** One round of a sync: a reply whose outcome the test knows in advance. */
type Round =
  | { expect: 'ok'; reply: Reply; marker: string; etag: string | undefined }
  | { expect: 'not-modified'; reply: Reply }
  | { expect: 'error'; reply: Reply };

const goodRound: fc.Arbitrary<Round> = fc
  .record({
    marker: fc.integer({ min: 0, max: 59 }).map((minute) => `2027-01-01T00:${String(minute).padStart(2, '0')}:00Z`),
    etag: fc.option(fc.constantFrom('"a"', '"b"', 'W/"c"'), { nil: undefined }),
    junk: fc.array(
      hostileJson.filter((value) => (JSON.stringify(value) ?? '').length < 10_000),
      { maxLength: 3 },
    ),
  })
  .map(({ marker, etag, junk }) =>
    labelled(
      {
        expect: 'ok' as const,
        marker,
        etag,
        // Broken items are skipped, not fatal: the feed around them is still good.
        reply: answer(
          200,
          JSON.stringify({ ...demoFeed, updatedAt: marker, items: [...demoFeed.items, ...junk] }),
          etag ? [['etag', etag]] : [],
        ),
      },
      `good feed ${marker}, etag ${etag}, with ${junk.length} broken items`,
    ),
  );

const failingReply: fc.Arbitrary<Reply> = fc.oneof(
  fc.constantFrom(500, 404, 429, 503).map((status) => answer(status, '')),
  fc
    .constantFrom(
      'not json',
      '',
      '{"version":2}',
      JSON.stringify({ ...demoFeed, version: 3 }),
      JSON.stringify({ ...demoFeed, publisher: null }),
      JSON.stringify({ ...demoFeed, items: 'none' }),
      '['.repeat(50_000),
      'x'.repeat(MAX_BYTES + 1),
    )
    .map((text) => answer(200, text)),
  hostileString
    .filter((text) => {
      try {
        return !parseFeed(JSON.parse(text)).ok;
      } catch {
        return true;
      }
    })
    .map((text) => answer(200, text)),
  fc.constant({ kind: 'hang' as const }),
  fc.constant({ kind: 'reject' as const, error: new TypeError('Failed to fetch') }),
  fc.constant({ kind: 'stream-error' as const, after: '{"version":' }),
);

const round: fc.Arbitrary<Round> = fc.oneof(
  { weight: 2, arbitrary: goodRound },
  {
    weight: 1,
    arbitrary: fc.constant({ expect: 'not-modified' as const, reply: answer(304, null) }),
  },
  { weight: 3, arbitrary: failingReply.map((failing) => ({ expect: 'error' as const, reply: failing })) },
);

function syncDeps(fetch: FetchLike, clock: { now: number }): SyncDeps {
  return {
    fetch,
    publicKeys: [],
    timeoutMs: TIMEOUT_MS,
    maxBytes: MAX_BYTES,
    now: () => ++clock.now,
    loadDemo: () => ({ kind: 'error', message: 'no demo here' }),
  };
}

describe('syncing through any run of good, unchanged and broken answers (property)', () => {
  it('keeps the last good feed, counts failures since the last success, and revalidates only what it holds', async () => {
    await fc.assert(
      fc.asyncProperty(goodRound, fc.array(round, { maxLength: 8 }), async (first, rest) => {
        const rounds = [first, ...rest];
        const { fetch, requests } = scriptedFetch(rounds.map((r) => r.reply));
        const clock = { now: 0 };
        const deps = syncDeps(fetch, clock);
        let states: Record<string, FeedState> = {};
        let lastGood: Extract<Round, { expect: 'ok' }> | undefined;
        let failures = 0;
        for (const [index, step] of rounds.entries()) {
          const result = await syncFeeds([{ url: FEED_URL, origin: 'user' }], states, deps);
          states = result.states;
          const state = states[FEED_URL];
          // A 304 only answers a conditional request: with no validator held, it is an error.
          const expected = step.expect === 'not-modified' && !lastGood?.etag ? 'error' : step.expect;
          if (step.expect === 'ok') lastGood = step;
          failures = expected === 'error' ? failures + 1 : 0;
          expect({
            round: index,
            feed: state?.feed?.updatedAt,
            failures: state?.failures,
            failed: state?.lastError !== undefined,
            reported: result.errors.length,
            etag: state?.etag,
          }).toEqual({
            round: index,
            feed: lastGood?.marker,
            failures,
            failed: expected === 'error',
            reported: expected === 'error' ? 1 : 0,
            etag: lastGood?.etag,
          });
          // The validator sent is the one that came with the feed Herald holds, and only then.
          expect(requests[index]?.headers['if-none-match']).toBe(lastEtagBefore(rounds, index));
        }
      }),
      runs(100),
    );
  });

  it('nextFeedState: the feed held is always the last ok outcome’s, whatever comes after', () => {
    const feeds = [1, 2, 3].map((n) => ({ ...(parseFeed(demoFeed) as { feed: Feed }).feed, updatedAt: `${n}` }));
    const outcome: fc.Arbitrary<FetchOutcome> = fc.oneof(
      fc.constantFrom(...feeds).map((feed) => ({ kind: 'ok' as const, feed, skipped: [] })),
      fc.constant({ kind: 'not-modified' as const }),
      hostileString.map((message) => ({ kind: 'error' as const, message })),
    );
    fc.assert(
      fc.property(fc.array(outcome, { maxLength: 20 }), (outcomes) => {
        let state: FeedState = { url: FEED_URL, origin: 'user', feed: feeds[0], failures: 0, skipped: [] };
        let held = feeds[0];
        let failures = 0;
        outcomes.forEach((next, now) => {
          state = nextFeedState(state, next, now);
          if (next.kind === 'ok') held = next.feed;
          failures = next.kind === 'error' ? failures + 1 : 0;
          expect(state.feed).toBe(held);
          expect(state.failures).toBe(failures);
          expect(state.lastAttemptAt).toBe(now);
        });
      }),
      runs(300),
    );
  });
});

/** The etag of the last good answer before round `index`: what Herald should revalidate with. */
function lastEtagBefore(rounds: readonly Round[], index: number): string | undefined {
  for (let i = index - 1; i >= 0; i--) {
    const earlier = rounds[i];
    if (earlier?.expect === 'ok') return earlier.etag;
  }
  return undefined;
}
