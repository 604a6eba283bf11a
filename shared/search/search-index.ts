import { topK } from '../ranking/top-k';
import { type ItemIndex, indexTerms } from './item-index';
import { oneLetterDeletions, withinOneTypo } from './typo-variants';

/** One word of a query, and how loosely it may match. */
export type QueryTerm = { term: string; prefix: boolean; typos: boolean };

/** An index term a query term matches, and how much a match through it is worth (1 for the word itself). */
export type Expansion = { id: number; factor: number; exact: boolean };

/** An item that matched, by position in `index.items`. */
export type Hit = { doc: number; score: number; matchedTerms: number; strong: boolean };

// A word completed or corrected is less sure than the word itself (MiniSearch's weights, which the
// rankings were tuned with).
const PREFIX_WEIGHT = 0.375;
const TYPO_WEIGHT = 0.45;

function prefixRange(index: ItemIndex, prefix: string): [number, number] {
  const { sorted, terms } = index;
  const at = (i: number) => terms[sorted[i] as number] as string;
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (at(mid) < prefix) low = mid + 1;
    else high = mid;
  }
  let end = low;
  while (end < sorted.length && at(end).startsWith(prefix)) end++;
  return [low, end];
}

/** The index terms a query term matches: itself, the words it begins, and words one typo away. */
export function expand(index: ItemIndex, { term, prefix, typos }: QueryTerm): Expansion[] {
  const expansions: Expansion[] = [];
  const exact = index.vocabulary.get(term);
  if (exact !== undefined) expansions.push({ id: exact, factor: 1, exact: true });
  if (prefix) {
    const [start, end] = prefixRange(index, term);
    for (let i = start; i < end; i++) {
      const id = index.sorted[i] as number;
      if (id === exact) continue;
      const extra = (index.terms[id] as string).length - term.length;
      expansions.push({ id, factor: (PREFIX_WEIGHT * term.length) / (term.length + 0.3 * extra), exact: false });
    }
  }
  // A word the index has is spelt right: looking for typos would only add noise (and time).
  if (typos && exact === undefined) {
    const { deletions } = index;
    const candidates = new Set<number>(deletions.get(term) ?? []);
    for (const form of oneLetterDeletions(term)) {
      const id = index.vocabulary.get(form);
      if (id !== undefined) candidates.add(id);
      for (const from of deletions.get(form) ?? []) candidates.add(from);
    }
    const already = new Set(expansions.map(({ id }) => id));
    for (const id of candidates) {
      if (already.has(id) || !withinOneTypo(term, index.terms[id] as string)) continue;
      expansions.push({ id, factor: (TYPO_WEIGHT * term.length) / (term.length + 1), exact: false });
    }
  }
  return expansions;
}

// Scratch space for scoring, one per index and reused by every query: allocating 100,000-entry arrays per
// keystroke would cost more than the scoring.
type Scratch = {
  scores: Float64Array;
  matched: Uint8Array;
  last: Uint16Array;
  strong: Uint8Array;
  touched: Int32Array;
};
const scratches = new WeakMap<ItemIndex, Scratch>();

function scratchFor(index: ItemIndex): Scratch {
  let scratch = scratches.get(index);
  if (!scratch) {
    const n = index.items.length;
    scratch = {
      scores: new Float64Array(n),
      matched: new Uint8Array(n),
      last: new Uint16Array(n),
      strong: new Uint8Array(n),
      touched: new Int32Array(n),
    };
    scratches.set(index, scratch);
  }
  return scratch;
}

/**
 * Calls `visit` for every item matching the query, in no order: with `needed` = the number of terms, items
 * matching every term, with 1 any. Scores add up over the terms (idf times the item's weight for the term,
 * times the expansion's factor). No object per item: a draft can match half of 100,000 items.
 */
