// What a content script leaves running on a page, seen from outside: listeners on the page that nothing
// removed, and ResizeObservers still observing. happy-dom's ResizeObserver does nothing, so a recording
// fake stands in; timers, frames and idle callbacks are vitest's fake timers (`vi.getTimerCount()`).
import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';

type Listening = { target: EventTarget; type: string; listener: unknown; signal?: AbortSignal; removed: boolean };

/** The object in `target`'s prototype chain that defines addEventListener: patching it sees every call. */
function ownerOf(target: EventTarget): EventTarget {
  let owner: object | null = target;
  while (owner && !Object.hasOwn(owner, 'addEventListener')) owner = Object.getPrototypeOf(owner);
  if (!owner) throw new Error('no addEventListener');
  return owner as EventTarget;
}

/** The page, shadow roots included; not Herald's shadow UI once WXT has taken it off the document. */
const onPage = (target: EventTarget) => target === window || (target instanceof Node && target.isConnected);

/** Records every listener added from now on (window, document, elements and shadow roots). */
export function recordListeners(): { live(): string[] } {
  const added: Listening[] = [];
  for (const owner of new Set([ownerOf(window), ownerOf(document)])) {
    const add = owner.addEventListener;
    const remove = owner.removeEventListener;
    vi.spyOn(owner, 'addEventListener').mockImplementation(function (
      this: EventTarget,
      ...[type, listener, options]: Parameters<EventTarget['addEventListener']>
    ) {
      const signal = typeof options === 'object' ? options.signal : undefined;
      added.push({ target: this, type, listener, signal, removed: false });
      add.call(this, type, listener, options);
    });
    vi.spyOn(owner, 'removeEventListener').mockImplementation(function (
      this: EventTarget,
      ...[type, listener, options]: Parameters<EventTarget['removeEventListener']>
    ) {
      for (const entry of added) {
        if (entry.target === this && entry.type === type && entry.listener === listener) entry.removed = true;
      }
      remove.call(this, type, listener, options);
    });
  }
  return {
    live: () =>
      added
        .filter((entry) => !entry.removed && !entry.signal?.aborted && onPage(entry.target))
        .map(({ target, type }) => `${type} on ${target === window ? 'window' : (target as Node).nodeName}`),
  };
}

/** Chromium's orphaned content script after an extension reload: `runtime.id` is gone, no newer script says so. */
export async function whileOrphaned(run: () => unknown): Promise<void> {
  const { id } = fakeBrowser.runtime;
  Object.assign(fakeBrowser.runtime, { id: undefined });
  try {
    await run();
  } finally {
    Object.assign(fakeBrowser.runtime, { id });
  }
}

/** fake-browser's events know whether anyone listens; the extension API's types leave that out. */
export const hasListeners = (event: object) => (event as { hasListeners(): boolean }).hasListeners();

export class FakeResizeObserver {
  static observing = new Set<FakeResizeObserver>();
  constructor(private readonly callback: ResizeObserverCallback) {}
  observe() {
    FakeResizeObserver.observing.add(this);
  }
  unobserve() {}
  disconnect() {
    FakeResizeObserver.observing.delete(this);
  }
  /** A layout change: like the browser, calls back the observers that still observe. */
  static resizeAll() {
    for (const observer of FakeResizeObserver.observing) observer.callback([], observer as unknown as ResizeObserver);
  }
}

/** Fake timers for everything Herald schedules; happy-dom has no requestIdleCallback, so it gets one. */
export function fakeTimers() {
  vi.stubGlobal('requestIdleCallback', (callback: IdleRequestCallback) =>
    setTimeout(() => callback({ didTimeout: false, timeRemaining: () => 50 }), 1),
  );
  vi.stubGlobal('cancelIdleCallback', (id: ReturnType<typeof setTimeout>) => clearTimeout(id));
  vi.stubGlobal('ResizeObserver', FakeResizeObserver);
  FakeResizeObserver.observing.clear();
  vi.useFakeTimers({
    toFake: [
      'setTimeout',
      'clearTimeout',
      'setInterval',
      'clearInterval',
      'requestAnimationFrame',
      'cancelAnimationFrame',
    ],
  });
}

/**
 * The document event with which a newer copy of a WXT content script ends the older one's context. Named
 * after the extension's id, public for a store extension: any page script can dispatch it.
 */
export const SCRIPT_STARTED = (ContentScriptContext as unknown as { SCRIPT_STARTED_MESSAGE_TYPE: string })
  .SCRIPT_STARTED_MESSAGE_TYPE;
