const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['day', 86_400_000],
  ['hour', 3_600_000],
  ['minute', 60_000],
];

/** "3 minutes ago", "just now": how the employee thinks of a sync time. */
export function relativeTime(at: number, now = Date.now()): string {
  const elapsed = now - at;
  if (elapsed < 45_000) return 'just now';
  const format = new Intl.RelativeTimeFormat(undefined, { numeric: 'auto' });
  for (const [unit, size] of UNITS) {
    if (elapsed >= size) return format.format(-Math.round(elapsed / size), unit);
  }
  return format.format(-1, 'minute');
}
