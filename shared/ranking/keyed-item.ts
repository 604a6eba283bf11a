import type { FeedItem } from '../feed/schema';

/** A feed item with a key unique across feeds (`${feedUrl}#${id}`): two publishers may both have an item "launch". */
export type KeyedItem = FeedItem & { key: string };
