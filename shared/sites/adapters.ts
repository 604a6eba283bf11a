import { type InstanceHosts, type Network, networkForHost } from './registry';

export function adapterForHost(hostname: string, instances: InstanceHosts = {}): Network | undefined {
  return networkForHost(hostname, instances);
}
