import { useEffect, useState } from 'react';
import type { Library } from '../../shared/library/build-library';
import { sendMessage } from '../../utils/messages';
import { seenItemKeysItem } from '../../utils/storage';

/**
 * Items the employee had not seen when this popup opened. They keep their "New" mark while the popup is
 * open, and are marked seen at once, which clears the toolbar badge.
 */
export function useNewKeys(library: Library | undefined): ReadonlySet<string> {
  const [newKeys, setNewKeys] = useState<ReadonlySet<string>>(new Set());
  useEffect(() => {
    if (!library) return;
    let alive = true;
    void seenItemKeysItem.getValue().then((seen) => {
      if (!alive) return;
      const seenKeys = new Set(seen);
      const fresh = library.items.filter((item) => !seenKeys.has(item.key)).map((item) => item.key);
      if (fresh.length === 0) return;
      setNewKeys((previous) => new Set([...previous, ...fresh]));
      void sendMessage('markItemsSeen', fresh);
    });
    return () => {
      alive = false;
    };
  }, [library]);
  return newKeys;
}
