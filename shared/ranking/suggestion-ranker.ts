import type { SearchResult } from 'minisearch';
import type { Site } from '../feed/schema';
import { isLive } from '../library/build-library';
import { buildItemIndex, indexTerm, indexTerms } from '../search/item-index';
import { fuzzyUnlessKnown, PRE_PROCESSED, searchTyped } from '../search/search-index';
import type { KeyedItem } from './keyed-item';
import { newestFirst } from './newest-first';

export type Ranked<T extends KeyedItem = KeyedItem> = {
  item: T;
  score: number;
  /** The draft's words (folded) that this item matched; empty when it is only a newest-first pick. */
  why: string[];
  /** Clearly about what the draft says: counted by the launcher's badge. */
  fits: boolean;
};

export type SuggestionRanker<T extends KeyedItem = KeyedItem> = {
  /** The best items for what is being written on `site`, best first; newest first when nothing matches. */
  rank(draft: string, site: Site, now: Date, limit?: number): Ranked<T>[];
  /** How many live items clearly fit the draft: the launcher's badge. */
  fittingCount(draft: string, site: Site, now: Date): number;
  /** The inline panel's search field: every word may be unfinished or misspelt. */
  search(query: string, limit?: number, now?: Date): Ranked<T>[];
};

const DEFAULT_LIMIT = 5;
// A long LinkedIn draft has hundreds of distinct words; the most recent ones say best what the writer is on
// about now, and each extra term costs a walk of the index.
const MAX_DRAFT_TERMS = 48;
const STRONG_FIELDS = new Set(['title', 'keywords', 'tags']);
// News is worth up to 50% more the day it is published, half that two weeks later.
const NEWS_BOOST = 0.5;
const NEWS_HALF_LIFE_DAYS = 14;
const VARIANT_BOOST = 1.25;
const DAY_MS = 86_400_000;

function recencyBoost(publishedAt: number | undefined, now: Date): number {
  if (publishedAt === undefined || Number.isNaN(publishedAt)) return 1;
  const ageDays = Math.max(0, (now.getTime() - publishedAt) / DAY_MS);
  return 1 + NEWS_BOOST * 0.5 ** (ageDays / NEWS_HALF_LIFE_DAYS);
}

/** The draft's search terms, most recent last, and the word still being typed if there is one. */
function draftTerms(draft: string): { terms: string[]; typing: string | null } {
  const all = indexTerms(draft);
  const lastWord = /[\p{L}\p{N}]+$/u.exec(draft)?.[0];
  const typing = lastWord && lastWord.length >= 3 ? indexTerm(lastWord) : null;
  const distinct: string[] = [];
  const seen = new Set<string>();
  for (let i = all.length - 1; i >= 0 && distinct.length < MAX_DRAFT_TERMS; i--) {
    const term = all[i] as string;
    if (term === typing || seen.has(term)) continue;
    seen.add(term);
    distinct.push(term);
  }
  distinct.reverse();
  if (typing) distinct.push(typing);
  return { terms: distinct, typing };
}

/** Exact words in a title, keyword or tag, or two different draft words anywhere. */
function fitsDraft(result: SearchResult, queryTerms: ReadonlySet<string>): boolean {
  if (new Set(result.queryTerms).size >= 2) return true;
  return Object.entries(result.match).some(
    ([term, fields]) => queryTerms.has(term) && fields.some((field) => STRONG_FIELDS.has(field)),
  );
}

export function createSuggestionRanker<T extends KeyedItem>(items: readonly T[]): SuggestionRanker<T> {
  const index = buildItemIndex(items);
  const byKey = new Map(items.map((item) => [item.key, item]));
  const newest = newestFirst(items);
  // Parsed once per library rather than once per result on every keystroke.
  const newsPublished = new Map(
    items.flatMap((item) =>
      item.type === 'news' && item.publishedAt ? [[item.key, Date.parse(item.publishedAt)]] : [],
    ),
  );
  let last: { key: string; ranked: Ranked<T>[] } | null = null;

  const newestLive = (now: Date, limit: number): Ranked<T>[] =>
    newest
      .filter((item) => isLive(item, now.getTime()))
      .slice(0, limit)
      .map((item) => ({ item, score: 0, why: [], fits: false }));

  const liveAt = (now: Date) => (key: string) => {
    const item = byKey.get(key);
    return item !== undefined && isLive(item, now.getTime());
  };

  function rankAll(draft: string, site: Site, now: Date): Ranked<T>[] {
    const cacheKey = `${site}\n${now.getTime()}\n${draft}`;
    if (last?.key === cacheKey) return last.ranked;
    const { terms, typing } = draftTerms(draft);
    const queryTerms = new Set(terms);
    const results =
      terms.length === 0
        ? []
        : index.index.search(terms.join(' '), {
            ...PRE_PROCESSED,
            combineWith: 'OR',
            prefix: (term, i, all) => term === typing && i === all.length - 1,
            fuzzy: fuzzyUnlessKnown(index, 5),
            filter: (result) => liveAt(now)(result.id),
          });
    const ranked: Ranked<T>[] = [];
    for (const result of results) {
      const item = byKey.get(result.id);
      if (!item) continue;
      const variant = item.variants?.[site] ? VARIANT_BOOST : 1;
      ranked.push({
        item,
        score: result.score * recencyBoost(newsPublished.get(item.key), now) * variant,
        why: result.queryTerms,
        fits: fitsDraft(result, queryTerms),
      });
    }
    ranked.sort((a, b) => b.score - a.score);
    last = { key: cacheKey, ranked };
    return ranked;
  }

  return {
    rank(draft, site, now, limit = DEFAULT_LIMIT) {
      // Nothing matching yet ("Hi all,") still shows the newest items: the badge, not the list, says relevance.
      const ranked = rankAll(draft, site, now);
      return ranked.length > 0 ? ranked.slice(0, limit) : newestLive(now, limit);
    },
    fittingCount(draft, site, now) {
      return rankAll(draft, site, now).filter((ranked) => ranked.fits).length;
    },
    search(query, limit = 50, now = new Date()) {
      if (indexTerms(query).length === 0) return newestLive(now, limit);
      const queryTerms = new Set(indexTerms(query));
      return searchTyped(index, query, liveAt(now))
        .slice(0, limit)
        .flatMap((result) => {
          const item = byKey.get(result.id);
          return item
            ? [{ item, score: result.score, why: result.queryTerms, fits: fitsDraft(result, queryTerms) }]
            : [];
        });
    },
  };
}
