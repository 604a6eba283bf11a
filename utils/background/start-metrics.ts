import { browser } from 'wxt/browser';
import { onMessage } from '../messages';
import { managedConfigCacheItem, metricCountsItem, metricsLastSentItem, metricsScheduleItem } from '../storage';
import { countUse, keepItemIndex } from './metrics-count';
import { ensureMetricsAlarm, METRICS_ALARM } from './metrics-schedule';
import { sendMetrics } from './metrics-send';

/** The e2e build's hook (docs/testing.md): `await self.heraldSendMetricsNow()` in the worker sends at once. */
export const SEND_NOW_HOOK = 'heraldSendMetricsNow';

const ensure = () => void ensureMetricsAlarm(Date.now()).catch((error: unknown) => console.warn('Herald:', error));

/** Counting and the daily send, only while IT's `metrics` policy is on (docs/metrics.md). */
export function startMetrics(): void {
  keepItemIndex();
  onMessage('countUse', ({ data }) => countUse(data, Date.now()));
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === METRICS_ALARM) void sendMetrics();
  });
  ensure();
  managedConfigCacheItem.watch((next) => {
    ensure();
    // Turned off: what was counted and not sent is dropped, and nothing more is kept.
    if (!next?.metrics)
      void Promise.all([
        metricCountsItem.removeValue(),
        metricsScheduleItem.removeValue(),
        metricsLastSentItem.removeValue(),
      ]).catch((error: unknown) => console.warn('Herald:', error));
  });
  // Only in the e2e build (`wxt build --mode e2e`); the production bundle drops this branch.
  if (import.meta.env.MODE === 'e2e') Object.assign(globalThis, { [SEND_NOW_HOOK]: () => sendMetrics() });
}
