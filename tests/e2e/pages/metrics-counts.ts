// What a metrics e2e expects an endpoint to receive, worked out from what the test did (docs/metrics.md):
// the `json` batch's counts and the Plausible events, one per use. Pure, so the specs compare data only.
import type { Site } from '../../../shared/feed/schema';
import type { UseKind } from '../../../shared/metrics/use';

/** One thing the test did, as Herald should count it: the item's id, its wording (1-based), the network. */
export type DoneUse = { kind: UseKind; item: string; phrasing: number; network: Site | null };

/** A row of the `json` batch (`days[].counts[]`). */
export type CountRow = {
  feed: string;
  item: string;
  phrasing: number;
  network: Site | null;
  suggested: number;
  inserted: number;
  copied: number;
  shared: number;
  posted: number;
  postedVerbatim: number;
  postedEdited: number;
};

const field = {
  suggested: 'suggested',
  inserted: 'inserted',
  copied: 'copied',
  shared: 'shared',
  'posted-verbatim': 'postedVerbatim',
  'posted-edited': 'postedEdited',
} as const satisfies Record<UseKind, keyof CountRow>;

const rowKey = (row: Pick<CountRow, 'feed' | 'item' | 'phrasing' | 'network'>) =>
  JSON.stringify([row.feed, row.item, row.phrasing, row.network]);

/** The batch rows these uses make, in a stable order (rows of a batch compare after `sortRows`). */
export function countRows(feed: string, uses: readonly DoneUse[]): CountRow[] {
  const rows = new Map<string, CountRow>();
  for (const use of uses) {
    const blank: CountRow = {
      feed,
      item: use.item,
      phrasing: use.phrasing,
      network: use.network,
      suggested: 0,
      inserted: 0,
      copied: 0,
      shared: 0,
      posted: 0,
      postedVerbatim: 0,
      postedEdited: 0,
    };
    const row = rows.get(rowKey(blank)) ?? blank;
    row[field[use.kind]] += 1;
    if (use.kind === 'posted-verbatim' || use.kind === 'posted-edited') row.posted += 1;
    rows.set(rowKey(row), row);
  }
  return sortRows([...rows.values()]);
}

export const sortRows = <Row extends Pick<CountRow, 'feed' | 'item' | 'phrasing' | 'network'>>(rows: readonly Row[]) =>
  [...rows].sort((a, b) => rowKey(a).localeCompare(rowKey(b)));

const eventName = {
  suggested: 'Suggested',
  inserted: 'Inserted',
  copied: 'Copied',
  shared: 'Shared',
  'posted-verbatim': 'Posted',
  'posted-edited': 'Posted',
} as const satisfies Record<UseKind, string>;

/** A Plausible event reduced to what the count carries, so events compare whatever order they came in. */
export type EventDigest = {
  name: string;
  url: string;
  item: string;
  phrasing: number;
  network: string | null;
  edited: boolean | null;
};

/** The Plausible events these uses make (format `plausible`: one event per use). */
export function plausibleDigests(feed: string, uses: readonly DoneUse[]): EventDigest[] {
  return sortDigests(
    uses.map((use) => ({
      name: eventName[use.kind],
      url: `app://herald/${feed}/${use.item}`,
      item: use.item,
      phrasing: use.phrasing,
      network: use.network,
      edited: use.kind === 'posted-edited' ? true : use.kind === 'posted-verbatim' ? false : null,
    })),
  );
}

export const sortDigests = (digests: readonly EventDigest[]) =>
  [...digests].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));

/** A line of the funnel `herald-feed report` prints: one item and wording, every network and day added up. */
export type FunnelRow = Omit<CountRow, 'network'>;

const COUNTS = ['suggested', 'inserted', 'copied', 'shared', 'posted', 'postedVerbatim', 'postedEdited'] as const;

/** The funnel these uses make, ordered by feed, item and wording. */
export function funnelRows(feed: string, uses: readonly DoneUse[]): FunnelRow[] {
  const rows = new Map<string, FunnelRow>();
  for (const { network: _, ...row } of countRows(feed, uses)) {
    const key = JSON.stringify([row.feed, row.item, row.phrasing]);
    const held = rows.get(key);
    if (held) for (const count of COUNTS) held[count] += row[count];
    else rows.set(key, row);
  }
  return sortFunnel([...rows.values()]);
}

export const sortFunnel = <Row extends Pick<FunnelRow, 'feed' | 'item' | 'phrasing'>>(rows: readonly Row[]) =>
  [...rows].sort((a, b) =>
    JSON.stringify([a.feed, a.item, a.phrasing]).localeCompare(JSON.stringify([b.feed, b.item, b.phrasing])),
  );