export function forEachHit(
  index: ItemIndex,
  expanded: readonly Expansion[][],
  needed: number,
  visit: (doc: number, score: number, matchedTerms: number, strong: boolean) => void,
): void {
  const { scores, matched, last, strong, touched } = scratchFor(index);
  const total = index.items.length;
  let count = 0;
  expanded.forEach((expansions, q) => {
    const mark = q + 1;
    for (const { id, factor, exact } of expansions) {
      const docs = index.docs[id] as Int32Array;
      const weights = index.weights[id] as Float32Array;
      const strongs = index.strong[id] as Uint8Array;
      const idf = Math.log(1 + (total - docs.length + 0.5) / (docs.length + 0.5)) * factor;
      for (let j = 0; j < docs.length; j++) {
        const doc = docs[j] as number;
        if (last[doc] === 0) touched[count++] = doc;
        scores[doc] = (scores[doc] as number) + idf * (weights[j] as number);
        if (last[doc] !== mark) {
          last[doc] = mark;
          matched[doc] = (matched[doc] as number) + 1;
        }
        if (exact && strongs[j] === 1) strong[doc] = 1;
      }
    }
  });
  try {
    for (let i = 0; i < count; i++) {
      const doc = touched[i] as number;
      if ((matched[doc] as number) >= needed)
        visit(doc, scores[doc] as number, matched[doc] as number, strong[doc] === 1);
    }
  } finally {
    // The scratch space is clean for the next query even if `visit` threw.
    for (let i = 0; i < count; i++) {
      const doc = touched[i] as number;
      scores[doc] = 0;
      matched[doc] = 0;
      last[doc] = 0;
      strong[doc] = 0;
    }
  }
}

/** Every item matching the query, unordered: with `all`, items matching every term, otherwise any. */
export function scoreQuery(
  index: ItemIndex,
  expanded: readonly Expansion[][],
  all: boolean,
  keep: (doc: number) => boolean = () => true,
): Hit[] {
  const hits: Hit[] = [];
  forEachHit(index, expanded, all ? expanded.length : 1, (doc, score, matchedTerms, strong) => {
    if (keep(doc)) hits.push({ doc, score, matchedTerms, strong });
  });
  return hits;
}

/** The query terms (as typed, folded) that `doc` matched: the "why" of a suggestion. */
export function termsMatchedBy(
  index: ItemIndex,
  query: readonly QueryTerm[],
  expanded: readonly Expansion[][],
  doc: number,
): string[] {
  return query.flatMap(({ term }, q) =>
    (expanded[q] ?? []).some(({ id }) => hasDoc(index.docs[id] as Int32Array, doc)) ? [term] : [],
  );
}

function hasDoc(docs: Int32Array, doc: number): boolean {
  let low = 0;
  let high = docs.length - 1;
  while (low <= high) {
    const mid = (low + high) >>> 1;
    const at = docs[mid] as number;
    if (at === doc) return true;
    if (at < doc) low = mid + 1;
    else high = mid - 1;
  }
  return false;
}

export const byScore = (a: Hit, b: Hit) => b.score - a.score || a.doc - b.doc;

// What someone types into a search field: every word may be unfinished or misspelt.
const PREFIX_FROM = 2;
const TYPOS_FROM = 4;

export function typedQuery(query: string): QueryTerm[] {
  return [...new Set(indexTerms(query))].map((term) => ({
    term,
    prefix: term.length >= PREFIX_FROM,
    typos: term.length >= TYPOS_FROM,
  }));
}

/**
 * Results for a typed query, best first. All words must match, unless that finds nothing, then any word
 * may: a typo too far off to correct should narrow the list, not empty it.
 */
export function searchTyped(
  index: ItemIndex,
  query: string,
  keep?: (doc: number) => boolean,
  limit = Number.POSITIVE_INFINITY,
): { hits: Hit[]; terms: QueryTerm[]; expanded: Expansion[][] } {
  const terms = typedQuery(query);
  const expanded = terms.map((term) => expand(index, term));
  if (terms.length === 0) return { hits: [], terms, expanded };
  let hits = scoreQuery(index, expanded, true, keep);
  if (hits.length === 0 && terms.length > 1) hits = scoreQuery(index, expanded, false, keep);
  return { hits: Number.isFinite(limit) ? topK(hits, limit, byScore) : hits.sort(byScore), terms, expanded };
}
