import { addUse, type CountedUse, type MetricCounts } from './counts';
import { USE_KINDS, type UseKind } from './use';

// The `plausible` format: one event per counted use, posted to Plausible's Events API (docs/metrics.md).
// Plausible takes custom property values as strings, so every prop is one; a Copy, for no network, says "none".

/** At most this many events (so POSTs) per send; the rest stay counted for the next send. */
export const PLAUSIBLE_EVENTS_PER_SEND = 1000;

export type PlausibleEvent = {
  name: 'Suggested' | 'Inserted' | 'Copied' | 'Shared' | 'Posted';
  url: string;
  domain: string;
  props: { item: string; phrasing: string; network: string; day: string; edited?: 'true' | 'false' };
};

/** An event with the use it stands for, so a send can take off exactly the events that were accepted. */
export type PlausibleEntry = { event: PlausibleEvent; day: string; use: CountedUse };

const NAMES: Record<UseKind, PlausibleEvent['name']> = {
  suggested: 'Suggested',
  inserted: 'Inserted',
  copied: 'Copied',
  shared: 'Shared',
  'posted-verbatim': 'Posted',
  'posted-edited': 'Posted',
};

function eventOf(day: string, use: CountedUse, domain: string): PlausibleEvent {
  const props: PlausibleEvent['props'] = {
    item: use.item,
    phrasing: String(use.phrasing),
    network: use.network ?? 'none',
    day,
  };
  if (use.kind === 'posted-verbatim' || use.kind === 'posted-edited')
    props.edited = use.kind === 'posted-edited' ? 'true' : 'false';
  return {
    name: NAMES[use.kind],
    url: `app://herald/${encodeURIComponent(use.feed)}/${encodeURIComponent(use.item)}`,
    domain,
    props,
  };
}

/** The events for what is counted, oldest day first, at most `cap` of them. */
export function plausibleEntries(
  counts: MetricCounts,
  domain: string,
  cap = PLAUSIBLE_EVENTS_PER_SEND,
): PlausibleEntry[] {
  const entries: PlausibleEntry[] = [];
  for (const day of Object.keys(counts).sort()) {
    const rows = Object.entries(counts[day] ?? {}).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    for (const [, { counts: byKind, ...where }] of rows) {
      for (const kind of USE_KINDS) {
        for (let n = byKind[kind] ?? 0; n > 0; n--) {
          if (entries.length >= cap) return entries;
          const use = { ...where, kind };
          entries.push({ event: eventOf(day, use, domain), day, use });
        }
      }
    }
  }
  return entries;
}

/** The counts the given entries stand for: what to subtract once they were accepted. */
export function countsOfEntries(entries: readonly PlausibleEntry[]): MetricCounts {
  return entries.reduce<MetricCounts>((counts, { day, use }) => addUse(counts, day, use), {});
}
