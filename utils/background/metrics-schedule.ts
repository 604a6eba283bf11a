import { browser } from 'wxt/browser';
import { nextDailySendAt } from '../../shared/metrics/send-schedule';
import { type MetricsSchedule, metricsScheduleItem } from '../storage';
import { metricsConfig } from './metrics-store';

export const METRICS_ALARM = 'herald-metrics';

/** A send found overdue (the browser was closed at its moment) comes this long after the worker starts. */
const OVERDUE_DELAY_MS = 60_000;

export async function scheduleMetricsSend(schedule: MetricsSchedule): Promise<void> {
  await metricsScheduleItem.setValue(schedule);
  await browser.alarms.create(METRICS_ALARM, { when: schedule.nextAt });
}

/**
 * With metrics on, the send alarm must exist: at every start of the worker and at every use counted (the
 * alarm can be cleared, or never set on a fresh profile). With metrics off there is none.
 */
export async function ensureMetricsAlarm(now: number): Promise<void> {
  if (!(await metricsConfig())) {
    await browser.alarms.clear(METRICS_ALARM);
    return;
  }
  if (await browser.alarms.get(METRICS_ALARM)) return;
  const stored = await metricsScheduleItem.getValue();
  const schedule = stored ?? { nextAt: nextDailySendAt(now, Math.random), failures: 0 };
  await scheduleMetricsSend({ ...schedule, nextAt: Math.max(schedule.nextAt, now + OVERDUE_DELAY_MS) });
}
