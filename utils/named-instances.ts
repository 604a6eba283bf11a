import { mergeInstances } from '../shared/sites/merge-instances';
import type { InstanceHosts } from '../shared/sites/registry';
import { managedInstances } from '../shared/sync/managed-instances';
import { instanceHostsItem, managedConfigCacheItem } from './storage';

/** The servers Herald works on for networks on any domain: IT's (from the last policy seen) and the employee's. */
export async function namedInstances(): Promise<InstanceHosts> {
  const [managed, own] = await Promise.all([managedConfigCacheItem.getValue(), instanceHostsItem.getValue()]);
  return mergeInstances(managedInstances(managed ?? {}), own);
}
