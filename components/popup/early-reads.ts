import { browser } from 'wxt/browser';
import type { LibraryHead } from '../../shared/library/library-head';
import { EMPTY_PROFILE, type Profile } from '../../shared/text/placeholders';
import type { ShareRecord } from '../../utils/storage';

// What the popup's first cards need, asked before anything else touches storage. WXT reads each storage item
// once when it is defined (utils/storage.ts), and storage answers in the order it is asked, so a read asked
// after that waits behind the whole library (10,000 items take seconds). Imported first by the popup's
// entry point, so these are the first reads asked. Keys are the storage items' keys without "local:".
const asked: Promise<Record<string, unknown>> = browser.storage.local
  .get(['libraryHead', 'seenItemKeys', 'shareHistory', 'profile', 'installId', 'phrasingOffsets'])
  .catch(() => ({}));

export const earlyHead = asked.then((values) => (values.libraryHead ?? null) as LibraryHead | null);
export const earlySeenKeys = asked.then((values) => (values.seenItemKeys ?? []) as string[]);
export const earlyShares = asked.then((values) => (values.shareHistory ?? {}) as Record<string, ShareRecord[]>);
export const earlyProfile = asked.then((values) => ({ ...EMPTY_PROFILE, ...(values.profile as Partial<Profile>) }));
/** Undefined until some context has made the id (use-phrasing-choice.ts then makes it). */
export const earlyInstallId = asked.then((values) =>
  typeof values.installId === 'string' ? values.installId : undefined,
);
export const earlyPhrasingOffsets = asked.then((values) => (values.phrasingOffsets ?? {}) as Record<string, number>);
