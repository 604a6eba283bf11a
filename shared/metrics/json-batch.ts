import type { CountRow, MetricCounts } from './counts';

// The `json` format: one document per send (docs/metrics.md).

export const BATCH_SCHEMA = 'herald-metrics/1';

export type BatchRow = Omit<CountRow, 'counts'> & {
  suggested: number;
  inserted: number;
  copied: number;
  shared: number;
  posted: number;
  postedVerbatim: number;
  postedEdited: number;
};
export type MetricsBatch = { schema: typeof BATCH_SCHEMA; days: { day: string; counts: BatchRow[] }[] };

function batchRow({ feed, item, phrasing, network, counts }: CountRow): BatchRow {
  const postedVerbatim = counts['posted-verbatim'] ?? 0;
  const postedEdited = counts['posted-edited'] ?? 0;
  return {
    feed,
    item,
    phrasing,
    network,
    suggested: counts.suggested ?? 0,
    inserted: counts.inserted ?? 0,
    copied: counts.copied ?? 0,
    shared: counts.shared ?? 0,
    posted: postedVerbatim + postedEdited,
    postedVerbatim,
    postedEdited,
  };
}

const hasAny = (row: BatchRow) =>
  row.suggested + row.inserted + row.copied + row.shared + row.postedVerbatim + row.postedEdited > 0;

/** Every day held, oldest first, its rows in a stable order; rows counting nothing are left out. */
export function buildJsonBatch(counts: MetricCounts): MetricsBatch {
  const days = Object.keys(counts)
    .sort()
    .map((day) => ({
      day,
      counts: Object.entries(counts[day] ?? {})
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([, row]) => batchRow(row))
        .filter(hasAny),
    }))
    .filter(({ counts }) => counts.length > 0);
  return { schema: BATCH_SCHEMA, days };
}
