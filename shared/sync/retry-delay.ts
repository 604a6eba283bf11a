/**
 * Minutes until the next try of a failing source: exponential from one minute, with full jitter so that
 * thousands of employees do not hit a recovering server together, and never later than the normal interval.
 */
export function retryDelayMinutes(failures: number, intervalMinutes: number, random: () => number): number {
  if (failures <= 0) return intervalMinutes;
  const exponential = Math.min(intervalMinutes, 2 ** (failures - 1));
  // Chrome alarms fire at most every 30 s; half a minute is the floor.
  return Math.max(0.5, exponential / 2 + (random() * exponential) / 2);
}
