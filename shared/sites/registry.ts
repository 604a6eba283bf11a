import type { NetworkProfile } from './network-profile';
import { PROFILES } from './profiles';

// Everything that lists networks (the feed schema's ids and variants, the manifest's matches, share buttons,
// the managed schema, the CLI's checks, the docs' tables) derives from the profiles through here.
// tests/unit/sites/registry.test.ts registers a throwaway profile and finds it everywhere.
type Profile = (typeof PROFILES)[number];
export type Site = Profile['site'];
export type Network = NetworkProfile<Site>;
/** Networks that live on servers the employee or IT names (Mastodon). */
export type InstanceSite = Extract<Profile, { instanceHosted: true }>['site'];

export const NETWORKS: readonly Network[] = PROFILES;

export const SITES = NETWORKS.map((network) => network.site) as unknown as readonly [Site, ...Site[]];

const BY_SITE = new Map<string, Network>(NETWORKS.map((network) => [network.site, network]));

export function networkOf(site: Site): Network {
  const network = BY_SITE.get(site);
  if (!network) throw new Error(`No network profile for "${site}"`);
  return network;
}

export function labelOf(site: Site): string {
  return networkOf(site).label;
}

function onHost(host: string, names: readonly string[]): boolean {
  return names.some((name) => host === name || host.endsWith(`.${name}`));
}

/** Host names of the instances named for each instance-hosted network (Mastodon's live on any domain). */
export type InstanceHosts = Partial<Record<InstanceSite, readonly string[]>>;

/** The network served at `hostname`: one with fixed hosts, else the one whose named instances include it. */
export function networkForHost(hostname: string, instances: InstanceHosts = {}): Network | undefined {
  const host = hostname.toLowerCase();
  return NETWORKS.find((network) =>
    network.instanceHosted
      ? (instances[network.site as InstanceSite] ?? []).some((instance) => instance.toLowerCase() === host)
      : onHost(host, network.hosts),
  );
}

/** The networks that live on instances the employee or IT names. */
export function instanceHostedNetworks(): NetworkProfile<InstanceSite>[] {
  return NETWORKS.filter((network): network is NetworkProfile<InstanceSite> => Boolean(network.instanceHosted));
}

/** The content script's matches in the manifest: every network with fixed hosts. */
export function manifestMatches(): string[] {
  return NETWORKS.flatMap((network) => network.matches);
}

/** Every network's name in one phrase: "LinkedIn, X, Facebook, Threads, Bluesky or Mastodon". */
export function networkNames(type: 'conjunction' | 'disjunction'): string {
  return new Intl.ListFormat('en', { type }).format(NETWORKS.map((network) => network.label));
}
