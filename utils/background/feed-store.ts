import { serialQueue } from '../../shared/async/serial-queue';
import { feedSources } from '../../shared/sync/feed-sources';
import type { FeedState } from '../../shared/sync/feed-state';
import type { ManagedConfig } from '../../shared/sync/managed-config';
import { mergeFeedStates } from '../../shared/sync/merge-feed-states';
import { feedStatesItem, userFeedUrlsItem } from '../storage';

/**
 * Every read-modify-write of the feed list and the feed states, one at a time: two feeds added at once,
 * or a feed added while a sync runs, must both be kept. Only the writes queue here, never a fetch.
 */
const serialized = serialQueue();

export function addUserFeedUrl(url: string): Promise<void> {
  return serialized(async () => {
    const current = await userFeedUrlsItem.getValue();
    if (!current.includes(url)) await userFeedUrlsItem.setValue([...current, url]);
  });
}

export function removeUserFeedUrl(url: string): Promise<void> {
  return serialized(async () => {
    const current = await userFeedUrlsItem.getValue();
    await userFeedUrlsItem.setValue(current.filter((kept) => kept !== url));
  });
}

/** Stores what a sync wrote, merged into what is held now, and returns the states stored. */
export function storeFeedStates(
  written: Readonly<Record<string, FeedState>>,
  managed: ManagedConfig,
): Promise<Record<string, FeedState>> {
  return serialized(async () => {
    const [held, userFeedUrls] = await Promise.all([feedStatesItem.getValue(), userFeedUrlsItem.getValue()]);
    const sources = feedSources(managed, userFeedUrls).map((source) => source.url);
    const merged = mergeFeedStates(held, written, sources);
    await feedStatesItem.setValue(merged);
    return merged;
  });
}

/** Writes `states` only when nothing is held yet (the demo on a fresh install). */
export function seedFeedStates(states: Record<string, FeedState>): Promise<void> {
  return serialized(async () => {
    if (Object.keys(await feedStatesItem.getValue()).length === 0) await feedStatesItem.setValue(states);
  });
}

/** Rewrites the held states through `revise` (which returns undefined to leave them as they are). */
export function reviseFeedStates(
  revise: (held: Record<string, FeedState>) => Record<string, FeedState> | undefined,
): Promise<void> {
  return serialized(async () => {
    const revised = revise(await feedStatesItem.getValue());
    if (revised) await feedStatesItem.setValue(revised);
  });
}
