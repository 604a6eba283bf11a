import { effectiveSettings } from '../../shared/settings/effective-settings';
import { DEFAULT_SETTINGS, managedConfigCacheItem, settingsItem } from '../../utils/storage';
import { useStorageItem } from '../use-storage-item';

export function useEffectiveSettings() {
  const user = useStorageItem(settingsItem) ?? DEFAULT_SETTINGS;
  const managed = useStorageItem(managedConfigCacheItem) ?? {};
  return { user, effective: effectiveSettings(user, managed) };
}
