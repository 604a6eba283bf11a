import type { Use } from '../shared/metrics/use';
import { sendMessage } from './messages';

/**
 * Tells the background about a use of an approved item; the background counts it only when IT turned metrics
 * on. Fire and forget: nothing waits on it and nothing it does can fail a keystroke, an insert, a share or a
 * post (a background asleep or gone, an orphaned content script: all swallowed).
 */
export function countUse(use: Use): void {
  try {
    sendMessage('countUse', use).catch(() => {});
  } catch {
    // runtime.sendMessage throws at once in a script whose extension was reloaded.
  }
}
