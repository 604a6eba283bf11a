import { retryDelayMinutes } from '../sync/retry-delay';

// When the next send happens. Once per UTC day at a random moment of it, so thousands of browsers started
// at nine do not all post at once; after a failure, sooner, backing off up to RETRY_CAP_MINUTES.

const DAY_MS = 24 * 60 * 60 * 1000;

/** The longest wait between tries of a failing endpoint. */
export const RETRY_CAP_MINUTES = 6 * 60;

/** A random moment of the UTC day after `now`'s. */
export function nextDailySendAt(now: number, random: () => number): number {
  const nextDay = Math.floor(now / DAY_MS) * DAY_MS + DAY_MS;
  return nextDay + Math.floor(random() * DAY_MS);
}

/** After `failures` failed sends in a row: exponential from a minute, with jitter, capped at six hours. */
export function retrySendAt(now: number, failures: number, random: () => number): number {
  return now + retryDelayMinutes(Math.max(1, failures), RETRY_CAP_MINUTES, random) * 60_000;
}
