import { describe, expect, it } from 'vitest';
import demoFeed from '../../../shared/feed/demo-feed.json';
import { formatSignatureFile, publicKeyId, signedMessage } from '../../../shared/feed/signed-feed';
import type { FeedState } from '../../../shared/sync/feed-state';
import { type SyncDeps, syncFeeds } from '../../../shared/sync/sync-feeds';
import { fakeFeedServer, type Reply } from './fake-feed-server';

const FEED = 'https://feeds.example.com/feed.json';
const sources = [{ url: FEED, origin: 'managed' as const }];

async function makeSigner() {
  const keys = await crypto.subtle.generateKey({ name: 'Ed25519' }, true, ['sign', 'verify']);
  const raw = new Uint8Array(await crypto.subtle.exportKey('raw', keys.publicKey));
  const publicKey = btoa(String.fromCharCode(...raw));
  const signedFeed = async (updatedAt: string, publisher = 'Acme'): Promise<Reply[]> => {
    const body = JSON.stringify({ ...demoFeed, updatedAt, publisher: { id: 'acme', name: publisher } });
    const scopes = [{ kind: 'url' as const, value: FEED }];
    const message = await signedMessage(scopes, new TextEncoder().encode(body));
    const signature = await crypto.subtle.sign('Ed25519', keys.privateKey, new Uint8Array(message));
    const sig = formatSignatureFile({ scopes, signature: btoa(String.fromCharCode(...new Uint8Array(signature))) });
    return [
      { status: 200, body, headers: { etag: `"${updatedAt}"` } },
      { status: 200, body: sig },
    ];
  };
  return { publicKey, signedFeed };
}

function deps(replies: Reply[], publicKeys: string[]): SyncDeps {
  let clock = 1_000;
  return {
    fetch: fakeFeedServer(replies).fetch,
    publicKeys,
    timeoutMs: 1_000,
    maxBytes: 1_000_000,
    now: () => (clock += 1_000),
    loadDemo: () => ({ kind: 'error', message: 'no demo' }),
  };
}

const unsignedHeld = (): Record<string, FeedState> => ({
  [FEED]: {
    url: FEED,
    origin: 'managed',
    feed: { ...(demoFeed as never as NonNullable<FeedState['feed']>), publisher: { id: 'old', name: 'Unsigned' } },
    etag: '"unsigned"',
    failures: 0,
    skipped: [],
  },
});

describe('syncing signed feeds', () => {
  it('records the key that signed the feed', async () => {
    const { publicKey, signedFeed } = await makeSigner();
    const { states } = await syncFeeds(sources, {}, deps(await signedFeed('2026-12-01T10:00:00Z'), [publicKey]));
    expect(states[FEED]?.signedBy).toBe(await publicKeyId(publicKey));
  });

  it('refuses an older signed feed than the one held, reports it and keeps the held one', async () => {
    const { publicKey, signedFeed } = await makeSigner();
    const first = await syncFeeds(sources, {}, deps(await signedFeed('2026-12-02T10:00:00Z', 'Newer'), [publicKey]));
    const replay = await syncFeeds(
      sources,
      first.states,
      deps(await signedFeed('2026-12-01T10:00:00Z', 'Older'), [publicKey]),
    );
    expect(replay.errors).toEqual([
      {
        url: FEED,
        message:
          'refused an older signed feed (updatedAt 2026-12-01T10:00:00Z) than the one held (2026-12-02T10:00:00Z): the host may be replaying an old version',
      },
    ]);
    expect(replay.states[FEED]?.feed?.publisher.name).toBe('Newer');
    expect(replay.states[FEED]?.etag).toBe('"2026-12-02T10:00:00Z"');

    const newer = await syncFeeds(
      sources,
      first.states,
      deps(await signedFeed('2026-12-03T10:00:00Z', 'Newest'), [publicKey]),
    );
    expect(newer.states[FEED]?.feed?.publisher.name).toBe('Newest');
  });

  it('accepts the same updatedAt again (a re-upload of the same version)', async () => {
    const { publicKey, signedFeed } = await makeSigner();
    const first = await syncFeeds(sources, {}, deps(await signedFeed('2026-12-02T10:00:00Z', 'A'), [publicKey]));
    const again = await syncFeeds(
      sources,
      first.states,
      deps(await signedFeed('2026-12-02T10:00:00Z', 'B'), [publicKey]),
    );
    expect(again.errors).toEqual([]);
  });

  it.each<[string, Reply[]]>([
    ['the .sig is missing', [{ status: 200, body: JSON.stringify(demoFeed) }, { status: 404 }]],
    ['the host answers 304', [{ status: 304 }]],
    ['the host is down', ['network-error']],
  ])('drops content held from before signing was turned on when %s', async (_case, replies) => {
    const { publicKey } = await makeSigner();
    const { states, errors } = await syncFeeds(sources, unsignedHeld(), deps(replies, [publicKey]));
    expect(states[FEED]?.feed).toBeUndefined();
    expect(states[FEED]?.etag).toBeUndefined();
    expect(errors).toHaveLength(1);
  });

  it('sends no validator for content it dropped, so a 304 cannot keep it', async () => {
    const { publicKey } = await makeSigner();
    const server = fakeFeedServer([{ status: 304 }]);
    await syncFeeds(sources, unsignedHeld(), { ...deps([], [publicKey]), fetch: server.fetch });
    expect(server.requests[0]?.headers).not.toHaveProperty('if-none-match');
  });

  it('drops content signed by a key IT removed, keeps content signed by a key still listed', async () => {
    const old = await makeSigner();
    const current = await makeSigner();
    const first = await syncFeeds(sources, {}, deps(await old.signedFeed('2026-12-02T10:00:00Z'), [old.publicKey]));
    const rotated = await syncFeeds(sources, first.states, deps(['network-error'], [old.publicKey, current.publicKey]));
    expect(rotated.states[FEED]?.feed).toBeDefined();
    const removed = await syncFeeds(sources, first.states, deps(['network-error'], [current.publicKey]));
    expect(removed.states[FEED]?.feed).toBeUndefined();
  });

  it('keeps unsigned content while no key is configured', async () => {
    const { states } = await syncFeeds(sources, unsignedHeld(), deps(['network-error'], []));
    expect(states[FEED]?.feed?.publisher.name).toBe('Unsigned');
  });
});
