import { itemPlaceholderProblems } from '../../../shared/feed/item-texts';
import { phrasingsOf } from '../../../shared/feed/phrasings';
import { type FeedItem, itemSchema } from '../../../shared/feed/schema';
import { composeForNetwork } from '../../../shared/share/compose-for-network';
import { NETWORKS } from '../../../shared/sites/registry';
import type { Finding } from './finding';

/**
 * Warns, per network and per wording (the item's own text and each of its phrasings), where the post Herald
 * would insert or share (the same composition) cannot fit, each counted by that network's own rule.
 */
function lengthFindings(item: FeedItem, path: PropertyKey[]): Finding[] {
  const findings = phrasingsOf(item).flatMap((phrasing, index) => {
    const at: PropertyKey[] = index === 0 ? path : [...path, 'phrasings', index - 1];
    const name = index === 0 ? '' : `phrasings.${index - 1}.`;
    return NETWORKS.flatMap(({ site, label, length }): Finding[] => {
      const fit = composeForNetwork(item, site, { phrasing: index });
      if (fit.ok) return [];
      const variant = phrasing.variants?.[site] !== undefined;
      const advice = variant ? `shorten ${name}variants.${site}` : `add a shorter ${name}variants.${site}`;
      return [
        {
          severity: 'warning',
          path: [...at, ...(variant ? ['variants', site] : ['text'])],
          message:
            `the ${label} post${index === 0 ? '' : ` in phrasing ${index}`} is ${fit.length} of ${fit.limit} characters with its link` +
            `${length.linkWeight ? ` (a link counts ${length.linkWeight})` : ''}: ${advice}`,
        },
      ];
    });
  });
  // Hashtags are the item's, whatever the wording: say once, for the item's own text, when some do not fit.
  const dropped = NETWORKS.flatMap(({ site }): Finding[] => {
    const fit = composeForNetwork(item, site);
    return fit.ok && fit.droppedHashtags
      ? [{ severity: 'warning', path: [...path, 'hashtags'], message: fit.note ?? 'some hashtags do not fit' }]
      : [];
  });
  return [...findings, ...dropped];
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
