import { type WordToken, wordTokens } from './word-tokens';

// All terms of all policies in one trie keyed by folded words, so checking a draft costs one walk per
// word whatever the number of terms: the walk from a word stops as soon as no term continues with the
// next word.

interface TrieNode {
  next: Map<string, TrieNode> | undefined;
  /** Conditions (by number) that a term ending here belongs to. */
  ends: number[] | undefined;
}

export interface TermHit {
  condition: number;
  start: number;
  end: number;
}

export interface TermIndex {
  root: TrieNode;
  size: number;
}

export function emptyTermIndex(): TermIndex {
  return { root: { next: undefined, ends: undefined }, size: 0 };
}

/** Adds a term for a condition; false when the term has nothing visible to match. */
export function addTerm(index: TermIndex, term: string, condition: number): boolean {
  const keys = wordTokens(term).map((token) => token.key);
  if (keys.length === 0) return false;
  let node = index.root;
  for (const key of keys) {
    node.next ??= new Map();
    let child = node.next.get(key);
    if (!child) {
      child = { next: undefined, ends: undefined };
      node.next.set(key, child);
    }
    node = child;
  }
  node.ends ??= [];
  if (!node.ends.includes(condition)) node.ends.push(condition);
  index.size++;
  return true;
}

/** Every place a term occurs, as whole words, in text order of its first word. */
export function findTerms(index: TermIndex, tokens: readonly WordToken[]): TermHit[] {
  const hits: TermHit[] = [];
  const rootNext = index.root.next;
  if (!rootNext) return hits;
  for (let i = 0; i < tokens.length; i++) {
    const first = tokens[i] as WordToken;
    let node = rootNext.get(first.key);
    let j = i;
    while (node) {
      if (node.ends) {
        const end = (tokens[j] as WordToken).end;
        for (const condition of node.ends) hits.push({ condition, start: first.start, end });
      }
      const following = tokens[++j];
      if (!following || !node.next) break;
      node = node.next.get(following.key);
    }
  }
  return hits;
}
