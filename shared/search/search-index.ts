import type { SearchResult } from 'minisearch';
import { type ItemIndex, indexTerms } from './item-index';

// What someone types into a search field: every word may be unfinished or misspelt. All words must match,
// unless that finds nothing, then any word may: a typo too far off for fuzzy matching should narrow the
// list, not empty it.
const PREFIX_FROM = 2;
const FUZZY_FROM = 4;
const FUZZINESS = 0.2;

/** Fuzzy matching for a misspelt word only: a word the index has is spelt right, and fuzzy search is costly. */
export function fuzzyUnlessKnown(index: ItemIndex, from = FUZZY_FROM) {
  return (term: string) => (term.length >= from && !index.vocabulary.has(term) ? FUZZINESS : false);
}

// Terms arrive already folded by indexTerms; MiniSearch must not process them a second time.
export const PRE_PROCESSED = { tokenize: (query: string) => query.split(' '), processTerm: (term: string) => term };

/** Results for a typed query, best first; `keep` filters items out (a type, a campaign, expired items). */
export function searchTyped(index: ItemIndex, query: string, keep?: (key: string) => boolean): SearchResult[] {
  const terms = [...new Set(indexTerms(query))];
  if (terms.length === 0) return [];
  const options = {
    ...PRE_PROCESSED,
    prefix: (term: string) => term.length >= PREFIX_FROM,
    fuzzy: fuzzyUnlessKnown(index),
    ...(keep ? { filter: (result: SearchResult) => keep(result.id) } : {}),
  };
  const joined = terms.join(' ');
  const all = index.index.search(joined, { ...options, combineWith: 'AND' });
  return all.length > 0 || terms.length === 1 ? all : index.index.search(joined, { ...options, combineWith: 'OR' });
}
