import type { FeedState } from './feed-state';
import { retryDelayMinutes } from './retry-delay';

/** When to sync next: the normal interval, or sooner while a source is failing. */
export function nextSyncDelayMinutes(
  states: Readonly<Record<string, FeedState>>,
  intervalMinutes: number,
  random: () => number,
): number {
  const worst = Math.max(0, ...Object.values(states).map((state) => state.failures));
  return retryDelayMinutes(worst, intervalMinutes, random);
}

/**
 * The alarm set before a sync starts: the delay as if this attempt failed, so a worker stopped mid-sync (or
 * a sync that throws) is retried soon rather than never. A sync that finishes replaces it.
 */
export function unfinishedSyncDelayMinutes(
  states: Readonly<Record<string, FeedState>>,
  intervalMinutes: number,
  random: () => number,
): number {
  const worst = Math.max(0, ...Object.values(states).map((state) => state.failures));
  return retryDelayMinutes(worst + 1, intervalMinutes, random);
}
