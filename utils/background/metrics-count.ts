import { addUse, type CountedUse, pruneCounts } from '../../shared/metrics/counts';
import { utcDay } from '../../shared/metrics/day';
import { useSchema } from '../../shared/metrics/use-schema';
import type { FeedState } from '../../shared/sync/feed-state';
import { feedStatesItem } from '../storage';
import { ensureMetricsAlarm } from './metrics-schedule';
import { metricsConfig, updateMetricCounts } from './metrics-store';

type ItemIds = { feed: string; item: string };

/** Library key (`${feedUrl}#${id}`) to the publisher's id and the item's, from every feed held. */
function itemIndex(states: Readonly<Record<string, FeedState>>): Map<string, ItemIds> {
  const index = new Map<string, ItemIds>();
  for (const { url, feed } of Object.values(states)) {
    if (!feed) continue;
    for (const item of feed.items) index.set(`${url}#${item.id}`, { feed: feed.publisher.id, item: item.id });
  }
  return index;
}

let index: Promise<Map<string, ItemIds>> | undefined;

/** Built on the first use counted, again after any change of the feeds held. */
export function keepItemIndex(): void {
  feedStatesItem.watch(() => {
    index = undefined;
  });
}

/**
 * Counts one use reported by a content script or the popup. Off (no `metrics` policy): stores nothing. A
 * malformed message or an item no feed holds (removed since) is ignored. Never throws to the sender.
 */
export async function countUse(raw: unknown, now: number): Promise<void> {
  try {
    if (!(await metricsConfig())) return;
    const parsed = useSchema.safeParse(raw);
    if (!parsed.success) return;
    const { kind, itemKey, phrasing, site } = parsed.data;
    index ??= feedStatesItem.getValue().then(itemIndex);
    const ids = (await index).get(itemKey);
    if (!ids) return;
    const use: CountedUse = { ...ids, phrasing, network: site, kind };
    const today = utcDay(now);
    await updateMetricCounts((counts) => pruneCounts(addUse(counts, today, use), today));
    await ensureMetricsAlarm(now);
  } catch (error) {
    console.warn('Herald:', error);
  }
}
