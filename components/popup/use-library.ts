import { useEffect, useMemo, useState } from 'react';
import { buildLibrary } from '../../shared/library/build-library';
import { headLibrary } from '../../shared/library/library-head';
import type { FeedState } from '../../shared/sync/feed-state';
import { feedStatesItem, libraryHeadItem } from '../../utils/storage';
import { useStorageItem } from '../use-storage-item';
import { earlyHead } from './early-reads';

/**
 * The merged library, or undefined while storage is read for the first time. Until the whole library is
 * read, its head (the first cards of each list) stands in, so the first cards show at once; `complete`
 * says which one this is.
 */
export function useLibrary() {
  const head = useStorageItem(libraryHeadItem, earlyHead);
  const states = useFullFeedStates(head !== undefined);
  const full = useMemo(() => (states ? buildLibrary(states, Date.now()) : undefined), [states]);
  const library = useMemo(() => full ?? (head ? headLibrary(head) : undefined), [full, head]);
  return { states, library, complete: full !== undefined };
}

/**
 * Every feed's state, read only once the head is in: storage answers in the order it is asked, so a read
 * of 10,000 items asked first would hold up the head and the small reads the first cards wait for (seen
 * items, shares), which are asked as the head renders.
 */
function useFullFeedStates(headRead: boolean): Record<string, FeedState> | undefined {
  const [states, setStates] = useState<Record<string, FeedState>>();
  useEffect(() => {
    if (!headRead) return;
    let alive = true;
    const later = setTimeout(() => void feedStatesItem.getValue().then((first) => alive && setStates(first)), 0);
    const unwatch = feedStatesItem.watch((next) => setStates(next));
    return () => {
      alive = false;
      clearTimeout(later);
      unwatch();
    };
  }, [headRead]);
  return states;
}
