import type { LibraryItem } from '../library/build-library';
import { approvedTexts } from './approved-texts';

/** The approved texts of a library, in index order, and the feed each comes from. */
export interface LibraryTexts {
  texts: string[];
  feeds: string[];
}

/**
 * Every approved text of the library, feed by feed, so a stretch of the draft can be traced to the feed whose
 * disclosure rule it should wake (a rule from one feed never fires on another company's words).
 */
export function libraryTexts(items: readonly Pick<LibraryItem, 'feedUrl' | 'text' | 'variants'>[]): LibraryTexts {
  const byFeed = new Map<string, Pick<LibraryItem, 'text' | 'variants'>[]>();
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
