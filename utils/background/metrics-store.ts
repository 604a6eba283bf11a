import { serialQueue } from '../../shared/async/serial-queue';
import type { MetricCounts } from '../../shared/metrics/counts';
import type { MetricsConfig } from '../../shared/metrics/metrics-config';
import { metricsConsented } from '../metrics-consent';
import { managedConfigCacheItem, metricCountsItem } from '../storage';

const queued = serialQueue();

/**
 * Changes the stored counts, one change after another: a use counted while a send is under way must not be
 * lost to the send's write of what is left. Resolves to the counts as stored.
 */
export function updateMetricCounts(change: (counts: MetricCounts) => MetricCounts): Promise<MetricCounts> {
  return queued(async () => {
    const next = change(await metricCountsItem.getValue());
    await metricCountsItem.setValue(next);
    return next;
  });
}

/**
 * IT's `metrics` setting as of the last policy read; undefined: off. Also off in a Firefox whose user has not
 * allowed technical and interaction data (utils/metrics-consent.ts): nothing is counted, and what was is dropped.
 */
export async function metricsConfig(): Promise<MetricsConfig | undefined> {
  const metrics = (await managedConfigCacheItem.getValue())?.metrics;
  return metrics && (await metricsConsented()) ? metrics : undefined;
}
