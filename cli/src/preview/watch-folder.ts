import { type FSWatcher, watch } from 'node:fs';
import { join } from 'node:path';
import { debounce } from './debounce';

/** The parts of a content folder that make the feed (docs/feed-format.md). */
export const WATCHED_DIRS = ['items', 'policies'] as const;

const QUIET_MS = 120;

/**
 * Calls `onChange` after files of the content folder change: feed.yml (a change in the folder itself), and
 * anything in items/ and policies/. fs.watch a directory each (recursive watching is not on every Linux
 * Node 20); a directory created, deleted or replaced after the start is watched again when the folder
 * reports it.
 */
export function watchContentFolder(dir: string, onChange: () => void, quietMs = QUIET_MS): { close(): void } {
  const changed = debounce(onChange, quietMs);
  const watchers = new Map<string, FSWatcher>();
  let closed = false;

  function watchDir(name: string | null): void {
    const key = name ?? '.';
    watchers.get(key)?.close();
    watchers.delete(key);
    if (closed) return;
    try {
      const watcher = watch(name ? join(dir, name) : dir, (_event, file) => {
        if (name === null && file !== null && (WATCHED_DIRS as readonly string[]).includes(file)) watchDir(file);
        changed();
      });
      // A watched directory that is deleted ends its watcher with an error: the folder's event re-watches it.
      watcher.on('error', () => {
        watcher.close();
        if (watchers.get(key) === watcher) watchers.delete(key);
      });
      watchers.set(key, watcher);
    } catch {
      // Not there (yet): the folder's watcher sees it created.
    }
  }

  watchDir(null);
  for (const name of WATCHED_DIRS) watchDir(name);
  return {
    close() {
      closed = true;
      changed.cancel();
      for (const watcher of watchers.values()) watcher.close();
      watchers.clear();
    },
  };
}
