import { approvedTexts } from './approved-texts';

// Whatever approvedTexts reads of an item (text and variants, phrasings once items carry them), with its feed.
type Approved = Parameters<typeof approvedTexts>[0][number];

/** The approved texts of a library, in index order, and the feed each comes from. */
export interface LibraryTexts {
  texts: string[];
  feeds: string[];
}

/**
 * Every approved text of the library, feed by feed, so a stretch of the draft can be traced to the feed whose
 * disclosure rule it should wake (a rule from one feed never fires on another company's words).
 */
export function libraryTexts(items: readonly (Approved & { feedUrl: string })[]): LibraryTexts {
  const byFeed = new Map<string, Approved[]>();
  for (const item of items) {
    const list = byFeed.get(item.feedUrl);
    if (list) list.push(item);
    else byFeed.set(item.feedUrl, [item]);
  }
  const texts: string[] = [];
  const feeds: string[] = [];
  for (const [feedUrl, feedItems] of byFeed) {
    for (const text of approvedTexts(feedItems)) {
      texts.push(text);
      feeds.push(feedUrl);
    }
  }
  return { texts, feeds };
}
