// @vitest-environment happy-dom
// Each piece of the content script that starts listeners, observers or timers, against WXT's real
// ContentScriptContext: it works while the context is valid, and nothing of it runs once it is invalidated.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { x } from '../../../shared/sites/x';
import { createExtensionLifetime } from '../../../utils/content/extension-lifetime';
import { insertIntoEditor } from '../../../utils/content/insert-text';
import { loadLibraryStore } from '../../../utils/content/library-store';
import { startScope } from '../../../utils/content/lifetime';
import { followAnchor } from '../../../utils/content/ui/follow-anchor';
import { watchDraft } from '../../../utils/content/watch-composers';
import { feedStatesItem } from '../../../utils/storage';
import {
  FakeResizeObserver,
  fakeTimers,
  hasListeners,
  recordListeners,
  SCRIPT_STARTED,
  whileOrphaned,
} from './page-probe';

let ctx: ContentScriptContext;
let editor: HTMLElement;

beforeEach(() => {
  fakeBrowser.reset();
  vi.spyOn(console, 'debug').mockImplementation(() => {});
  fakeTimers();
  ctx = new ContentScriptContext('content');
  editor = document.createElement('div');
  editor.contentEditable = 'true';
  editor.textContent = 'Hello';
  document.body.replaceChildren(editor);
});

