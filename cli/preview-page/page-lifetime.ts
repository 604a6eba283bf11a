import type { Lifetime } from '../../utils/content/lifetime';

/**
 * The Lifetime the composer's code asks for, on a page of its own: no extension to outlive it, so it ends only
 * when the page ends it (another network picked in the playground).
 */
export function createPageLifetime(): Lifetime & { end(): void } {
  const controller = new AbortController();
  return {
    signal: controller.signal,
    get isValid() {
      return !controller.signal.aborted;
    },
    onInvalidated(callback) {
      controller.signal.addEventListener('abort', callback);
      return () => controller.signal.removeEventListener('abort', callback);
    },
    end: () => controller.abort(),
  };
}
