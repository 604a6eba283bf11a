import { storage } from 'wxt/utils/storage';
import type { Site } from '../shared/feed/schema';
import type { FeedState } from '../shared/sync/feed-state';

// Every value Herald keeps, declared once. Bump `version` and add a migration when a shape changes.

export const feedStatesItem = storage.defineItem<Record<string, FeedState>>('local:feedStates', {
  fallback: {},
  version: 1,
});

export const userFeedUrlsItem = storage.defineItem<string[]>('local:userFeedUrls', { fallback: [], version: 1 });

export type Settings = { syncIntervalMinutes: number; disabledSites: Site[] };
export const settingsItem = storage.defineItem<Settings>('local:settings', {
  fallback: { syncIntervalMinutes: 30, disabledSites: [] },
  version: 1,
});
