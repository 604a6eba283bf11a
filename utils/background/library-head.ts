import { buildLibrary } from '../../shared/library/build-library';
import { libraryHead } from '../../shared/library/library-head';
import { feedStatesItem, libraryHeadItem } from '../storage';

/** Keeps the popup's head of the library current: at every start, and whenever a sync changes the feeds. */
export function keepLibraryHead(): void {
  const write = () =>
    void feedStatesItem
      .getValue()
      .then((states) => libraryHeadItem.setValue(libraryHead(buildLibrary(states, Date.now()))))
      .catch((error: unknown) => console.warn('Herald:', error));
  write();
  feedStatesItem.watch(write);
}
