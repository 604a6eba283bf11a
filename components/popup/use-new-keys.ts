import { useEffect, useState } from 'react';
import type { Library } from '../../shared/library/build-library';
import { sendMessage } from '../../utils/messages';
import { seenItemKeysItem } from '../../utils/storage';
import { earlySeenKeys } from './early-reads';

// The read asked as the popup started serves the first render; later ones ask storage again.
let early: Promise<string[]> | undefined = earlySeenKeys;
const firstRead = () => {
  const read = early;
  early = undefined;
  return read;
};

/**
 * Items the employee had not seen when this popup opened, or undefined until that is known (the cards wait
 * for it, so a "New" mark never pops in and pushes the list down). They keep their mark while the popup is
 * open, and are marked seen at once, which clears the toolbar badge.
 */
export function useNewKeys(library: Library | undefined): ReadonlySet<string> | undefined {
  const [newKeys, setNewKeys] = useState<ReadonlySet<string>>();
  useEffect(() => {
    if (!library) return;
    let alive = true;
    void (firstRead() ?? seenItemKeysItem.getValue()).then((seen) => {
      if (!alive) return;
      const seenKeys = new Set(seen);
      const fresh = library.items.filter((item) => !seenKeys.has(item.key)).map((item) => item.key);
      setNewKeys((previous) =>
        fresh.length === 0 ? (previous ?? new Set()) : new Set([...(previous ?? []), ...fresh]),
      );
      if (fresh.length > 0) void sendMessage('markItemsSeen', fresh);
    });
    return () => {
      alive = false;
    };
  }, [library]);
  return newKeys;
}
