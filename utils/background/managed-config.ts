import { browser } from 'wxt/browser';
import { effectiveManagedConfig, type ManagedConfig, readManagedConfig } from '../../shared/sync/managed-config';
import { managedConfigCacheItem } from '../storage';

async function readManagedStorage(): Promise<unknown> {
  try {
    return await browser.storage.managed.get();
  } catch {
    // Firefox throws when no policy is set; some Chromium builds lack the area outside managed machines.
    return {};
  }
}

/** IT's configuration, read fresh, with the cache covering Chrome's empty answers just after install. */
export async function loadManagedConfig(prompt: 'start-up' | 'policy-changed'): Promise<ManagedConfig> {
  const read = readManagedConfig(await readManagedStorage());
  const config = effectiveManagedConfig(read, await managedConfigCacheItem.getValue(), prompt);
  if (config === read) await managedConfigCacheItem.setValue(read);
  return config;
}
