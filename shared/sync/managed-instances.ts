import type { InstanceHosts, InstanceSite } from '../sites/registry';
import { instanceHostedNetworks } from '../sites/registry';
import type { ManagedConfig } from './managed-config';

// Apart from managed-config.ts (and its zod) so the content script can read the servers without the parser.

/** The policy key naming a network's servers, for networks on any domain: `mastodonInstances`. */
export function instancesKey<S extends InstanceSite>(site: S): `${S}Instances` {
  return `${site}Instances`;
}

/** IT's servers for each network on any domain, from the `<site>Instances` keys. */
export function managedInstances(config: ManagedConfig): InstanceHosts {
  return Object.fromEntries(
    instanceHostedNetworks().map((network) => [network.site, config[instancesKey(network.site)] ?? []]),
  );
}
