import type { FeedItem } from '../feed/schema';

/** The items, newest publishedAt first; items without a date keep their feed order, last. */
export function newestFirst<T extends Pick<FeedItem, 'publishedAt'>>(items: readonly T[]): T[] {
  return items
    .map((item, order) => ({ item, order, time: item.publishedAt ? Date.parse(item.publishedAt) : Number.NaN }))
    .sort((a, b) => {
      const aDated = !Number.isNaN(a.time);
      const bDated = !Number.isNaN(b.time);
      if (aDated && bDated && a.time !== b.time) return b.time - a.time;
      if (aDated !== bDated) return aDated ? -1 : 1;
      return a.order - b.order;
    })
    .map(({ item }) => item);
}
