import { useState } from 'react';
import { serialQueue } from '../../shared/async/serial-queue';
import { effectiveSettings } from '../../shared/settings/effective-settings';
import { DEFAULT_SETTINGS, managedConfigCacheItem, type Settings, settingsItem } from '../../utils/storage';
import { useStorageItem } from '../use-storage-item';

type Change = (settings: Settings) => Settings;

const queued = serialQueue();

/**
 * Reads the stored settings and writes them back changed, one change after another: the interval and the
 * sites are separate sections, and a write built from a section's stale copy would undo the other's change.
 */
function writeSettings(change: Change): Promise<void> {
  return queued(async () => settingsItem.setValue(change(await settingsItem.getValue())));
}

/**
 * The employee's settings and what IT's policy makes of them, and `update` to change them. The change shows
 * at once (a controlled checkbox would otherwise spring back until storage answers) and holds until the
 * stored value catches up.
 */
export function useEffectiveSettings() {
  const stored = useStorageItem(settingsItem);
  const managed = useStorageItem(managedConfigCacheItem) ?? {};
  // A change shown ahead of storage, and the stored value it was made over: any newer stored value replaces it.
  const [pending, setPending] = useState<{ settings: Settings; over: Settings | undefined }>();
  const user = pending && pending.over === stored ? pending.settings : (stored ?? DEFAULT_SETTINGS);
  const update = (change: Change) => {
    setPending({ settings: change(user), over: stored });
    writeSettings(change).catch(() => setPending(undefined));
  };
  return { user, effective: effectiveSettings(user, managed), update };
}
