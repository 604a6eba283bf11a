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
