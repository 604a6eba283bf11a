import { type InstanceHosts, instanceHostedNetworks } from './registry';

/** IT's servers and the employee's, each once, IT's first, for every network on any domain. */
export function mergeInstances(organisation: InstanceHosts, own: InstanceHosts): InstanceHosts {
  return Object.fromEntries(
    instanceHostedNetworks().map((network) => [
      network.site,
      [...new Set([...(organisation[network.site] ?? []), ...(own[network.site] ?? [])])],
    ]),
  );
}
