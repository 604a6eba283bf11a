import { browser } from 'wxt/browser';
import { onMessage } from '../messages';
import {
  installIdItem,
  instanceHostsItem,
  managedConfigCacheItem,
  seenItemKeysItem,
  settingsItem,
  shareHistoryItem,
} from '../storage';
import { addUserFeed, removeUserFeed } from './add-feed';
import { updateBadge } from './badge';
import { syncInstanceScripts } from './instance-scripts';
import { keepLibraryHead } from './library-head';
import { ensureSyncAlarm, runSync, SYNC_ALARM } from './run-sync';
import { startMetrics } from './start-metrics';

export function startBackground(): void {
  void ensureSyncAlarm().catch((error: unknown) => console.warn('Herald:', error));
  browser.runtime.onInstalled.addListener(() => {
    // Made now, once, so every context reads the same id (installIdItem makes it on first read otherwise).
    void installIdItem.getValue();
    void runSync();
  });
  browser.runtime.onStartup.addListener(() => void runSync());
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === SYNC_ALARM) void runSync();
  });
  browser.storage.onChanged.addListener((_changes, area) => {
    if (area === 'managed') void runSync('policy-changed');
  });
  // A new interval takes effect now, not after the old one runs out.
  settingsItem.watch((next, previous) => {
    if (next.syncIntervalMinutes !== previous.syncIntervalMinutes) void runSync();
  });

  // Servers on any domain (Mastodon's) get the content script at run time: checked at every start, since a
  // worker may have stopped between a change and its registration, and at every change of servers or grants.
  const syncScripts = () => void syncInstanceScripts().catch((error: unknown) => console.warn('Herald:', error));
  syncScripts();
  instanceHostsItem.watch(syncScripts);
  managedConfigCacheItem.watch(syncScripts);
  browser.permissions.onAdded.addListener(syncScripts);
  browser.permissions.onRemoved.addListener(syncScripts);

  keepLibraryHead();
  startMetrics();

  onMessage('syncNow', () => runSync());
  onMessage('addFeed', ({ data }) => addUserFeed(data));
  onMessage('removeFeed', ({ data }) => removeUserFeed(data));
  onMessage('markItemsSeen', async ({ data }) => {
    const seen = new Set([...(await seenItemKeysItem.getValue()), ...data]);
    await seenItemKeysItem.setValue([...seen]);
    await updateBadge();
  });
  onMessage('recordShare', async ({ data }) => {
    const history = await shareHistoryItem.getValue();
    const records = [...(history[data.key] ?? []), { site: data.site, at: Date.now() }];
    await shareHistoryItem.setValue({ ...history, [data.key]: records });
  });
}
