import type { Library } from '../../shared/library/build-library';
import type { Incremental } from '../../shared/library/incremental';
import { type Lifetime, startScope } from './lifetime';

// Apart from library-store.ts, which reads the extension's storage: the preview page (herald-feed preview)
// runs the policy assistant on a library of its own, with no extension around it.

export type LibraryStore = { current(): Library; subscribe(listener: () => void): () => void };

/**
 * Recomputes a value only when the library's content changes (a new version), not per keystroke. With
 * `ahead`, the work starts when the page is idle right after the library loads or changes and goes on a
 * slice per idle period, so the first keystroke finds it ready, or finishes only what is left.
 */
export function perLibraryVersion<T>(
  store: LibraryStore,
  start: (library: Library) => Incremental<T>,
  ahead?: Lifetime,
): () => T {
  let done: { version: string; value: T } | undefined;
  let pending: { version: string; work: Incremental<T> } | undefined;
  const work = () => {
    const library = store.current();
    if (done?.version === library.version) return undefined;
    if (pending?.version !== library.version) pending = { version: library.version, work: start(library) };
    return pending;
  };
  const get = () => {
    const current = work();
    if (current) {
      done = { version: current.version, value: current.work.finish() };
      pending = undefined;
    }
    return (done as { value: T }).value;
  };
  if (ahead) {
    let idle: number | undefined;
    const run = (deadline: IdleDeadline) => {
      idle = undefined;
      if (!ahead.isValid) return;
      const current = work();
      if (!current) return;
      // At least one slice even when the page stays busy past the timeout, then as many as the period holds.
      do {
        if (current.work.step()) {
          get();
          return;
        }
      } while (deadline.timeRemaining() > 1);
      schedule();
    };
    const schedule = () => {
      if (idle === undefined && ahead.isValid) idle = requestIdleCallback(run, { timeout: 1_000 });
    };
    const unsubscribe = store.subscribe(schedule);
    startScope(ahead, () => {
      unsubscribe();
      if (idle !== undefined) cancelIdleCallback(idle);
    });
    schedule();
  }
  return get;
}
