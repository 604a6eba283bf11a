import { useMemo } from 'react';
import { buildLibrary } from '../../shared/library/build-library';
import { feedStatesItem } from '../../utils/storage';
import { useStorageItem } from '../use-storage-item';

/** The merged library, or undefined while storage is read for the first time. */
export function useLibrary() {
  const states = useStorageItem(feedStatesItem);
  const library = useMemo(() => (states ? buildLibrary(states, Date.now()) : undefined), [states]);
  return { states, library };
}
