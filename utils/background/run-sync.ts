import { browser } from 'wxt/browser';
import demoFeed from '../../shared/feed/demo-feed.json';
import { parseFeed } from '../../shared/feed/parse-feed';
import { effectiveSettings } from '../../shared/settings/effective-settings';
import { feedSources } from '../../shared/sync/feed-sources';
import { DEMO_FEED_URL } from '../../shared/sync/feed-state';
import { DEFAULT_FETCH_LIMITS, type FetchOutcome } from '../../shared/sync/fetch-feed';
import type { ManagedConfig } from '../../shared/sync/managed-config';
import { nextFeedState } from '../../shared/sync/next-feed-state';
import { nextSyncDelayMinutes, unfinishedSyncDelayMinutes } from '../../shared/sync/next-sync-delay';
import { syncFeeds } from '../../shared/sync/sync-feeds';
import type { SyncReport } from '../messages';
import { feedStatesItem, settingsItem, userFeedUrlsItem } from '../storage';
import { updateBadge } from './badge';
import { loadManagedConfig } from './managed-config';

export const SYNC_ALARM = 'herald-sync';

function loadDemo(): FetchOutcome {
  const parsed = parseFeed(demoFeed);
  return parsed.ok
    ? { kind: 'ok', feed: parsed.feed, skipped: parsed.skipped }
    : { kind: 'error', message: 'the bundled demo feed is invalid' };
}

async function syncOnce(managed: ManagedConfig): Promise<SyncReport> {
  const [previous, userFeedUrls, userSettings] = await Promise.all([
    feedStatesItem.getValue(),
    userFeedUrlsItem.getValue(),
    settingsItem.getValue(),
  ]);
  const { syncIntervalMinutes } = effectiveSettings(userSettings, managed);
  // Before any fetch: a worker stopped mid-sync, or a sync that throws, must still leave the next one.
  await browser.alarms.create(SYNC_ALARM, {
    delayInMinutes: unfinishedSyncDelayMinutes(previous, syncIntervalMinutes, Math.random),
  });
  const { states, errors } = await syncFeeds(feedSources(managed, userFeedUrls), previous, {
    fetch: (url, init) => fetch(url, { ...init, cache: 'no-cache', credentials: 'omit' }),
    publicKeys: managed.feedPublicKeys ?? [],
    ...DEFAULT_FETCH_LIMITS,
    now: Date.now,
    loadDemo,
  });
  await feedStatesItem.setValue(states);
  await browser.alarms.create(SYNC_ALARM, {
    delayInMinutes: nextSyncDelayMinutes(states, syncIntervalMinutes, Math.random),
  });
  await updateBadge();
  return { errors, finishedAt: Date.now() };
}

/**
 * Chromium can take seconds to answer managed storage on a fresh profile. Until the first real sync, a
 * fresh install shows the bundled demo (labelled as such) instead of nothing.
 */
async function seedDemoOnFreshInstall(): Promise<void> {
  if (Object.keys(await feedStatesItem.getValue()).length > 0) return;
  const fresh = { url: DEMO_FEED_URL, origin: 'demo' as const, failures: 0, skipped: [] };
  await feedStatesItem.setValue({ [DEMO_FEED_URL]: nextFeedState(fresh, loadDemo(), Date.now()) });
}

let queue: Promise<unknown> = Promise.resolve();

/**
 * Syncs now, after any sync already running: a feed added during a sync is then never missed, and two syncs
 * never write the states over each other.
 */
export function runSync(prompt: 'start-up' | 'policy-changed' = 'start-up'): Promise<SyncReport> {
  const next = queue.then(async () => {
    await seedDemoOnFreshInstall();
    return syncOnce(await loadManagedConfig(prompt));
  });
  queue = next.catch(() => undefined);
  return next;
}

/**
 * At every start of the worker: the sync alarm must exist. Chrome keeps alarms across worker restarts, but
 * one may be missing (cleared, or lost by an older version that set it only after a sync that never
 * finished); then the next sync comes in half a minute. Queued, so a sync already scheduled wins.
 */
export function ensureSyncAlarm(): Promise<void> {
  const next = queue.then(async () => {
    if (await browser.alarms.get(SYNC_ALARM)) return;
    await browser.alarms.create(SYNC_ALARM, { delayInMinutes: 0.5 });
  });
  queue = next.catch(() => undefined);
  return next;
}
