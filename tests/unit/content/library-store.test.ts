// @vitest-environment happy-dom
// The content script's library: a feed republished with a changed rule but the same `updatedAt` is a new
// version, so the open tab recompiles; compiled values are built when the page is idle, before any keystroke.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import demoFeed from '../../../shared/feed/demo-feed.json';
import { parseFeed } from '../../../shared/feed/parse-feed';
import type { Feed } from '../../../shared/feed/schema';
import { atOnce, type Incremental } from '../../../shared/library/incremental';
import type { FeedState } from '../../../shared/sync/feed-state';
import { loadLibraryStore } from '../../../utils/content/library-store';
import { perLibraryVersion } from '../../../utils/content/per-library-version';
import { feedStatesItem } from '../../../utils/storage';
import { fakeTimers } from './page-probe';

let ctx: ContentScriptContext;

function demo(): Feed {
  const parsed = parseFeed(demoFeed);
  if (!parsed.ok) throw new Error('demo feed invalid');
  return parsed.feed;
}

const URL = 'https://a.example/feed.json';
const stored = (feed: Feed): Record<string, FeedState> => ({
  [URL]: { url: URL, origin: 'user', feed, failures: 0, skipped: [] },
});

beforeEach(() => {
  fakeBrowser.reset();
  fakeTimers();
  ctx = new ContentScriptContext('content');
});

afterEach(() => {
  ctx.abort();
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('perLibraryVersion', () => {
  it('recompiles in an open tab when a rule changes under the same updatedAt', async () => {
    const feed = demo();
    await feedStatesItem.setValue(stored(feed));
    const store = await loadLibraryStore(ctx);
    const compile = vi.fn((library: { policies: { message: string }[] }) => library.policies[0]?.message);
    const compiled = perLibraryVersion(store, (library) => atOnce(() => compile(library)));
    const before = compiled();
    const [first, ...rest] = feed.policies;
    if (!first) throw new Error('the demo feed has a policy');
    const changed = { ...feed, policies: [{ ...first, message: 'A new message' }, ...rest] };
    expect(changed.updatedAt).toBe(feed.updatedAt);
    await feedStatesItem.setValue(stored(changed));
    expect(compiled()).toBe('A new message');
    expect(compiled()).not.toBe(before);
    expect(compile).toHaveBeenCalledTimes(2);
  });

  it('compiles when the page is idle after the library loads or changes, not at the first use', async () => {
    await feedStatesItem.setValue(stored(demo()));
    const store = await loadLibraryStore(ctx);
    const compile = vi.fn(() => 'compiled');
    const compiled = perLibraryVersion(store, () => atOnce(compile), ctx);
    expect(compile).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(5);
    expect(compile).toHaveBeenCalledTimes(1);
    compiled();
    expect(compile).toHaveBeenCalledTimes(1);
    await feedStatesItem.setValue(stored({ ...demo(), items: [] }));
    await vi.advanceTimersByTimeAsync(5);
    expect(compile).toHaveBeenCalledTimes(2);
  });

  it('compiles nothing ahead once the context is gone', async () => {
    const store = await loadLibraryStore(ctx);
    const compile = vi.fn(() => 'compiled');
    perLibraryVersion(store, () => atOnce(compile), ctx);
    ctx.abort();
    await vi.advanceTimersByTimeAsync(5);
    expect(compile).not.toHaveBeenCalled();
  });

  it('builds a slice per idle period, and a use before the end finishes only what is left', async () => {
    // Idle periods with no time to spare: one slice each.
    vi.stubGlobal('requestIdleCallback', (callback: IdleRequestCallback) =>
      setTimeout(() => callback({ didTimeout: true, timeRemaining: () => 0 }), 1),
    );
    await feedStatesItem.setValue(stored(demo()));
    const store = await loadLibraryStore(ctx);
    const steps: number[] = [];
    const work = (): Incremental<number> => {
      let step = 0;
      return {
        step: () => {
          steps.push(++step);
          return step === 5;
        },
        finish: () => {
          while (step < 5) steps.push(++step);
          return step;
        },
      };
    };
    const compiled = perLibraryVersion(store, work, ctx);
    await vi.advanceTimersByTimeAsync(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(steps).toEqual([1, 2]);
    expect(compiled()).toBe(5);
    expect(steps).toEqual([1, 2, 3, 4, 5]);
    await vi.advanceTimersByTimeAsync(10);
    expect(steps).toEqual([1, 2, 3, 4, 5]);
  });
});
