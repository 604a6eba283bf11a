import type { Site } from '../feed/schema';

// Where Herald may run. The content script's matches and the site toggles in the options page both come
// from here, so adding a network is one entry.
export const SITE_MATCHES: Record<Site, readonly string[]> = {
  linkedin: ['*://*.linkedin.com/*'],
  x: ['*://x.com/*', '*://twitter.com/*'],
  facebook: ['*://*.facebook.com/*'],
};

export const SITE_LABELS: Record<Site, string> = { linkedin: 'LinkedIn', x: 'X', facebook: 'Facebook' };

export function siteForHost(hostname: string): Site | undefined {
  const host = hostname.toLowerCase();
  if (host === 'linkedin.com' || host.endsWith('.linkedin.com')) return 'linkedin';
  if (host === 'x.com' || host === 'twitter.com' || host.endsWith('.x.com') || host.endsWith('.twitter.com'))
    return 'x';
  if (host === 'facebook.com' || host.endsWith('.facebook.com')) return 'facebook';
  return undefined;
}
