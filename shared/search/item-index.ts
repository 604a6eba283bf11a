import type { Incremental } from '../library/incremental';
import type { KeyedItem } from '../ranking/keyed-item';
import { indexTerms } from './index-terms';
import { oneLetterDeletions } from './typo-variants';

export { indexTerm, indexTerms } from './index-terms';

// One index for the composer's suggestions and the popup's search, so both agree on what a word is.
// Keywords are what the comms team chose to be found by, so they weigh most; variants repeat the text and
// weigh least, so an item with three variants does not outrank one with none.
export const FIELD_BOOSTS = { title: 2, keywords: 3, tags: 1.5, text: 1, variants: 0.5 } as const;
type Field = keyof typeof FIELD_BOOSTS;
const FIELDS = Object.keys(FIELD_BOOSTS) as Field[];
const BOOSTS = FIELDS.map((field) => FIELD_BOOSTS[field]);
/** A word found in these is what the item is about, not a word it happens to use. */
const STRONG = FIELDS.map((field) => field === 'title' || field === 'keywords' || field === 'tags');

// BM25+ (k, b, delta as MiniSearch had them, so scores keep their shape).
const K = 1.2;
const B = 0.7;
const DELTA = 0.5;
// A term's count in one field, packed 6 bits a field into one small integer while building.
const TF_BITS = 6;
const TF_MAX = (1 << TF_BITS) - 1;

function fieldText(item: KeyedItem, field: Field): string {
  switch (field) {
    case 'title':
      return item.title;
    case 'text':
      return item.text;
    case 'keywords':
      return item.keywords?.join(' ') ?? '';
    case 'tags':
      return item.tags?.join(' ') ?? '';
    case 'variants':
      return Object.values(item.variants ?? {}).join('\n');
  }
}

/**
 * An inverted index of a library: for each term, the items (by position) that have it, each with its
 * weight (BM25+ over the fields, boosted) and whether it is in a strong field. Typed arrays, so a rank at
 * 100,000 items walks memory rather than objects.
 */
export type ItemIndex = {
  items: readonly KeyedItem[];
  /** Every term in the index and its id: a query word found here is spelt right and needs no typo search. */
  vocabulary: ReadonlyMap<string, number>;
  terms: readonly string[];
  /** Term ids in the terms' alphabetical order: the terms starting with a prefix are one range. */
  sorted: Int32Array;
  docs: readonly Int32Array[];
  weights: readonly Float32Array[];
  strong: readonly Uint8Array[];
  /** For typo search: each one-letter deletion of a term (4 letters or more) and the terms it comes from. */
  deletions: ReadonlyMap<string, readonly number[]>;
};

// Slices small enough that a step stays well inside an idle period (about 50 ms) on a slow machine.
const ITEMS_PER_STEP = 100;
const TERMS_PER_STEP = 2_000;

/** Two feeds may carry the same key only through a bug upstream; the first copy wins rather than a throw. */
function firstOfEachKey(items: readonly KeyedItem[]): KeyedItem[] {
  const seen = new Set<string>();
  return items.filter((item) => !seen.has(item.key) && seen.add(item.key));
}

/** An index built a slice at a time, so a large library is indexed while the page stays responsive. */
export function createItemIndexBuilder(all: readonly KeyedItem[]): Incremental<ItemIndex> {
  const items = firstOfEachKey(all);
  const vocabulary = new Map<string, number>();
  const terms: string[] = [];
  const termDocs: number[][] = [];
  const termCounts: number[][] = [];
  const lengths = FIELDS.map(() => new Uint16Array(items.length));
  const docs: Int32Array[] = [];
  const weights: Float32Array[] = [];
  const strong: Uint8Array[] = [];
  const deletions = new Map<string, number[]>();
  let averages: number[] = [];
  let added = 0;
  let weighed = 0;
  let deleted = 0;
  let index: ItemIndex | undefined;

  function addItem(item: KeyedItem, doc: number): void {
    const counts = new Map<number, number>();
    FIELDS.forEach((field, f) => {
      const words = indexTerms(fieldText(item, field));
      (lengths[f] as Uint16Array)[doc] = Math.min(words.length, 65_535);
      const shift = f * TF_BITS;
      for (const word of words) {
        let id = vocabulary.get(word);
        if (id === undefined) {
          id = terms.length;
          vocabulary.set(word, id);
          terms.push(word);
          termDocs.push([]);
          termCounts.push([]);
        }
        const packed = counts.get(id) ?? 0;
        if (((packed >>> shift) & TF_MAX) < TF_MAX) counts.set(id, packed + (1 << shift));
      }
    });
    for (const [id, packed] of counts) {
      (termDocs[id] as number[]).push(doc);
      (termCounts[id] as number[]).push(packed);
    }
  }

  function averageLengths(): number[] {
    return lengths.map((field) => {
      let sum = 0;
      for (const length of field) sum += length;
      return Math.max(1, sum / Math.max(1, field.length));
    });
  }

  /** A term's postings as typed arrays, with their BM25+ weights now that average lengths are known. */
  function weigh(id: number): void {
    const postings = termDocs[id] as number[];
    const packedCounts = termCounts[id] as number[];
    const weight = new Float32Array(postings.length);
    const isStrong = new Uint8Array(postings.length);
    for (let j = 0; j < postings.length; j++) {
      const doc = postings[j] as number;
      const packed = packedCounts[j] as number;
      let sum = 0;
      for (let f = 0; f < FIELDS.length; f++) {
        const tf = (packed >>> (f * TF_BITS)) & TF_MAX;
        if (tf === 0) continue;
        const norm = 1 - B + (B * ((lengths[f] as Uint16Array)[doc] as number)) / (averages[f] as number);
        sum += (BOOSTS[f] as number) * ((tf * (K + 1)) / (tf + K * norm) + DELTA);
        if (STRONG[f]) isStrong[j] = 1;
      }
      weight[j] = sum;
    }
    docs[id] = Int32Array.from(postings);
    weights[id] = weight;
    strong[id] = isStrong;
    // The building arrays are garbage from here: a 100,000-item library has millions of postings.
    termDocs[id] = [];
    termCounts[id] = [];
  }

  function addDeletions(id: number): void {
    const term = terms[id] as string;
    if (term.length < 4) return;
    for (const form of oneLetterDeletions(term)) {
      const from = deletions.get(form);
      if (from) from.push(id);
      else deletions.set(form, [id]);
    }
  }

  function step(): boolean {
    if (index) return true;
    if (added < items.length) {
      const end = Math.min(items.length, added + ITEMS_PER_STEP);
      for (; added < end; added++) addItem(items[added] as KeyedItem, added);
      return false;
    }
    if (weighed < terms.length) {
      if (weighed === 0) averages = averageLengths();
      const end = Math.min(terms.length, weighed + TERMS_PER_STEP);
      for (; weighed < end; weighed++) weigh(weighed);
      return false;
    }
    if (deleted < terms.length) {
      const end = Math.min(terms.length, deleted + TERMS_PER_STEP);
      for (; deleted < end; deleted++) addDeletions(deleted);
      return false;
    }
    const order = terms.map((_, id) => id).sort((a, b) => ((terms[a] as string) < (terms[b] as string) ? -1 : 1));
    index = { items, vocabulary, terms, sorted: Int32Array.from(order), docs, weights, strong, deletions };
    return true;
  }

  return {
    step,
    finish() {
      while (!step()) {}
      return index as ItemIndex;
    },
  };
}

export function buildItemIndex(items: readonly KeyedItem[]): ItemIndex {
  return createItemIndexBuilder(items).finish();
}
