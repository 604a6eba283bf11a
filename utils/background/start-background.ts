import { browser } from 'wxt/browser';
import { onMessage } from '../messages';
import { seenItemKeysItem, settingsItem, shareHistoryItem } from '../storage';
import { addUserFeed, removeUserFeed } from './add-feed';
import { updateBadge } from './badge';
import { runSync, SYNC_ALARM } from './run-sync';

export function startBackground(): void {
  browser.runtime.onInstalled.addListener(() => void runSync());
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
