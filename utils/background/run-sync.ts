import { browser } from 'wxt/browser';
import { serialQueue } from '../../shared/async/serial-queue';
import demoFeed from '../../shared/feed/demo-feed.json';
import { parseFeed } from '../../shared/feed/parse-feed';
import { feedHash } from '../../shared/library/content-hash';
import { PATTERN_RULES, revetHeldFeeds } from '../../shared/policy/pattern-revet';
import { effectiveSettings } from '../../shared/settings/effective-settings';
import { type FeedSource, feedSources } from '../../shared/sync/feed-sources';
import { DEMO_FEED_URL, type FeedState } from '../../shared/sync/feed-state';
import { DEFAULT_FETCH_LIMITS, type FetchOutcome } from '../../shared/sync/fetch-feed';
import type { ManagedConfig } from '../../shared/sync/managed-config';
import { nextFeedState } from '../../shared/sync/next-feed-state';
import { nextSyncDelayMinutes, unfinishedSyncDelayMinutes } from '../../shared/sync/next-sync-delay';
import { syncFeeds } from '../../shared/sync/sync-feeds';
import type { SyncReport } from '../messages';
import { feedStatesItem, settingsItem, userFeedUrlsItem } from '../storage';
import { updateBadge } from './badge';
import { reviseFeedStates, seedFeedStates, storeFeedStates } from './feed-store';
import { loadManagedConfigWithin } from './managed-config';

export const SYNC_ALARM = 'herald-sync';

function loadDemo(): FetchOutcome {
  const parsed = parseFeed(demoFeed);
  return parsed.ok
    ? { kind: 'ok', feed: parsed.feed, skipped: parsed.skipped }
    : { kind: 'error', message: 'the bundled demo feed is invalid' };
}

/** Fetches `sources` and stores their states merged into what is held by then. */
async function syncSources(
  sources: readonly FeedSource[],
  previous: Readonly<Record<string, FeedState>>,
  managed: ManagedConfig,
): Promise<{ states: Record<string, FeedState>; errors: SyncReport['errors'] }> {
  const { states, errors } = await syncFeeds(sources, previous, {
    fetch: (url, init) => fetch(url, { ...init, cache: 'no-cache', credentials: 'omit' }),
    publicKeys: managed.feedPublicKeys ?? [],
    ...DEFAULT_FETCH_LIMITS,
    now: Date.now,
    loadDemo,
  });
  // Fetched feeds were parsed by today's rules, and a kept (304) copy was re-vetted before the sync began.
  // The content hash is taken here, off the page, so no tab spends a long task on it.
  const vetted = Object.fromEntries(
    Object.entries(states).map(([url, state]) => [
      url,
      { ...state, patternRules: PATTERN_RULES, contentHash: state.feed && feedHash(state.feed) },
    ]),
  );
  return { states: await storeFeedStates(vetted, managed), errors };
}

/**
 * How long a sync waits for managed storage before going by the last policy seen: Chromium has been seen to
 * take longer than 20 s on a loaded machine, and "Sync now" would spin all that time.
 */
export const SYNC_MANAGED_TIMEOUT_MS = 5_000;

/** `managedLate`: the policy is the last one seen, not read now; the next sync comes soon to read it. */
async function syncOnce(managed: ManagedConfig, managedLate = false): Promise<SyncReport> {
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
  const { states, errors } = await syncSources(feedSources(managed, userFeedUrls), previous, managed);
  await browser.alarms.create(SYNC_ALARM, {
    delayInMinutes: managedLate
      ? unfinishedSyncDelayMinutes(states, syncIntervalMinutes, Math.random)
      : nextSyncDelayMinutes(states, syncIntervalMinutes, Math.random),
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
  const fresh = { url: DEMO_FEED_URL, origin: 'demo' as const, failures: 0, skipped: [], patternRules: PATTERN_RULES };
  await seedFeedStates({ [DEMO_FEED_URL]: nextFeedState(fresh, loadDemo(), Date.now()) });
}

/** Drops held policies whose patterns newer rules refuse, before anything else reads them again. */
async function revetHeldPatterns(): Promise<void> {
  await reviseFeedStates(revetHeldFeeds);
}

const queued = serialQueue();

/**
 * Syncs now, after any sync already running: two full syncs never fetch the same feeds twice at once. The
 * states are written through the feed store, so a feed added meanwhile is kept.
 */
export function runSync(prompt: 'start-up' | 'policy-changed' = 'start-up'): Promise<SyncReport> {
  return queued(async () => {
    await seedDemoOnFreshInstall();
    await revetHeldPatterns();
    const { config, late } = await loadManagedConfigWithin(prompt, SYNC_MANAGED_TIMEOUT_MS);
    return syncOnce(config, late);
  });
}

/**
 * Fetches one feed just added, outside the sync queue: the employee waits for this feed only, never behind
 * a slow one or a sync in progress.
 */
export async function syncAddedFeed(url: string, managed: ManagedConfig): Promise<SyncReport> {
  const held = (await feedStatesItem.getValue())[url];
  const { errors } = await syncSources([{ url, origin: 'user' }], held ? { [url]: held } : {}, managed);
  await updateBadge();
  return { errors, finishedAt: Date.now() };
}

/**
 * At every start of the worker: the sync alarm must exist. Chrome keeps alarms across worker restarts, but
 * one may be missing (cleared, or lost by an older version that set it only after a sync that never
 * finished); then the next sync comes in half a minute. Queued, so a sync already scheduled wins.
 */
export function ensureSyncAlarm(): Promise<void> {
  return queued(async () => {
    if (await browser.alarms.get(SYNC_ALARM)) return;
    await browser.alarms.create(SYNC_ALARM, { delayInMinutes: 0.5 });
  });
}
