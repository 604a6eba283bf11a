import { afterEach, describe, expect, it, vi } from 'vitest';
import demoFeed from '../../../shared/feed/demo-feed.json';
import { formatSignatureFile, publicKeyId, type SignatureScope, signedMessage } from '../../../shared/feed/signed-feed';
import { fetchFeed } from '../../../shared/sync/fetch-feed';
import { fakeFeedServer, goodFeedBody, type Reply } from './fake-feed-server';

const URL_ = 'https://feeds.example.com/feed.json';
const options = { publicKeys: [], timeoutMs: 5_000, maxBytes: 1_000_000 };

async function fetchWith(...replies: Reply[]) {
  const server = fakeFeedServer(replies);
  const outcome = await fetchFeed(URL_, { ...options, fetch: server.fetch });
  return { outcome, server };
}

afterEach(() => vi.useRealTimers());

describe('fetchFeed', () => {
  it('reads a good feed with its cache validators', async () => {
    const { outcome } = await fetchWith({ status: 200, body: goodFeedBody(), headers: { etag: '"v1"' } });
    expect(outcome.kind).toBe('ok');
    expect(outcome.kind === 'ok' && outcome.feed.items.length).toBe(demoFeed.items.length);
    expect(outcome.kind === 'ok' && outcome.etag).toBe('"v1"');
  });

  it('sends the validators it has and takes a 304 as not modified', async () => {
    const server = fakeFeedServer([{ status: 304 }]);
    const outcome = await fetchFeed(URL_, {
      ...options,
      fetch: server.fetch,
      etag: '"v1"',
      lastModified: 'Tue, 01 Dec 2026 10:00:00 GMT',
    });
    expect(outcome).toEqual({ kind: 'not-modified' });
    expect(server.requests[0]?.headers).toMatchObject({
      'if-none-match': '"v1"',
      'if-modified-since': 'Tue, 01 Dec 2026 10:00:00 GMT',
    });
  });

  it('takes a 304 to a request without validators as an error: the host sent no feed', async () => {
    const { outcome, server } = await fetchWith({ status: 304 });
    expect(server.requests[0]?.headers).not.toHaveProperty('if-none-match');
    expect(outcome).toEqual({
      kind: 'error',
      message: 'HTTP 304 Not Modified to a request without validators: the host sent no feed',
    });
  });

  it('follows a redirect on the feed’s own origin', async () => {
    const { outcome } = await fetchWith({
      status: 200,
      body: goodFeedBody(),
      redirectedTo: 'https://feeds.example.com/v2/feed.json',
    });
    expect(outcome.kind).toBe('ok');
  });

  it.each([
    'http://feeds.example.com/feed.json',
    'https://evil.example/feed.json',
    'https://feeds.example.com@evil.example/feed.json',
  ])('refuses the answer of a redirect to %s', async (landed) => {
    const { outcome } = await fetchWith({ status: 200, body: goodFeedBody(), redirectedTo: landed });
    expect(outcome).toEqual({
      kind: 'error',
      message: `redirected to ${landed}: a feed may only redirect to an https address on its own origin`,
    });
  });

  it.each([
    [{ status: 404 }, 'HTTP 404'],
    [{ status: 500 }, 'HTTP 500'],
    [{ status: 200, body: '{"version": 1, ' }, 'not valid JSON'],
    [{ status: 200, body: goodFeedBody({ version: 2 } as never) }, 'not a valid Herald feed: version'],
    [{ status: 200, body: '[]' }, 'not a valid Herald feed'],
    ['network-error' as const, 'network error: Failed to fetch'],
  ])('turns %j into an error outcome', async (reply, message) => {
    const { outcome } = await fetchWith(reply);
    expect(outcome.kind).toBe('error');
    expect(outcome.kind === 'error' && outcome.message).toContain(message);
  });

  it('gives up on a server that does not answer in time', async () => {
    vi.useFakeTimers();
    const server = fakeFeedServer(['hang']);
    const pending = fetchFeed(URL_, { ...options, fetch: server.fetch });
    await vi.advanceTimersByTimeAsync(5_000);
    expect(await pending).toEqual({ kind: 'error', message: 'no answer within 5 s' });
  });

  it('refuses a feed over the size cap, whether announced or not', async () => {
    const big = goodFeedBody();
    const announced = await fetchWith({ status: 200, body: big, headers: { 'content-length': '2000000' } });
    const streamed = await fetchFeed(URL_, {
      ...options,
      maxBytes: big.length - 1,
      fetch: fakeFeedServer([{ status: 200, body: big }]).fetch,
    });
    for (const outcome of [announced.outcome, streamed]) {
      expect(outcome.kind === 'error' && outcome.message).toMatch(/larger than/);
    }
  });

  it('skips invalid items and reports them, keeping the feed', async () => {
    const items = [...demoFeed.items, { id: 'broken', type: 'news', title: 'no url', text: 'x' }];
    const { outcome } = await fetchWith({ status: 200, body: goodFeedBody({ items } as never) });
    expect(outcome.kind === 'ok' && outcome.feed.items.length).toBe(demoFeed.items.length);
    expect(outcome.kind === 'ok' && outcome.skipped.map((problem) => problem.path)).toEqual([
      `items[${demoFeed.items.length}].url`,
    ]);
  });
});

