import type { Site } from '../feed/schema';
import { andThen, type Incremental } from '../library/incremental';
import { buildItemIndex, createItemIndexBuilder, type ItemIndex, indexTerm, indexTerms } from '../search/item-index';
import {
  type Expansion,
  expand,
  forEachHit,
  type Hit,
  type QueryTerm,
  searchTyped,
  termsMatchedBy,
} from '../search/search-index';
import type { KeyedItem } from './keyed-item';
import { newestFirst } from './newest-first';
import { topIndices } from './top-k';

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

/** The ranker built a slice at a time (see `Incremental`): the content script builds it while the page is idle. */
export function startSuggestionRanker<T extends KeyedItem>(items: readonly T[]): Incremental<SuggestionRanker<T>> {
  return andThen(createItemIndexBuilder(items), (index) => createSuggestionRanker(items, index));
}

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

  // Which items have a variant for each site, asked once per site rather than per item per keystroke.
  const variantFor = new Map<Site, Uint8Array>();
  const hasVariant = (site: Site) => {
    let flags = variantFor.get(site);
    if (!flags) {
      flags = Uint8Array.from(docs, (item) => (item.variants?.[site] ? 1 : 0));
      variantFor.set(site, flags);
    }
    return flags;
  };

  type Scored = {
    key: string;
    terms: QueryTerm[];
    expanded: Expansion[][];
    /** The live matches, as parallel arrays: a draft can match half the library. */
    docs: Int32Array;
    scores: Float64Array;
    fits: Uint8Array;
    count: number;
    fitting: number;
  };
  let last: Scored | null = null;

  const fits = (hit: Pick<Hit, 'matchedTerms' | 'strong'>) => hit.matchedTerms >= 2 || hit.strong;

  function newestLive(now: Date, limit: number): Ranked<T>[] {
    const live = liveAt(now.getTime());
    const ranked: Ranked<T>[] = [];
    for (const doc of newest) {
      if (ranked.length >= limit) break;
      if (live(doc)) ranked.push({ item: docs[doc] as T, score: 0, why: [], fits: false });
    }
    return ranked;
  }

  function scoreAll(draft: string, site: Site, now: Date): Scored {
    const key = `${site}\n${now.getTime()}\n${draft}`;
    if (last?.key === key) return last;
    const terms = draftTerms(draft);
    const expanded = terms.map((term) => expand(index, term));
    const time = now.getTime();
    const live = liveAt(time);
    const variants = hasVariant(site);
    const scored: Scored = {
      key,
      terms,
      expanded,
      docs: new Int32Array(docs.length),
      scores: new Float64Array(docs.length),
      fits: new Uint8Array(docs.length),
      count: 0,
      fitting: 0,
    };
    if (terms.length > 0)
      forEachHit(index, expanded, 1, (doc, score, matchedTerms, strong) => {
        if (!live(doc)) return;
        const i = scored.count++;
        const news = published[doc] as number;
        scored.docs[i] = doc;
        scored.scores[i] =
          score * (Number.isNaN(news) ? 1 : recencyBoost(news, time)) * (variants[doc] === 1 ? VARIANT_BOOST : 1);
        if (fits({ matchedTerms, strong })) {
          scored.fits[i] = 1;
          scored.fitting++;
        }
      });
    last = scored;
    return scored;
  }

  const toRanked =
    (scored: { terms: QueryTerm[]; expanded: Expansion[][] }) =>
    ({ doc, score, fits }: { doc: number; score: number; fits: boolean }): Ranked<T> => ({
      item: docs[doc] as T,
      score,
      why: termsMatchedBy(index, scored.terms, scored.expanded, doc),
      fits,
    });

  return {
    rank(draft, site, now, limit = DEFAULT_LIMIT) {
      // Nothing matching yet ("Hi all,") still shows the newest items: the badge, not the list, says relevance.
      const scored = scoreAll(draft, site, now);
      if (scored.count === 0) return newestLive(now, limit);
      const { docs: found, scores } = scored;
      const best = topIndices(
        scored.count,
        limit,
        (a, b) => (scores[b] as number) - (scores[a] as number) || (found[a] as number) - (found[b] as number),
      );
      return best.map((i) =>
        toRanked(scored)({ doc: found[i] as number, score: scores[i] as number, fits: scored.fits[i] === 1 }),
      );
    },
    fittingCount(draft, site, now) {
      return scoreAll(draft, site, now).fitting;
    },
    search(query, limit = 50, now = new Date()) {
      if (indexTerms(query).length === 0) return newestLive(now, limit);
      const found = searchTyped(index, query, liveAt(now.getTime()), limit);
      return found.hits.map((hit) => toRanked(found)({ ...hit, fits: fits(hit) }));
    },
  };
}
