import { METRICS_BATCH_SCHEMA, type MetricsBatch, type MetricsCount } from './batch-schema';
import type { CountRow, MetricCounts } from './counts';

// The `json` format: one document per send (docs/metrics.md), of the shape `herald-feed serve --metrics` checks.

function batchRow({ feed, item, phrasing, network, counts }: CountRow): MetricsCount {
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

const hasAny = (row: MetricsCount) =>
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
  return { schema: METRICS_BATCH_SCHEMA, days };
}
