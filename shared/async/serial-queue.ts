/**
 * A queue that runs each step after the one before has settled: read-then-write steps on shared state (stored
 * values, a database file) never interleave. A failed step rejects for its caller and does not stop the queue.
 */
export function serialQueue(): <T>(step: () => Promise<T>) => Promise<T> {
  let tail: Promise<unknown> = Promise.resolve();
  return (step) => {
    const run = tail.then(step);
    tail = run.catch(() => undefined);
    return run;
  };
}
