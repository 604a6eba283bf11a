/** The UTC date of the device's clock, 'YYYY-MM-DD': the finest time Herald's counts carry. */
export function utcDay(now: number): string {
  return new Date(now).toISOString().slice(0, 10);
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** Whole days from `day` to `today` (both 'YYYY-MM-DD'); negative when `day` is later. */
export function daysBetween(day: string, today: string): number {
  return Math.round((Date.parse(`${today}T00:00:00Z`) - Date.parse(`${day}T00:00:00Z`)) / DAY_MS);
}
