import { foldText } from '../fold-text';
import { findAll, type Span } from './find-all';

// A URL or a bare host name: labels joined by dots, then an optional port and path. The host decides.
export const HOST_OR_URL =
  /(?<![\p{L}\p{N}@._-])(?:[a-z][a-z0-9+.-]{0,20}:\/\/)?(?:[\p{L}\p{N}-]+\.)+[\p{L}\p{N}-]+(?::\d{1,5})?(?:[/?#][^\s<>"]*)?/giu;

const TRAILING_PUNCTUATION = /[.,;:!?)\]}'"’”]+$/;

/** A host as the detector compares it: folded like the draft it is looked for in, lower case, no final dot. */
export function normaliseHost(host: string): string {
  return foldText(host.trim()).text.toLowerCase().replace(/\.$/, '');
}

function hostOf(candidate: string): string {
  const withoutScheme = candidate.replace(/^[a-z][a-z0-9+.-]*:\/\//i, '');
  return normaliseHost(withoutScheme.split(/[/?#:]/, 1)[0] ?? '');
}

/** Links to any of `hosts` or their subdomains, without trailing sentence punctuation. */
export function findInternalLinks(text: string, hosts: readonly string[], limit: number): Span[] {
  const wanted = hosts.map(normaliseHost);
  return findAll(HOST_OR_URL, text, limit, (match) => {
    const host = hostOf(match[0]);
    if (!wanted.some((h) => host === h || host.endsWith(`.${h}`))) return undefined;
    const trimmed = match[0].replace(TRAILING_PUNCTUATION, '');
    return { start: match.index, end: match.index + trimmed.length };
  });
}
