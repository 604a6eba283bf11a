// A fresh background for each test: WXT's fake browser with empty storage, the few APIs it lacks stubbed,
// a scripted `fetch`, and Herald's background modules imported anew (their sync queue and message
// listeners are module state, registered once per service worker life).
import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import demoFeed from '../../../shared/feed/demo-feed.json';

export type FeedReply = { status: number; body?: string; headers?: Record<string, string> };

export const feedBody = (publisherName: string) =>
  JSON.stringify({ ...demoFeed, publisher: { id: publisherName.toLowerCase(), name: publisherName } });

/** A feed server by URL; an unknown URL fails like an unreachable host. Every request is kept. */
export function stubFeeds(initial: Record<string, FeedReply> = {}) {
  const replies = new Map(Object.entries(initial));
  const requested: string[] = [];
  vi.stubGlobal('fetch', async (url: string) => {
    requested.push(url);
    const reply = replies.get(url);
    if (!reply) throw new TypeError('Failed to fetch');
    // A 304 has no body: the Response constructor refuses one.
    const body = reply.status === 304 ? null : (reply.body ?? '');
    return new Response(body, { status: reply.status, headers: reply.headers });
  });
  return {
    requested,
    serve(url: string, reply: FeedReply) {
      replies.set(url, reply);
    },
  };
}

/**
 * The fake browser has no `permissions`: a set of granted origin patterns stands in, matched exactly as
 * Herald asks for them (`<origin>/*`).
 */
export function stubPermissions(granted: string[] = []) {
  const origins = new Set(granted);
  const permissions = {
    contains: vi.fn(async ({ origins: asked = [] }: { origins?: string[] }) => asked.every((o) => origins.has(o))),
    remove: vi.fn(async ({ origins: removed = [] }: { origins?: string[] }) => {
      for (const origin of removed) origins.delete(origin);
      return true;
    }),
    request: vi.fn(async () => false),
    getAll: vi.fn(async () => ({ origins: [...origins], permissions: [] })),
  };
  Object.assign(fakeBrowser.permissions, permissions);
  return { origins, ...permissions };
}

/** A browser event the fake lacks: listeners kept, `fire` calls them. */
function fakeEvent<Args extends unknown[]>() {
  const listeners = new Set<(...args: Args) => void>();
  return {
    addListener: (listener: (...args: Args) => void) => void listeners.add(listener),
    removeListener: (listener: (...args: Args) => void) => void listeners.delete(listener),
    hasListener: (listener: (...args: Args) => void) => listeners.has(listener),
    fire: (...args: Args) => {
      for (const listener of listeners) listener(...args);
    },
  };
}

type Registration = { id: string; js?: string[]; matches?: string[]; runAt?: string; persistAcrossSessions?: boolean };

/**
 * The fake browser has no `scripting`: registered content scripts are kept by id, with Chrome's errors for a
 * duplicate id and for updating or removing one that is not there.
 */
export function stubScripting() {
  const registered = new Map<string, Registration>();
  const scripting = {
    registered,
    getRegisteredContentScripts: vi.fn(async ({ ids }: { ids?: string[] } = {}) =>
      [...registered.values()].filter((script) => !ids || ids.includes(script.id)),
    ),
    registerContentScripts: vi.fn(async (scripts: Registration[]) => {
      for (const script of scripts) {
        if (registered.has(script.id)) throw new Error(`Duplicate script ID '${script.id}'`);
        registered.set(script.id, script);
      }
    }),
    updateContentScripts: vi.fn(async (scripts: Registration[]) => {
      for (const script of scripts) {
        const old = registered.get(script.id);
        if (!old) throw new Error(`Nonexistent script ID '${script.id}'`);
        registered.set(script.id, { ...old, ...script });
      }
    }),
    unregisterContentScripts: vi.fn(async ({ ids }: { ids: string[] }) => {
      for (const id of ids) if (!registered.delete(id)) throw new Error(`Nonexistent script ID '${id}'`);
    }),
  };
  Object.assign(fakeBrowser, { scripting });
  return scripting;
}

/** Resets the browser and loads the background's modules fresh; call before each test. */
export async function freshBackground() {
  fakeBrowser.reset();
  vi.resetModules();
  const scripting = stubScripting();
  const permissionEvents = { onAdded: fakeEvent<[unknown]>(), onRemoved: fakeEvent<[unknown]>() };
  Object.assign(fakeBrowser.permissions, permissionEvents);
  const [storage, messages, runSync, start, badge, managed, addFeed] = await Promise.all([
    import('../../../utils/storage'),
    import('../../../utils/messages'),
    import('../../../utils/background/run-sync'),
    import('../../../utils/background/start-background'),
    import('../../../utils/background/badge'),
    import('../../../utils/background/managed-config'),
    import('../../../utils/background/add-feed'),
  ]);
  return {
    fakeBrowser,
    scripting,
    permissionEvents,
    storage,
    messages,
    ...runSync,
    ...start,
    ...badge,
    ...managed,
    ...addFeed,
  };
}

/** Minutes from now until the sync alarm fires, or undefined when none is scheduled. */
export async function minutesUntilSync(now: number): Promise<number | undefined> {
  const alarm = await fakeBrowser.alarms.get('herald-sync');
  return alarm ? (alarm.scheduledTime - now) / 60_000 : undefined;
}

/** `freshBackground` with no origin granted and the clock set to `now` (only Date is faked: timeouts still run). */
export async function freshBackgroundAt(now: number) {
  const bg = await freshBackground();
  stubPermissions();
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(now);
  return bg;
}
