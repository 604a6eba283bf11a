import { buildLibrary, type Library } from '../../shared/library/build-library';
import { feedStatesItem } from '../storage';
import { type Lifetime, releasing, startScope } from './lifetime';

export type LibraryStore = { current(): Library; subscribe(listener: () => void): () => void };

/** The merged library as stored by the background's sync, kept current as syncs land while the script lives. */
export async function loadLibraryStore(lifetime: Lifetime): Promise<LibraryStore> {
  let library = buildLibrary(await feedStatesItem.getValue(), Date.now());
  const listeners = new Set<() => void>();
  const unwatch = feedStatesItem.watch((states) => {
    library = buildLibrary(states, Date.now());
    for (const listener of listeners) listener();
  });
  startScope(lifetime, releasing(unwatch));
  return {
    current: () => library,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/**
 * Recomputes a value only when the library's content changes (a new version), not per keystroke. With
 * `ahead`, it is computed when the page is idle right after the library loads or changes, so the first
 * keystroke finds it ready; a keystroke before that computes it at once.
 */
export function perLibraryVersion<T>(store: LibraryStore, compute: (library: Library) => T, ahead?: Lifetime): () => T {
  let version: string | undefined;
  let value: T;
  const get = () => {
    const library = store.current();
    if (library.version !== version) {
      value = compute(library);
      version = library.version;
    }
    return value;
  };
  if (ahead) {
    let idle: number | undefined;
    const schedule = () => {
      if (idle !== undefined || !ahead.isValid) return;
      idle = requestIdleCallback(
        () => {
          idle = undefined;
          if (ahead.isValid) get();
        },
        { timeout: 2_000 },
      );
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
