import type { FunnelCounts, StoredMetrics } from './metrics-db';

type Counts = Omit<FunnelCounts, 'feed' | 'item' | 'phrasing'>;

/** The funnel of one wording (or of everything, for the total), as `report --json` gives it. */
export type FunnelLine = Counts & {
  posted: number;
  /** inserted / suggested: how often a suggestion shown was taken. null when nothing was suggested. */
  insertRate: number | null;
  /** posted / inserted: how often an inserted text made it into a post. */
  postRate: number | null;
  /** postedVerbatim / posted: how often it was posted without the employee's own edits. */
  verbatimRate: number | null;
};

export type FunnelRow = Pick<FunnelCounts, 'feed' | 'item' | 'phrasing'> & FunnelLine;

export interface Funnel {
  from: string | null;
  to: string | null;
  rows: FunnelRow[];
  total: FunnelLine;
}

const rate = (part: number, whole: number) => (whole === 0 ? null : part / whole);

function lineOf(counts: Counts): FunnelLine {
  const posted = counts.postedVerbatim + counts.postedEdited;
  return {
    suggested: counts.suggested,
    inserted: counts.inserted,
    posted,
    postedVerbatim: counts.postedVerbatim,
    postedEdited: counts.postedEdited,
    copied: counts.copied,
    shared: counts.shared,
    insertRate: rate(counts.inserted, counts.suggested),
    postRate: rate(posted, counts.inserted),
    verbatimRate: rate(counts.postedVerbatim, posted),
  };
}

const COUNT_KEYS = ['suggested', 'inserted', 'postedVerbatim', 'postedEdited', 'copied', 'shared'] as const;

export function funnelOf(stored: StoredMetrics): Funnel {
  const sum = Object.fromEntries(
    COUNT_KEYS.map((key) => [key, stored.rows.reduce((total, row) => total + row[key], 0)]),
  ) as Counts;
  return {
    from: stored.from ?? null,
    to: stored.to ?? null,
    rows: stored.rows.map((row) => ({ feed: row.feed, item: row.item, phrasing: row.phrasing, ...lineOf(row) })),
    total: lineOf(sum),
  };
}
