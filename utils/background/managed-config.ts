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

const TIMED_OUT = Symbol('timed out');

function within<T>(promise: Promise<T>, ms: number): Promise<T | typeof TIMED_OUT> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<typeof TIMED_OUT>((resolve) => {
    timer = setTimeout(() => resolve(TIMED_OUT), ms);
  });
  return Promise.race([promise, late]).finally(() => clearTimeout(timer));
}

/**
 * IT's configuration, read fresh, with the cache covering Chrome's empty answers just after install. With
 * `timeoutMs`, a read that takes longer (seconds on a fresh profile) gives the last policy seen instead: for
 * what the employee waits on, such as adding a feed.
 */
export async function loadManagedConfig(
  prompt: 'start-up' | 'policy-changed',
  { timeoutMs }: { timeoutMs?: number } = {},
): Promise<ManagedConfig> {
  if (timeoutMs !== undefined) return (await loadManagedConfigWithin(prompt, timeoutMs)).config;
  return fromStorage(await readManagedStorage(), prompt);
}

/** As loadManagedConfig with a bound, saying whether the read was late (and the last policy seen stood in). */
export async function loadManagedConfigWithin(
  prompt: 'start-up' | 'policy-changed',
  timeoutMs: number,
): Promise<{ config: ManagedConfig; late: boolean }> {
  const raw = await within(readManagedStorage(), timeoutMs);
  if (raw === TIMED_OUT) return { config: (await managedConfigCacheItem.getValue()) ?? {}, late: true };
  return { config: await fromStorage(raw, prompt), late: false };
}

async function fromStorage(raw: unknown, prompt: 'start-up' | 'policy-changed'): Promise<ManagedConfig> {
  const read = readManagedConfig(raw);
  const config = effectiveManagedConfig(read, await managedConfigCacheItem.getValue(), prompt);
  if (config === read) await managedConfigCacheItem.setValue(read);
  return config;
}
