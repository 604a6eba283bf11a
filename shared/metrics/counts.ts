import type { Site } from '../feed/schema';
import { daysBetween } from './day';
import { USE_KINDS, type UseKind } from './use';

/** One use resolved by the background: the feed's publisher id and the item's own id, never the library key. */
export type CountedUse = { feed: string; item: string; phrasing: number; network: Site | null; kind: UseKind };

/** The counts of one item's wording on one network, on one day. */
export type CountRow = Omit<CountedUse, 'kind'> & { counts: Partial<Record<UseKind, number>> };

/** Counts by day ('YYYY-MM-DD', UTC), then by row (rowKey). What `local:metricCounts` holds. */
export type MetricCounts = Record<string, Record<string, CountRow>>;

/** Counts are kept this many days after their day, then dropped unsent. */
export const MAX_AGE_DAYS = 7;

export function rowKey({ feed, item, phrasing, network }: Omit<CountedUse, 'kind'>): string {
  return JSON.stringify([feed, item, phrasing, network]);
}

export function addUse(counts: MetricCounts, day: string, use: CountedUse): MetricCounts {
  const { kind, ...where } = use;
  const key = rowKey(where);
  const rows = counts[day] ?? {};
  const row = rows[key] ?? { ...where, counts: {} };
  return {
    ...counts,
    [day]: { ...rows, [key]: { ...row, counts: { ...row.counts, [kind]: (row.counts[kind] ?? 0) + 1 } } },
  };
}

/** Drops the days more than MAX_AGE_DAYS before `today`. A later day (a clock set back) is kept. */
export function pruneCounts(counts: MetricCounts, today: string): MetricCounts {
  return Object.fromEntries(Object.entries(counts).filter(([day]) => daysBetween(day, today) <= MAX_AGE_DAYS));
}

/** `counts` less what `sent` holds, never below zero; rows and days left with nothing go. */
export function subtractCounts(counts: MetricCounts, sent: MetricCounts): MetricCounts {
  const left: MetricCounts = {};
  for (const [day, rows] of Object.entries(counts)) {
    for (const [key, row] of Object.entries(rows)) {
      const gone = sent[day]?.[key]?.counts ?? {};
      const kept = Object.fromEntries(
        USE_KINDS.map((kind) => [kind, Math.max(0, (row.counts[kind] ?? 0) - (gone[kind] ?? 0))] as const).filter(
          ([, n]) => n > 0,
        ),
      );
      if (Object.keys(kept).length > 0) left[day] = { ...left[day], [key]: { ...row, counts: kept } };
    }
  }
  return left;
}

export function isEmptyCounts(counts: MetricCounts): boolean {
  return Object.values(counts).every((rows) =>
    Object.values(rows).every((row) => USE_KINDS.every((kind) => !row.counts[kind])),
  );
}
