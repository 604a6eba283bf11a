import type { Site } from '../feed/schema';
import type { ManagedConfig } from '../sync/managed-config';

export type UserSettings = { syncIntervalMinutes: number; disabledSites: Site[] };

export type EffectiveSettings = UserSettings & {
  allowUserFeeds: boolean;
  /** Set by IT: shown in the options page as locked. */
  intervalSetByOrganisation: boolean;
  sitesDisabledByOrganisation: Site[];
};

/** IT's managed values win; an employee can switch off more sites, never switch on one IT switched off. */
export function effectiveSettings(user: UserSettings, managed: ManagedConfig): EffectiveSettings {
  const organisationSites = managed.disabledSites ?? [];
  return {
    syncIntervalMinutes: managed.syncIntervalMinutes ?? user.syncIntervalMinutes,
    disabledSites: [...new Set([...organisationSites, ...user.disabledSites])],
    allowUserFeeds: managed.allowUserFeeds ?? true,
    intervalSetByOrganisation: managed.syncIntervalMinutes !== undefined,
    sitesDisabledByOrganisation: organisationSites,
  };
}