afterEach(() => {
  ctx.abort();
  vi.useRealTimers();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

/** Scrolling, resizing, layout changes, the heartbeat and frames: everything followAnchor reacts to. */
function shakeThePage() {
  window.dispatchEvent(new Event('scroll'));
  window.dispatchEvent(new Event('resize'));
  FakeResizeObserver.resizeAll();
  vi.advanceTimersByTime(1000);
}

/** Counts the context's invalidation callbacks still registered. */
function countInvalidationCallbacks(context: ContentScriptContext): () => number {
  let registered = 0;
  const original = context.onInvalidated.bind(context);
  vi.spyOn(context, 'onInvalidated').mockImplementation((callback) => {
    registered++;
    let off: (() => void) | null = original(callback);
    return () => {
      if (off) registered--;
      off?.();
      off = null;
    };
  });
  return () => registered;
}

describe('followAnchor', () => {
  it('follows scrolling, resizing and layout changes, and stops with the context', () => {
    const listeners = recordListeners();
    const place = vi.fn();
    const onGone = vi.fn();
    followAnchor(ctx, editor, place, onGone);
    expect(place).toHaveBeenCalledTimes(1);

    window.dispatchEvent(new Event('scroll'));
    vi.advanceTimersToNextFrame();
    FakeResizeObserver.resizeAll();
    vi.advanceTimersToNextFrame();
    expect(place).toHaveBeenCalledTimes(3);

    ctx.abort();
    expect(vi.getTimerCount()).toBe(0);
    expect(FakeResizeObserver.observing.size).toBe(0);
    expect(listeners.live()).toEqual([]);
    place.mockClear();
    shakeThePage();
    editor.remove();
    vi.advanceTimersByTime(1000);
    expect(place).not.toHaveBeenCalled();
    expect(onGone).not.toHaveBeenCalled();
  });

  it('cancels a frame already requested when the context goes', () => {
    const place = vi.fn();
    followAnchor(ctx, editor, place, () => {});
    window.dispatchEvent(new Event('scroll'));
    ctx.abort();
    vi.advanceTimersByTime(1000);
    expect(place).toHaveBeenCalledTimes(1);
  });

  it('notices on its heartbeat that the extension was reloaded under it, and ends the context', async () => {
    const place = vi.fn();
    followAnchor(ctx, editor, place, () => {});
    await whileOrphaned(() => vi.advanceTimersByTime(400));
    expect(ctx.signal.aborted).toBe(true);
    expect(vi.getTimerCount()).toBe(0);
    shakeThePage();
    expect(place).toHaveBeenCalledTimes(1);
  });

  it('drops its invalidation callback when its session stops, so sessions do not pile up on the page', () => {
    const registered = countInvalidationCallbacks(ctx);
    const ignore = () => {};
    for (let session = 0; session < 5; session++) followAnchor(ctx, editor, ignore, ignore)();
    expect(registered()).toBe(0);
    expect(vi.getTimerCount()).toBe(0);
  });
});

describe('watchDraft', () => {
  const type = (text: string) => {
    editor.textContent = text;
  };

  it('calls back once the draft settles, and never after the context is invalidated', async () => {
    const onSettled = vi.fn();
    watchDraft(ctx, editor, onSettled);
    type('Hello there');
    await vi.advanceTimersByTimeAsync(300);
    expect(onSettled).toHaveBeenCalledTimes(1);

    // Typed just before the extension updated: the timer is pending.
    type('Hello there again');
    await vi.advanceTimersByTimeAsync(100);
    ctx.abort();
    expect(vi.getTimerCount()).toBe(0);
    type('Hello there again and again');
    await vi.advanceTimersByTimeAsync(1000);
    expect(onSettled).toHaveBeenCalledTimes(1);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('cancels an idle callback already requested', async () => {
    const onSettled = vi.fn();
    watchDraft(ctx, editor, onSettled);
    type('Hello there');
    await vi.advanceTimersByTimeAsync(250);
    expect(vi.getTimerCount()).toBe(1);
    ctx.abort();
    await vi.advanceTimersByTimeAsync(1000);
    expect(onSettled).not.toHaveBeenCalled();
  });

  it('stops for its session and drops its invalidation callback', async () => {
    const registered = countInvalidationCallbacks(ctx);
    const onSettled = vi.fn();
    watchDraft(ctx, editor, onSettled)();
    type('Hello there');
    await vi.advanceTimersByTimeAsync(1000);
    expect(onSettled).not.toHaveBeenCalled();
    expect(registered()).toBe(0);
  });
});

describe('the library store', () => {
  it('follows syncs while the context lives, and stops watching storage with it', async () => {
    const store = await loadLibraryStore(ctx);
    const onChange = vi.fn();
    store.subscribe(onChange);
    await feedStatesItem.setValue({});
    expect(onChange).toHaveBeenCalledTimes(1);

    ctx.abort();
    expect(hasListeners(fakeBrowser.storage.local.onChanged)).toBe(false);
    await feedStatesItem.setValue({});
    expect(onChange).toHaveBeenCalledTimes(1);
  });

  it('does not start watching when the context went while storage answered', async () => {
    const loading = loadLibraryStore(ctx);
    ctx.abort();
    await loading;
    expect(hasListeners(fakeBrowser.storage.local.onChanged)).toBe(false);
  });
});

describe('insertIntoEditor', () => {
  const startInserting = () => {
    const paste = vi.fn();
    editor.addEventListener('paste', paste);
    const settled = vi.fn();
    void insertIntoEditor(ctx, x, editor, 'Talking point').then(settled);
    return { paste, settled };
  };

  it('pastes while the context lives', async () => {
    const { paste, settled } = startInserting();
    await vi.advanceTimersByTimeAsync(1000);
    expect(paste).toHaveBeenCalledTimes(1);
    expect(settled).toHaveBeenCalled();
  });

  it('stops where it is when the context goes while the editor takes the selection', async () => {
    const { paste, settled } = startInserting();
    await vi.advanceTimersByTimeAsync(0);
    ctx.abort();
    expect(vi.getTimerCount()).toBe(0);
    await vi.advanceTimersByTimeAsync(1000);
    expect(paste).not.toHaveBeenCalled();
    expect(settled).not.toHaveBeenCalled();
  });

  it('stops where it is when the context goes while the editor takes the text', async () => {
    const { paste, settled } = startInserting();
    await vi.advanceTimersByTimeAsync(20);
    expect(paste).toHaveBeenCalledTimes(1);
    ctx.abort();
    expect(vi.getTimerCount()).toBe(0);
    await vi.advanceTimersByTimeAsync(1000);
    expect(settled).not.toHaveBeenCalled();
  });
});

describe('startScope', () => {
  it('stops at once in a context already invalidated', () => {
    ctx.abort();
    const cleanup = vi.fn();
    expect(startScope(ctx, cleanup).signal.aborted).toBe(true);
    expect(cleanup).toHaveBeenCalledTimes(1);
  });
});

describe('createExtensionLifetime', () => {
  it('ends only when the extension is gone: found on its own interval, or when asked', async () => {
    const lifetime = createExtensionLifetime();
    const ended = vi.fn();
    lifetime.onInvalidated(ended);
    // What a page can send to end WXT's context: WXT's "a newer copy started" event, named after the id.
    document.dispatchEvent(
      new CustomEvent(SCRIPT_STARTED, {
        detail: { contentScriptName: 'content', messageId: 'forged' },
      }),
    );
    // WXT's own context believes it (why Herald does not live by it); Herald's lifetime does not.
    expect(ctx.isValid).toBe(false);
    vi.advanceTimersByTime(5000);
    expect(lifetime.isValid).toBe(true);
    expect(ended).not.toHaveBeenCalled();

    await whileOrphaned(() => vi.advanceTimersByTime(1000));
    expect(ended).toHaveBeenCalledTimes(1);
    expect(lifetime.signal.aborted).toBe(true);
    expect(lifetime.isValid).toBe(false);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('ends at once when asked while the extension is gone', async () => {
    const lifetime = createExtensionLifetime();
    await whileOrphaned(() => expect(lifetime.isValid).toBe(false));
    expect(lifetime.signal.aborted).toBe(true);
  });
});
