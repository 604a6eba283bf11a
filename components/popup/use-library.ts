import { useMemo } from 'react';
import { buildLibrary } from '../../shared/library/build-library';
import { headLibrary } from '../../shared/library/library-head';
import { feedStatesItem, libraryHeadItem } from '../../utils/storage';
import { useStorageItem } from '../use-storage-item';

/**
 * The merged library, or undefined while storage is read for the first time. Until the whole library is
 * read, its head (the first cards of each list) stands in, so the first cards show at once; `complete`
 * says which one this is.
 */
export function useLibrary() {
  const states = useStorageItem(feedStatesItem);
  const head = useStorageItem(libraryHeadItem);
  const full = useMemo(() => (states ? buildLibrary(states, Date.now()) : undefined), [states]);
  const library = useMemo(() => full ?? (head ? headLibrary(head) : undefined), [full, head]);
  return { states, library, complete: full !== undefined };
}
