import type { SearchResult } from 'minisearch';
import { type ItemIndex, indexTerms } from './item-index';

// What someone types into a search field: every word may be unfinished or misspelt. All words must match,
// unless that finds nothing, then any word may: a typo too far off for fuzzy matching should narrow the
// list, not empty it.
const TYPED = {
  prefix: (term: string) => term.length >= 2,
  fuzzy: (term: string) => (term.length >= 4 ? 0.2 : false),
} as const;

// Terms arrive already folded by indexTerms; MiniSearch must not process them a second time.
const PRE_PROCESSED = { tokenize: (query: string) => query.split(' '), processTerm: (term: string) => term };

/** Results for a typed query, best first; `keep` filters items out (a type, a campaign, expired items). */
export function searchTyped(index: ItemIndex, query: string, keep?: (key: string) => boolean): SearchResult[] {
  const terms = [...new Set(indexTerms(query))];
  if (terms.length === 0) return [];
  const options = {
    ...PRE_PROCESSED,
    ...TYPED,
    ...(keep ? { filter: (result: SearchResult) => keep(result.id) } : {}),
  };
  const all = index.search(terms.join(' '), { ...options, combineWith: 'AND' });
  return all.length > 0 || terms.length === 1 ? all : index.search(terms.join(' '), { ...options, combineWith: 'OR' });
}