describe('fetchFeed with signing keys', () => {
  async function signer() {
    const keys = await crypto.subtle.generateKey({ name: 'Ed25519' }, true, ['sign', 'verify']);
    const raw = new Uint8Array(await crypto.subtle.exportKey('raw', keys.publicKey));
    const publicKey = btoa(String.fromCharCode(...raw));
    const sign = async (text: string, scopes: SignatureScope[] = [{ kind: 'url', value: URL_ }]) => {
      const message = await signedMessage(scopes, new TextEncoder().encode(text));
      const signature = await crypto.subtle.sign('Ed25519', keys.privateKey, new Uint8Array(message));
      return formatSignatureFile({ scopes, signature: btoa(String.fromCharCode(...new Uint8Array(signature))) });
    };
    const signV1 = async (text: string) => {
      const signature = await crypto.subtle.sign('Ed25519', keys.privateKey, new TextEncoder().encode(text));
      return btoa(String.fromCharCode(...new Uint8Array(signature)));
    };
    return { publicKey, sign, signV1 };
  }

  async function fetchSigned(publicKey: string, ...replies: Reply[]) {
    const server = fakeFeedServer(replies);
    return { outcome: await fetchFeed(URL_, { ...options, publicKeys: [publicKey], fetch: server.fetch }), server };
  }

  it('accepts a feed whose .sig verifies with a configured key, and says which key', async () => {
    const { publicKey, sign } = await signer();
    const body = goodFeedBody();
    const { outcome, server } = await fetchSigned(
      publicKey,
      { status: 200, body },
      { status: 200, body: await sign(body) },
    );
    expect(outcome).toMatchObject({ kind: 'ok', signedBy: await publicKeyId(publicKey) });
    expect(server.requests.map((request) => request.url)).toEqual([URL_, `${URL_}.sig`]);
  });

  it('accepts a feed signed for its origin', async () => {
    const { publicKey, sign } = await signer();
    const body = goodFeedBody();
    const sig = await sign(body, [{ kind: 'origin', value: 'https://feeds.example.com' }]);
    const { outcome } = await fetchSigned(publicKey, { status: 200, body }, { status: 200, body: sig });
    expect(outcome.kind).toBe('ok');
  });

  it('refuses bytes signed for another feed URL or origin', async () => {
    const { publicKey, sign } = await signer();
    const body = goodFeedBody();
    for (const scope of [
      { kind: 'url' as const, value: 'https://feeds.example.com/other.json' },
      { kind: 'origin' as const, value: 'https://other.example.com' },
    ]) {
      const sig = await sign(body, [scope]);
      const { outcome } = await fetchSigned(publicKey, { status: 200, body }, { status: 200, body: sig });
      expect(outcome).toEqual({ kind: 'error', message: `the signature is for ${scope.value}, not for ${URL_}` });
    }
  });

  it('refuses a scope line changed after signing', async () => {
    const { publicKey, sign } = await signer();
    const body = goodFeedBody();
    const sig = (await sign(body, [{ kind: 'url', value: 'https://feeds.example.com/other.json' }])).replace(
      'https://feeds.example.com/other.json',
      URL_,
    );
    const { outcome } = await fetchSigned(publicKey, { status: 200, body }, { status: 200, body: sig });
    expect(outcome).toEqual({ kind: 'error', message: 'the signature does not match any configured key' });
  });

  it('refuses a version 1 signature, saying how to re-sign', async () => {
    const { publicKey, signV1 } = await signer();
    const body = goodFeedBody();
    const { outcome } = await fetchSigned(publicKey, { status: 200, body }, { status: 200, body: await signV1(body) });
    expect(outcome.kind === 'error' && outcome.message).toMatch(/^a version 1 signature .* --url <feed URL>"$/);
  });

  it('refuses a feed changed after signing, and one without a signature', async () => {
    const { publicKey, sign } = await signer();
    const body = goodFeedBody();
    const tampered = await fetchSigned(
      publicKey,
      { status: 200, body: `${body} ` },
      { status: 200, body: await sign(body) },
    );
    const unsigned = await fetchSigned(publicKey, { status: 200, body }, { status: 404 });
    expect(tampered.outcome).toEqual({ kind: 'error', message: 'the signature does not match any configured key' });
    expect(unsigned.outcome).toEqual({ kind: 'error', message: `no signature: ${URL_}.sig answered HTTP 404` });
  });
});
