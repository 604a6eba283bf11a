import type { Site } from '../feed/schema';
import { facebook } from './facebook';
import { linkedin } from './linkedin';
import type { SiteAdapter } from './site-adapter';
import { siteForHost } from './site-matches';
import { x } from './x';

export const ADAPTERS: Record<Site, SiteAdapter> = { linkedin, x, facebook };

export function adapterForHost(hostname: string): SiteAdapter | undefined {
  const site = siteForHost(hostname);
  return site ? ADAPTERS[site] : undefined;
}
