import { type FeedItem, itemSchema } from '../../../shared/feed/schema';
import { X_MAX_WEIGHTED_LENGTH, xWeightedLength } from '../../../shared/text/x-weighted-length';
import type { Finding } from './finding';
import { sharedPostText } from './post-text';

export const LINKEDIN_MAX_LENGTH = 3_000;

function lengthFindings(item: FeedItem, path: PropertyKey[]): Finding[] {
  const findings: Finding[] = [];
  const xBody = item.variants?.x ?? item.text;
  const xLength = xWeightedLength(sharedPostText(xBody, item));
  if (xLength > X_MAX_WEIGHTED_LENGTH) {
    findings.push({
      severity: 'warning',
      path: [...path, ...(item.variants?.x ? ['variants', 'x'] : ['text'])],
      message:
        `the X post is ${xLength} of ${X_MAX_WEIGHTED_LENGTH} characters with its link and hashtags ` +
        `(a link counts 23): ${item.variants?.x ? 'shorten variants.x' : 'add a shorter variants.x'}`,
    });
  }
  const linkedinBody = item.variants?.linkedin ?? item.text;
  const linkedinLength = [...sharedPostText(linkedinBody, item)].length;
  if (linkedinLength > LINKEDIN_MAX_LENGTH) {
    findings.push({
      severity: 'warning',
      path: [...path, ...(item.variants?.linkedin ? ['variants', 'linkedin'] : ['text'])],
      message:
        `the LinkedIn post is ${linkedinLength} of ${LINKEDIN_MAX_LENGTH} characters with its link and hashtags: ` +
        `${item.variants?.linkedin ? 'shorten variants.linkedin' : 'add a shorter variants.linkedin'}`,
    });
  }
  return findings;
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

/** What will hurt an item Herald accepts: too long to post, out of date, or a link only this computer opens. */
export function itemFindings(items: unknown, now: Date): Finding[] {
  if (!Array.isArray(items)) return [];
  return items.flatMap((raw: unknown, index) => {
    const parsed = itemSchema.safeParse(raw);
    if (!parsed.success) return [];
    const path = ['items', index];
    return [
      ...lengthFindings(parsed.data, path),
      ...dateFindings(parsed.data, path, now),
      ...httpFindings(parsed.data, path),
    ];
  });
}
