import { DEFAULT_PERSONALIZE } from '../feed/personalize';
import type { Library, LibraryItem } from './build-library';

/**
 * The start of each of the popup's lists, small enough to read from storage at once: the popup shows it
 * while the whole library (up to 100,000 items) is still being read, so its first cards do not wait.
 */
export type LibraryHead = { items: LibraryItem[]; isDemo: boolean };

/** More than fill the popup's first screen, overscan included. */
export const HEAD_SIZE = 12;

/** The first `size` items of each type, in library order: the full lists start with exactly these. */
export function libraryHead(library: Pick<Library, 'items' | 'isDemo'>, size = HEAD_SIZE): LibraryHead {
  const counts = new Map<LibraryItem['type'], number>();
  const items: LibraryItem[] = [];
  for (const item of library.items) {
    const count = counts.get(item.type) ?? 0;
    if (count >= size) continue;
    counts.set(item.type, count + 1);
    items.push(item);
  }
  return { items, isDemo: library.isDemo };
}

/** The head as a library the popup can show until the whole one is read; no policies yet. */
export function headLibrary(head: LibraryHead): Library {
  return { items: head.items, policies: [], isDemo: head.isDemo, personalize: DEFAULT_PERSONALIZE, version: 'head' };
}
