/**
 * The content script's life on the page. When the extension updates or reloads, the old script is orphaned:
 * every listener, observer and timer Herald started must end with it.
 */
export type Lifetime = {
  readonly signal: AbortSignal;
  /** Asking is also how an orphan learns that it is one: it ends there and then. */
  readonly isValid: boolean;
  onInvalidated(callback: () => void): () => void;
};

export type Scope = { signal: AbortSignal; stop(): void };

/**
 * Work that ends when its owner stops it or when the context is invalidated, whichever comes first:
 * `cleanup` runs once, and `signal` aborts, for listeners. Stopping drops the invalidation callback, so
 * the many short sessions of a long-lived page do not pile callbacks onto the context.
 */
export function startScope(lifetime: Lifetime, cleanup: () => void = () => {}): Scope {
  const controller = new AbortController();
  const stop = () => {
    off();
    if (controller.signal.aborted) return;
    controller.abort();
    cleanup();
  };
  const off = lifetime.onInvalidated(stop);
  if (lifetime.signal.aborted) stop();
  return { signal: controller.signal, stop };
}

/**
 * Resolves when `schedule` calls back; never, once the context is invalidated, so the code awaiting it does
 * not go on in an orphaned script. Asking `isValid` is also how an orphan learns that it is one. (WXT's
 * `ctx.setTimeout` would leave a callback on the context for every call.)
 */
function whenValid(lifetime: Lifetime, schedule: (done: () => void) => () => void): Promise<void> {
  return new Promise((resolve) => {
    const cancel = schedule(() => {
      off();
      if (lifetime.isValid) resolve();
    });
    const off = lifetime.onInvalidated(cancel);
  });
}

export const delay = (lifetime: Lifetime, ms: number) =>
  whenValid(lifetime, (done) => {
    const id = setTimeout(done, ms);
    return () => clearTimeout(id);
  });

export const nextFrame = (lifetime: Lifetime) =>
  whenValid(lifetime, (done) => {
    const id = requestAnimationFrame(done);
    return () => cancelAnimationFrame(id);
  });

/**
 * `undo` for a registration with the extension's own APIs (a storage watch, a message listener). In an
 * orphaned script those APIs throw "Extension context invalidated", and what was registered went with the
 * context already: nothing is left to undo.
 */
export function releasing(undo: () => void): () => void {
  return () => {
    try {
      undo();
    } catch {
      // The context is gone, and the registration with it.
    }
  };
}
