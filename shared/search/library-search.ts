import type { FeedItem, Site } from '../feed/schema';
import type { Incremental } from '../library/incremental';
import type { KeyedItem } from '../ranking/keyed-item';
import { composeForNetwork } from '../share/compose-for-network';
import { buildItemIndex, createItemIndexBuilder, type ItemIndex } from './item-index';
import { searchTyped } from './search-index';

export type SearchFilters = {
  type?: FeedItem['type'];
  campaign?: string;
  tag?: string;
  /** Only items whose post fits this network's limit (hashtags may be left out), so sharing will work. */
  network?: Site;
};

export type LibrarySearch<T extends KeyedItem = KeyedItem> = {
  /** Items matching every filter, best match first; all of them, in library order, for an empty query. */
  search(query: string, filters?: SearchFilters): T[];
  /** Builds the index in slices, without blocking the page, so the first typed query finds it ready. */
  prepare(): Promise<void>;
};

/** The popup's search: built once per library version, then instant on every keystroke. */
export function createLibrarySearch<T extends KeyedItem>(items: readonly T[]): LibrarySearch<T> {
  // Not built when the popup opens: the lists need no index. `prepare` builds it in the background after
  // the first render; a query typed before that is done builds it at once.
  let index: ItemIndex | undefined;
  let preparing: Promise<void> | undefined;
  // The build `prepare` started: a query typed before it is done finishes it rather than starting over.
  let builder: Incremental<ItemIndex> | undefined;
  const fitsCache = new Map<string, boolean>();
  const fits = (item: KeyedItem, site: Site) => {
    const cacheKey = `${site}\n${item.key}`;
    let fit = fitsCache.get(cacheKey);
    if (fit === undefined) {
      fit = composeForNetwork(item, site).ok;
      fitsCache.set(cacheKey, fit);
    }
    return fit;
  };
  const matches = (item: KeyedItem, filters: SearchFilters) =>
    (filters.type === undefined || item.type === filters.type) &&
    (filters.campaign === undefined || item.campaign === filters.campaign) &&
    (filters.tag === undefined || (item.tags?.includes(filters.tag) ?? false)) &&
    (filters.network === undefined || fits(item, filters.network));

  return {
    prepare() {
      preparing ??= (async () => {
        const work = createItemIndexBuilder(items);
        builder = work;
        while (!index && !work.step()) await new Promise((resolve) => setTimeout(resolve, 0));
        index ??= work.finish();
      })();
      return preparing;
    },
    search(query, filters = {}) {
      if (query.trim() === '') return items.filter((item) => matches(item, filters));
      index ??= builder ? builder.finish() : buildItemIndex(items);
      const built = index;
      const { hits } = searchTyped(built, query, (doc) => matches(built.items[doc] as KeyedItem, filters));
      return hits.map(({ doc }) => built.items[doc] as T);
    },
  };
}
