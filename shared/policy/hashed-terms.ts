import { hmac } from '@noble/hashes/hmac.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, hexToBytes, utf8ToBytes } from '@noble/hashes/utils.js';
import { type WordToken, wordTokens } from './word-tokens';

// Secret terms travel as keyed hashes (`hashedTerms` in a policy), so the feed file and the page never
// hold a confidential code name in clear. A term is hashed as the folded keys of its words joined by one
// space (the same folding the plain term matcher uses, so case, accents, look-alikes and invisible
// characters do not matter); the draft is checked by hashing each run of n words for every word count n
// a term has. HMAC-SHA-256 under a key drawn for each build, truncated to 64 bits: the key makes a table
// computed for one feed version useless for the next. It does not stop someone who guesses the term and
// hashes the guess with the published key; docs/feed-format.md says so.

/** Bytes of HMAC output kept: 64 bits, so a false match among thousands of terms and windows stays negligible. */
export const HASH_BYTES = 8;

export interface HashedTerms {
  /** Hex key of the HMAC, random for each built feed. */
  key: string;
  /** The distinct numbers of words the hashed terms have. */
  words: number[];
  /** Hex HMAC-SHA-256 of each term's folded words, truncated to HASH_BYTES. */
  hashes: string[];
}

/** What gets hashed for a run of folded word keys. */
export function hashInput(keys: readonly string[]): string {
  return keys.join(' ');
}

/** A keyed hasher: the key schedule is computed once, then cloned for each message. */
export function termHasher(keyHex: string): (input: string) => string {
  const keyed = hmac.create(sha256, hexToBytes(keyHex));
  return (input) => bytesToHex(keyed.clone().update(utf8ToBytes(input)).digest().subarray(0, HASH_BYTES));
}

export interface HashedTermMatcher {
  /** Spans of the tokens' runs whose hash is one of the terms', longest run first at each start. */
  find(tokens: readonly WordToken[]): { start: number; end: number }[];
}

// Drafts change a word at a time, so most runs hash to the same value as on the previous keystroke.
const CACHE_LIMIT = 20_000;

export function hashedTermMatcher(terms: HashedTerms): HashedTermMatcher {
  const hash = termHasher(terms.key);
  const wanted = new Set(terms.hashes);
  const counts = [...new Set(terms.words)].sort((a, b) => b - a);
  const cache = new Map<string, boolean>();
  const isWanted = (input: string): boolean => {
    let hit = cache.get(input);
    if (hit === undefined) {
      hit = wanted.has(hash(input));
      if (cache.size >= CACHE_LIMIT) cache.clear();
      cache.set(input, hit);
    }
    return hit;
  };
  return {
    find(tokens) {
      const spans: { start: number; end: number }[] = [];
      for (let i = 0; i < tokens.length; i++) {
        for (const count of counts) {
          if (i + count > tokens.length) continue;
          const run = tokens.slice(i, i + count);
          if (isWanted(hashInput(run.map((token) => token.key)))) {
            spans.push({ start: (run[0] as WordToken).start, end: (run[count - 1] as WordToken).end });
          }
        }
      }
      return spans;
    },
  };
}

/**
 * The hashed form of secret terms under a key; terms with nothing visible are left out. Hashes are sorted,
 * so the file does not even tell the order the terms were listed in.
 */
export function hashTerms(keyHex: string, terms: readonly string[]): HashedTerms {
  const hash = termHasher(keyHex);
  const hashes = new Set<string>();
  const words = new Set<number>();
  for (const term of terms) {
    const keys = wordTokens(term).map((token) => token.key);
    if (keys.length === 0) continue;
    hashes.add(hash(hashInput(keys)));
    words.add(keys.length);
  }
  return { key: keyHex, words: [...words].sort((a, b) => a - b), hashes: [...hashes].sort() };
}
