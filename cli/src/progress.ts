import type { FolderProgress } from './build/read-content-folder';
import type { StatusLine } from './io';

// A folder of thousands of items takes seconds to read; a line rewritten in place says it is moving.
// A small folder is read before anyone could read the line, so it would only flicker: it shows nothing.

/** Fewer files than this, and the line never shows. */
export const PROGRESS_MIN_FILES = 200;
/** And not before the reading has taken this long. */
export const PROGRESS_DELAY_MS = 300;
/** At most one rewrite per this many milliseconds: writing to a terminal costs more than reading a file. */
export const PROGRESS_EVERY_MS = 100;

const count = new Intl.NumberFormat('en-US').format;

/** A FolderProgress that rewrites `status` ("reading items 1,200/10,000") and clears it at each section's end. */
export function folderProgress(status: StatusLine | undefined): FolderProgress | undefined {
  if (!status) return undefined;
  const start = status.clockMs();
  let shown = false;
  let lastWrite = Number.NEGATIVE_INFINITY;
  return (section, done, total) => {
    if (done >= total) {
      if (shown) status.write('');
      shown = false;
      return;
    }
    const now = status.clockMs();
    if (total < PROGRESS_MIN_FILES || now - start < PROGRESS_DELAY_MS || now - lastWrite < PROGRESS_EVERY_MS) return;
    status.write(`reading ${section} ${count(done)}/${count(total)}`);
    shown = true;
    lastWrite = now;
  };
}
