import type { Site } from '../feed/schema';

export type UtmTags = { source: Site; campaign: string };

const OURS = ['utm_source', 'utm_medium', 'utm_campaign'];

function paramName(pair: string): string {
  const name = pair.split('=', 1)[0] ?? '';
  try {
    return decodeURIComponent(name.replace(/\+/g, ' '));
  } catch {
    return name;
  }
}

/**
 * `url` tagged so the comms team's analytics can tell which network an employee share came from. The rest
 * of the query and the hash stay byte for byte (URLSearchParams would re-encode them); utm_source,
 * utm_medium and utm_campaign already there are replaced, other utm_ values (utm_content…) kept.
 * A string that is not a URL comes back as it was.
 */
export function withUtm(url: string, { source, campaign }: UtmTags): string {
  if (!URL.canParse(url)) return url;
  const hashAt = url.indexOf('#');
  const beforeHash = hashAt === -1 ? url : url.slice(0, hashAt);
  const hash = hashAt === -1 ? '' : url.slice(hashAt);
  const queryAt = beforeHash.indexOf('?');
  const base = queryAt === -1 ? beforeHash : beforeHash.slice(0, queryAt);
  const query = queryAt === -1 ? '' : beforeHash.slice(queryAt + 1);
  const kept = query.split('&').filter((pair) => pair !== '' && !OURS.includes(paramName(pair)));
  const tags = new URLSearchParams({ utm_source: source, utm_medium: 'employee_advocacy', utm_campaign: campaign });
  return `${base}?${[...kept, tags.toString()].join('&')}${hash}`;
}
