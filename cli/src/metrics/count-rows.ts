import type { MetricsBatch } from '../../../shared/metrics/batch-schema';

/** One stored row: the counts of one day, feed, item, wording and network. */
export interface CountRow {
  day: string;
  feed: string;
  item: string;
  phrasing: number;
  /** '' for a plain Copy, which is for no network: NULL would let the same key be stored twice. */
  network: string;
  suggested: number;
  inserted: number;
  copied: number;
  shared: number;
  postedVerbatim: number;
  postedEdited: number;
}

/** A batch as rows to add; `posted` is not stored, it is always verbatim + edited. */
export function countRows(batch: MetricsBatch): CountRow[] {
  return batch.days.flatMap(({ day, counts }) =>
    counts.map((count) => ({
      day,
      feed: count.feed,
      item: count.item,
      phrasing: count.phrasing,
      network: count.network ?? '',
      suggested: count.suggested,
      inserted: count.inserted,
      copied: count.copied,
      shared: count.shared,
      postedVerbatim: count.postedVerbatim,
      postedEdited: count.postedEdited,
    })),
  );
}
