export type Timers = {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
};

const realTimers: Timers = {
  setTimeout: (callback, ms) => setTimeout(callback, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/**
 * `callback` once a burst of calls has been quiet for `ms`: an editor's save is several file events (write,
 * rename, chmod), and a `git checkout` is hundreds; the folder is read once after the last.
 */
export function debounce(callback: () => void, ms: number, timers: Timers = realTimers): { (): void; cancel(): void } {
  let handle: unknown;
  const call = () => {
    if (handle !== undefined) timers.clearTimeout(handle);
    handle = timers.setTimeout(() => {
      handle = undefined;
      callback();
    }, ms);
  };
  call.cancel = () => {
    if (handle !== undefined) timers.clearTimeout(handle);
    handle = undefined;
  };
  return call;
}
