import type { Site } from '../feed/schema';

// What Herald counts when IT turns metrics on (docs/metrics.md): uses of an approved item, per day, item,
// wording and network. Never the draft, the profile, the install id, the page or anything finer than the day.

export const USE_KINDS = ['suggested', 'inserted', 'copied', 'shared', 'posted-verbatim', 'posted-edited'] as const;
export type UseKind = (typeof USE_KINDS)[number];

/** One use, as the content script or the popup reports it to the background (the `countUse` message). */
export type Use = {
  kind: UseKind;
  /** The library key of the item (its feed and id); the background turns it into the feed's and item's ids. */
  itemKey: string;
  /** The wording, numbered as the employee sees it: 1 is the item's own text, 2 its first phrasing… */
  phrasing: number;
  /** The network it was for; null for a plain Copy from the popup, which is for no network in particular. */
  site: Site | null;
};
