import type { Library } from '../library/build-library';

/**
 * What a disclosure rule without `when` listens for, per feed: the publisher's name and its items' keywords.
 * A rule from one feed never fires on another company's name.
 */
export function disclosureTermsByFeed(library: Pick<Library, 'items'>): Map<string, string[]> {
  const byFeed = new Map<string, Set<string>>();
  for (const item of library.items) {
    let terms = byFeed.get(item.feedUrl);
    if (!terms) {
      terms = new Set();
      byFeed.set(item.feedUrl, terms);
    }
    terms.add(item.publisherName);
    for (const keyword of item.keywords ?? []) terms.add(keyword);
  }
  return new Map([...byFeed].map(([feedUrl, terms]) => [feedUrl, [...terms]]));
}
