import { itemPlaceholderProblems } from '../../../shared/feed/item-texts';
import { type FeedItem, itemSchema } from '../../../shared/feed/schema';
import { composeForNetwork } from '../../../shared/share/compose-for-network';
import { NETWORKS } from '../../../shared/sites/registry';
import type { Finding } from './finding';

/**
 * Warns, per network, where the post Herald would insert or share (the same composition) cannot fit, each
 * counted by that network's own rule.
 */
function lengthFindings(item: FeedItem, path: PropertyKey[]): Finding[] {
  return NETWORKS.flatMap(({ site, label, length }): Finding[] => {
    const fit = composeForNetwork(item, site);
    const where = item.variants?.[site] ? ['variants', site] : ['text'];
    const advice = item.variants?.[site] ? `shorten variants.${site}` : `add a shorter variants.${site}`;
    if (!fit.ok) {
      return [
        {
          severity: 'warning',
          path: [...path, ...where],
          message:
            `the ${label} post is ${fit.length} of ${fit.limit} characters with its link` +
            `${length.linkWeight ? ` (a link counts ${length.linkWeight})` : ''}: ${advice}`,
        },
      ];
    }
    if (fit.droppedHashtags) {
      return [{ severity: 'warning', path: [...path, 'hashtags'], message: fit.note ?? 'some hashtags do not fit' }];
    }
    return [];
  });
}

function dateFindings(item: FeedItem, path: PropertyKey[], now: Date): Finding[] {
  const findings: Finding[] = [];
  const starts = item.startsAt ? new Date(item.startsAt) : undefined;
  const expires = item.expiresAt ? new Date(item.expiresAt) : undefined;
  if (starts && expires && starts >= expires) {
    findings.push({
      severity: 'warning',
      path: [...path, 'expiresAt'],
      message: `expires before it starts (${item.startsAt}): Herald never shows it`,
    });
  } else if (expires && expires <= now) {
    findings.push({
      severity: 'warning',
      path: [...path, 'expiresAt'],
      message: `expired on ${item.expiresAt}: Herald no longer shows it`,
    });
  } else if (starts && starts > now) {
    findings.push({
      severity: 'warning',
      path: [...path, 'startsAt'],
      message: `has not started: Herald shows it from ${item.startsAt}`,
    });
  }
  return findings;
}

function httpFindings(item: FeedItem, path: PropertyKey[]): Finding[] {
  const links: [PropertyKey[], string | undefined][] = [
    [['url'], item.url],
    [['image', 'url'], item.image?.url],
  ];
  return links
    .filter(([, url]) => url?.startsWith('http:'))
    .map(([where]) => ({
      severity: 'warning',
      path: [...path, ...where],
      message: 'an http:// link only works on this computer: publish the feed with https:// links',
    }));
}

/** Herald skips an item with an unknown placeholder or a stray brace: an error, in each text where it is. */
function placeholderFindings(item: FeedItem, path: PropertyKey[]): Finding[] {
  return itemPlaceholderProblems(item).map(({ path: where, message }) => ({
    severity: 'error',
    path: [...path, ...where],
    message,
  }));
}

/** What will hurt an item Herald accepts: too long to post, out of date, or a link only this computer opens. */
export function itemFindings(items: unknown, now: Date): Finding[] {
  if (!Array.isArray(items)) return [];
  return items.flatMap((raw: unknown, index) => {
    const parsed = itemSchema.safeParse(raw);
    if (!parsed.success) return [];
    const path = ['items', index];
    return [
      ...placeholderFindings(parsed.data, path),
      ...lengthFindings(parsed.data, path),
      ...dateFindings(parsed.data, path, now),
      ...httpFindings(parsed.data, path),
    ];
  });
}
