import { browser } from 'wxt/browser';
import type { Lifetime } from './lifetime';

// Apart from lifetime.ts so that what only needs a Lifetime (the policy assistant on the preview page of
// herald-feed preview) does not pull in the extension's APIs.

/** How often an idle script checks that its extension is still there, when nothing else asks. */
const ORPHAN_CHECK_MS = 1000;

/**
 * A lifetime that ends only when the extension context is really gone (`runtime.id` disappears with it), not
 * on anything the page can send. WXT's own context also ends when a document event named after the
 * extension arrives, and any page script can dispatch one: the page could take Herald's UI and post guard
 * away. The interval finds an orphan that nothing else asks, so its UI leaves the page within a second.
 */
export function createExtensionLifetime(isAlive = () => browser.runtime?.id != null): Lifetime {
  const controller = new AbortController();
  const check = () => {
    if (!controller.signal.aborted && !isAlive()) {
      clearInterval(timer);
      controller.abort();
    }
    return !controller.signal.aborted;
  };
  const timer = setInterval(check, ORPHAN_CHECK_MS);
  return {
    signal: controller.signal,
    get isValid() {
      return check();
    },
    onInvalidated(callback) {
      controller.signal.addEventListener('abort', callback);
      return () => controller.signal.removeEventListener('abort', callback);
    },
  };
}
