import MiniSearch from 'minisearch';
import { foldWord } from '../policy/word-tokens';
import type { KeyedItem } from '../ranking/keyed-item';
import { STOP_WORDS } from '../text/stop-words';

// One index shape for the composer's suggestions and the popup's search, so both agree on what a word is.
// Keywords are what the comms team chose to be found by, so they weigh most; variants repeat the text and
// weigh least, so an item with three variants does not outrank one with none.
export const FIELD_BOOSTS = { title: 2, keywords: 3, tags: 1.5, text: 1, variants: 0.5 } as const;
type Field = keyof typeof FIELD_BOOSTS;
const FIELDS = Object.keys(FIELD_BOOSTS) as Field[];

const SPACE_OR_PUNCTUATION = /[\n\r\p{Z}\p{P}\p{S}]+/u;

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

// Folding (Unicode normalisation, case) is most of the cost of indexing, and a library repeats the same few
// thousand words: remember each word's term. Bounded, so a hostile feed cannot grow it without end.
const termCache = new Map<string, string | null>();
const TERM_CACHE_LIMIT = 200_000;

/** A word as the index keeps it, or null for a stop word: "Énergie" gives "energie", "the" gives null. */
export function indexTerm(word: string): string | null {
  const cached = termCache.get(word);
  if (cached !== undefined) return cached;
  const folded = foldWord(word);
  const term = folded === '' || STOP_WORDS.has(folded) ? null : folded;
  if (termCache.size >= TERM_CACHE_LIMIT) termCache.clear();
  termCache.set(word, term);
  return term;
}

/** The index terms of a text, in order, stop words left out. */
export function indexTerms(text: string): string[] {
  const terms: string[] = [];
  for (const word of text.split(SPACE_OR_PUNCTUATION)) {
    const term = word === '' ? null : indexTerm(word);
    if (term) terms.push(term);
  }
  return terms;
}

export type ItemIndex = {
  index: MiniSearch<KeyedItem>;
  /** Every term in the index: a query word found here is spelt right and needs no fuzzy search. */
  vocabulary: ReadonlySet<string>;
};

function emptyItemIndex(): ItemIndex {
  const vocabulary = new Set<string>();
  const index = new MiniSearch<KeyedItem>({
    idField: 'key',
    fields: FIELDS,
    extractField: (item, field) => (field === 'key' ? item.key : fieldText(item, field as Field)),
    tokenize: (text) => text.split(SPACE_OR_PUNCTUATION),
    processTerm: (word) => {
      const term = word === '' ? null : indexTerm(word);
      if (term) vocabulary.add(term);
      return term;
    },
    // Queries are processed apart from the index, so they do not add to the vocabulary.
    searchOptions: { boost: FIELD_BOOSTS, processTerm: (word) => (word === '' ? null : indexTerm(word)) },
  });
  return { index, vocabulary };
}

/** Two feeds may carry the same key only through a bug upstream; the first copy wins rather than a throw. */
function firstOfEachKey(items: readonly KeyedItem[]): KeyedItem[] {
  const seen = new Set<string>();
  return items.filter((item) => !seen.has(item.key) && seen.add(item.key));
}

export function buildItemIndex(items: readonly KeyedItem[]): ItemIndex {
  const built = emptyItemIndex();
  built.index.addAll(firstOfEachKey(items));
  return built;
}

/** The same index, built in small chunks between which the page stays responsive. */
export async function buildItemIndexInChunks(items: readonly KeyedItem[], chunkSize = 250): Promise<ItemIndex> {
  const built = emptyItemIndex();
  await built.index.addAllAsync(firstOfEachKey(items), { chunkSize });
  return built;
}
