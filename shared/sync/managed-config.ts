import { z } from 'zod';
import { metricsConfigSchema } from '../metrics/metrics-config';
import { instanceHosts } from '../sites/instance-host';
import { type InstanceSite, instanceHostedNetworks, SITES, type Site } from '../sites/registry';
import { instancesKey } from './managed-instances';

// What IT sets through enterprise policy (managedStorageSchema() describes the same keys to Chrome).
// Each key is read on its own: one malformed value must not void the others.
const lenient = <T extends z.ZodType>(schema: T) => schema.optional().catch(undefined);

const instancesSchema = lenient(z.array(z.string()).transform(instanceHosts));

export const managedConfigSchema = z.object({
  feedUrls: lenient(z.array(z.string())),
  feedPublicKeys: lenient(z.array(z.string())),
  syncIntervalMinutes: lenient(
    z
      .number()
      .int()
      .min(5)
      .max(24 * 60),
  ),
  disabledSites: lenient(
    z.array(z.string()).transform((names): Site[] => SITES.filter((site) => names.includes(site))),
  ),
  allowUserFeeds: lenient(z.boolean()),
  /** Usage counts, sent where IT says (docs/metrics.md); absent or malformed: nothing counted, nothing sent. */
  metrics: lenient(metricsConfigSchema),
  ...(Object.fromEntries(
    instanceHostedNetworks().map((network) => [instancesKey(network.site), instancesSchema]),
  ) as Record<`${InstanceSite}Instances`, typeof instancesSchema>),
});
export type ManagedConfig = z.infer<typeof managedConfigSchema>;

export function readManagedConfig(raw: unknown): ManagedConfig {
  const parsed = managedConfigSchema.safeParse(raw ?? {});
  return parsed.success ? parsed.data : {};
}

export function isEmptyConfig(config: ManagedConfig): boolean {
  return Object.values(config).every((value) => value === undefined);
}

/**
 * Chrome can answer `{}` for managed storage just after a forced install, before policy arrives. An empty
 * read at start-up therefore falls back to the last policy seen; a read prompted by a policy change is
 * trusted, so IT can clear a setting.
 */
export function effectiveManagedConfig(
  read: ManagedConfig,
  cached: ManagedConfig | null,
  prompt: 'start-up' | 'policy-changed',
): ManagedConfig {
  if (prompt === 'start-up' && isEmptyConfig(read) && cached) return cached;
  return read;
}
