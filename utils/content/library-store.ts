import { buildLibrary } from '../../shared/library/build-library';
import { feedStatesItem } from '../storage';
import { type Lifetime, releasing, startScope } from './lifetime';
import type { LibraryStore } from './per-library-version';

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
