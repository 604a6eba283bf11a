import type { Site } from '../feed/schema';
import { buildItemIndex, type ItemIndex, indexTerm, indexTerms } from '../search/item-index';
import { expand, type Hit, type QueryTerm, scoreQuery, searchTyped, termsMatchedBy } from '../search/search-index';
import type { KeyedItem } from './keyed-item';
import { newestFirst } from './newest-first';
import { topK } from './top-k';

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
// A draft word is corrected for typos from this length: shorter ones are too often other real words.
const DRAFT_TYPOS_FROM = 5;
// News is worth up to 50% more the day it is published, half that two weeks later.
const NEWS_BOOST = 0.5;
const NEWS_HALF_LIFE_DAYS = 14;
const VARIANT_BOOST = 1.25;
const DAY_MS = 86_400_000;

function recencyBoost(publishedAt: number, now: number): number {
  if (Number.isNaN(publishedAt)) return 1;
  const ageDays = Math.max(0, (now - publishedAt) / DAY_MS);
  return 1 + NEWS_BOOST * 0.5 ** (ageDays / NEWS_HALF_LIFE_DAYS);
}

/** The draft's search terms, most recent last; the word still being typed, if any, may be unfinished. */
function draftTerms(draft: string): QueryTerm[] {
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
  const terms = distinct.map((term) => ({ term, prefix: false, typos: term.length >= DRAFT_TYPOS_FROM }));
  if (typing) terms.push({ term: typing, prefix: true, typos: typing.length >= DRAFT_TYPOS_FROM });
  return terms;
}

const parsed = (date: string | undefined) => (date ? Date.parse(date) : Number.NaN);

/**
 * Ranks a library for a draft. The index may be built ahead (`buildItemIndex`, or in slices), so creating
 * the ranker costs little on the first keystroke.
 */
export function createSuggestionRanker<T extends KeyedItem>(
  items: readonly T[],
  index: ItemIndex = buildItemIndex(items),
): SuggestionRanker<T> {
  const docs = index.items as readonly T[];
  // Parsed once per library rather than once per result on every keystroke.
  const published = Float64Array.from(docs, (item) => (item.type === 'news' ? parsed(item.publishedAt) : Number.NaN));
  const starts = Float64Array.from(docs, (item) => parsed(item.startsAt));
  const ends = Float64Array.from(docs, (item) => parsed(item.expiresAt));
  const position = new Map(docs.map((item, doc) => [item, doc]));
  const newest = newestFirst(docs).map((item) => position.get(item) as number);
  const liveAt = (now: number) => (doc: number) => !((starts[doc] as number) > now) && !((ends[doc] as number) <= now);

  let last: { key: string; hits: Hit[]; terms: QueryTerm[]; expanded: ReturnType<typeof expand>[] } | null = null;

  const fits = (hit: Hit) => hit.matchedTerms >= 2 || hit.strong;

  function newestLive(now: Date, limit: number): Ranked<T>[] {
    const live = liveAt(now.getTime());
    const ranked: Ranked<T>[] = [];
    for (const doc of newest) {
      if (ranked.length >= limit) break;
      if (live(doc)) ranked.push({ item: docs[doc] as T, score: 0, why: [], fits: false });
    }
    return ranked;
  }

  function scoreAll(draft: string, site: Site, now: Date) {
    const key = `${site}\n${now.getTime()}\n${draft}`;
    if (last?.key === key) return last;
    const terms = draftTerms(draft);
    const expanded = terms.map((term) => expand(index, term));
    const time = now.getTime();
    const hits = terms.length === 0 ? [] : scoreQuery(index, expanded, false, liveAt(time));
    for (const hit of hits) {
      const item = docs[hit.doc] as T;
      hit.score *= recencyBoost(published[hit.doc] as number, time) * (item.variants?.[site] ? VARIANT_BOOST : 1);
    }
    last = { key, hits, terms, expanded };
    return last;
  }

  const toRanked = (scored: { terms: QueryTerm[]; expanded: ReturnType<typeof expand>[] }) => (hit: Hit) => ({
    item: docs[hit.doc] as T,
    score: hit.score,
    why: termsMatchedBy(index, scored.terms, scored.expanded, hit.doc),
    fits: fits(hit),
  });

  return {
    rank(draft, site, now, limit = DEFAULT_LIMIT) {
      // Nothing matching yet ("Hi all,") still shows the newest items: the badge, not the list, says relevance.
      const scored = scoreAll(draft, site, now);
      if (scored.hits.length === 0) return newestLive(now, limit);
      return topK(scored.hits, limit, (a, b) => b.score - a.score || a.doc - b.doc).map(toRanked(scored));
    },
    fittingCount(draft, site, now) {
      let count = 0;
      for (const hit of scoreAll(draft, site, now).hits) if (fits(hit)) count++;
      return count;
    },
    search(query, limit = 50, now = new Date()) {
      if (indexTerms(query).length === 0) return newestLive(now, limit);
      const found = searchTyped(index, query, liveAt(now.getTime()), limit);
      return found.hits.map(toRanked(found));
    },
  };
}
