import { useEffect, useState } from 'react';
import type { WxtStorageItem } from 'wxt/utils/storage';

/**
 * A storage item's value, kept current while the page is open; `undefined` until first read. `first` is a
 * read already asked for (the popup asks its first reads before storage items are defined).
 */
export function useStorageItem<T>(item: WxtStorageItem<T, Record<string, unknown>>, first?: Promise<T>): T | undefined {
  const [value, setValue] = useState<T>();
  useEffect(() => {
    let alive = true;
    void (first ?? item.getValue()).then((value) => alive && setValue(value));
    const unwatch = item.watch((next) => setValue(next));
    return () => {
      alive = false;
      unwatch();
    };
  }, [item, first]);
  return value;
}
