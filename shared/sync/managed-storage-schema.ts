import { instanceHostedNetworks, NETWORKS } from '../sites/registry';
import { instancesKey } from './managed-instances';

type Property = {
  title: string;
  description: string;
  type: 'array' | 'integer' | 'boolean' | 'object' | 'string';
  items?: { type: 'string' };
  properties?: Record<string, Property>;
};

const strings = { type: 'array', items: { type: 'string' } } as const;

/**
 * The schema Chrome checks IT's policy against (the manifest's `storage.managed_schema`), generated at build
 * from the same keys `managedConfigSchema` reads, so the network lists in it come from the registry.
 */
export function managedStorageSchema(): { type: 'object'; properties: Record<string, Property> } {
  const instances = Object.fromEntries(
    instanceHostedNetworks().map((network): [string, Property] => [
      instancesKey(network.site),
      {
        title: `${network.label} servers`,
        description: `Host names of your organisation's ${network.label} servers (like social.example): Herald runs in their composer.`,
        ...strings,
      },
    ]),
  );
  return {
    type: 'object',
    properties: {
      feedUrls: {
        title: 'Feed URLs',
        description:
          "Content feeds (https) that every employee's Herald syncs. They cannot be removed by the employee.",
        ...strings,
      },
      feedPublicKeys: {
        title: 'Feed signing keys',
        description:
          'Base64 Ed25519 public keys. When set, a feed is only accepted with a valid signature (feed.json.sig) from one of them.',
        ...strings,
      },
      syncIntervalMinutes: {
        title: 'Sync interval (minutes)',
        description: 'How often Herald checks the feeds. Default 30.',
        type: 'integer',
      },
      disabledSites: {
        title: 'Sites where Herald is off',
        description: `Any of: ${NETWORKS.map((network) => network.site).join(', ')}.`,
        ...strings,
      },
      allowUserFeeds: {
        title: 'Allow employees to add feeds',
        description: "Whether employees may add feeds of their own in Herald's options. Default true.",
        type: 'boolean',
      },
      metrics: {
        title: 'Usage counts',
        description:
          'Off when not set. Where Herald sends its daily counts of how approved items are used (no text, no employee id): see docs/metrics.md.',
        type: 'object',
        properties: {
          endpoint: {
            title: 'Endpoint',
            description: 'https URL (http only to 127.0.0.1 or localhost); the endpoint must allow CORS.',
            type: 'string',
          },
          format: {
            title: 'Format',
            description: '"json" (one batch a day) or "plausible" (Plausible\'s Events API).',
            type: 'string',
          },
          domain: {
            title: 'Plausible domain',
            description: 'The site in Plausible. Default "herald".',
            type: 'string',
          },
        },
      },
      ...instances,
    },
  };
}
