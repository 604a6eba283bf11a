/**
 * Work done a slice at a time, so what is compiled from a large library can be built while the page is
 * idle: `step` does one slice (a few milliseconds) and says whether all is done; `finish` does what is left
 * at once and gives the result (a keystroke that cannot wait for the next idle period).
 */
export type Incremental<T> = { step(): boolean; finish(): T };

/** Work that cannot be sliced, as one step. */
export function atOnce<T>(compute: () => T): Incremental<T> {
  let done: { value: T } | undefined;
  return {
    step() {
      done ??= { value: compute() };
      return true;
    },
    finish() {
      done ??= { value: compute() };
      return done.value;
    },
  };
}

/** `first`, then `then` on its result, as one piece of incremental work. */
export function andThen<A, B>(first: Incremental<A>, then: (value: A) => B): Incremental<B> {
  let second: Incremental<B> | undefined;
  return {
    step() {
      if (second) return second.step();
      if (first.step()) second = atOnce(() => then(first.finish()));
      return false;
    },
    finish() {
      second ??= atOnce(() => then(first.finish()));
      return second.finish();
    },
  };
}
