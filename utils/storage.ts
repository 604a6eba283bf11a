import { storage } from 'wxt/utils/storage';
import type { Site } from '../shared/feed/schema';
import type { LibraryHead } from '../shared/library/library-head';
import type { MetricCounts } from '../shared/metrics/counts';
import type { MetricsFormat } from '../shared/metrics/metrics-config';
import type { InstanceHosts } from '../shared/sites/registry';
import type { FeedState } from '../shared/sync/feed-state';
import type { ManagedConfig } from '../shared/sync/managed-config';
import { EMPTY_PROFILE, type Profile } from '../shared/text/placeholders';

// Every value Herald keeps, declared once. Bump `version` and add a migration when a shape changes.
// Nothing the employee types is ever stored: drafts stay in the page.

/** Last good feed and sync status per source URL. */
export const feedStatesItem = storage.defineItem<Record<string, FeedState>>('local:feedStates', {
  fallback: {},
  version: 1,
});

/** Feeds the employee added in the options page. */
export const userFeedUrlsItem = storage.defineItem<string[]>('local:userFeedUrls', { fallback: [], version: 1 });

export type Settings = { syncIntervalMinutes: number; disabledSites: Site[] };
export const DEFAULT_SETTINGS: Settings = { syncIntervalMinutes: 30, disabledSites: [] };
export const settingsItem = storage.defineItem<Settings>('local:settings', { fallback: DEFAULT_SETTINGS, version: 1 });

/** Servers the employee named for networks on any domain (their Mastodon server), by network. */
export const instanceHostsItem = storage.defineItem<InstanceHosts>('local:instanceHosts', { fallback: {}, version: 1 });

/** The last managed policy seen, for the start-up moments when Chrome reads it as `{}`. */
export const managedConfigCacheItem = storage.defineItem<ManagedConfig | null>('local:managedConfigCache', {
  fallback: null,
  version: 1,
});

/** Keys of library items the employee has seen in the popup; the rest count on the badge as new. */
export const seenItemKeysItem = storage.defineItem<string[]>('local:seenItemKeys', { fallback: [], version: 1 });

export type ShareRecord = { site: Site | 'copy'; at: number };
/** What the employee shared, where and when, by item key. */
export const shareHistoryItem = storage.defineItem<Record<string, ShareRecord[]>>('local:shareHistory', {
  fallback: {},
  version: 1,
});

/** The first cards of each popup list, written by the background after every sync (see library-head.ts). */
export const libraryHeadItem = storage.defineItem<LibraryHead | null>('local:libraryHead', {
  fallback: null,
  version: 1,
});

/**
 * "About you" from the options page: what fills `{firstName}`, `{jobTitle}`, `{team}` and `{location}`.
 * storage.local only, never sync: it stays on this computer and is never sent anywhere.
 */
export const profileItem = storage.defineItem<Profile>('local:profile', { fallback: EMPTY_PROFILE, version: 1 });

/**
 * A random id made in this browser at install (or on first need), so each install picks its own wording of
 * an item (shared/share/pick-phrasing.ts). Never sent anywhere, never shown, never written anywhere else.
 */
export const installIdItem = storage.defineItem<string>('local:installId', {
  init: () => crypto.randomUUID(),
  version: 1,
});

/** How many times the employee asked for "Another wording", per item key; below the item's count of wordings. */
export const phrasingOffsetsItem = storage.defineItem<Record<string, number>>('local:phrasingOffsets', {
  fallback: {},
  version: 1,
});

/**
 * Counts of uses of approved items, by day, item, wording and network (shared/metrics/counts.ts), kept only
 * while IT's `metrics` policy is on and until sent; never more than 7 days back. No text, no page, no id.
 */
export const metricCountsItem = storage.defineItem<MetricCounts>('local:metricCounts', { fallback: {}, version: 1 });

/** The last send that went through, body byte for byte, so Options can show the employee what left. */
export type MetricsLastSent = { at: number; endpoint: string; format: MetricsFormat; body: string };
export const metricsLastSentItem = storage.defineItem<MetricsLastSent | null>('local:metricsLastSent', {
  fallback: null,
  version: 1,
});

/** When the next send is due, and how many sends failed in a row (for the backoff). */
export type MetricsSchedule = { nextAt: number; failures: number };
export const metricsScheduleItem = storage.defineItem<MetricsSchedule | null>('local:metricsSchedule', {
  fallback: null,
  version: 1,
});
