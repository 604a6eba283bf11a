import { browser } from 'wxt/browser';
import { serialQueue } from '../../shared/async/serial-queue';
import { nextDailySendAt, retrySendAt } from '../../shared/metrics/send-schedule';
import { type MetricsSchedule, metricsScheduleItem } from '../storage';
import { metricsConfig } from './metrics-store';

export const METRICS_ALARM = 'herald-metrics';

/** A send found overdue (the browser was closed at its moment) comes this long after the worker starts. */
const OVERDUE_DELAY_MS = 60_000;

/** Every read-then-write of the schedule, one after another: a start-up check must not undo a send's backoff. */
const queued = serialQueue();

async function schedule(next: MetricsSchedule): Promise<void> {
  await metricsScheduleItem.setValue(next);
  await browser.alarms.create(METRICS_ALARM, { when: next.nextAt });
}

/** The next daily send, after a send that went through or found nothing to send. */
export function scheduleDailySend(now: number): Promise<void> {
  return queued(() => schedule({ nextAt: nextDailySendAt(now, Math.random), failures: 0 }));
}

/**
 * Before a request: the schedule as if it fails (a worker stopped mid-send then retries, backing off), a
 * success replaces it. Resolves to the failures in a row so far.
 */
export function scheduleRetryBeforeSend(now: number): Promise<number> {
  return queued(async () => {
    const failures = ((await metricsScheduleItem.getValue())?.failures ?? 0) + 1;
    await schedule({ nextAt: retrySendAt(now, failures, Math.random), failures });
    return failures;
  });
}

/**
 * With metrics on, the send alarm must exist: at every start of the worker and at every use counted (the
 * alarm can be cleared, or never set on a fresh profile). With metrics off there is none.
 */
export function ensureMetricsAlarm(now: number): Promise<void> {
  return queued(async () => {
    if (!(await metricsConfig())) {
      await browser.alarms.clear(METRICS_ALARM);
      return;
    }
    if (await browser.alarms.get(METRICS_ALARM)) return;
    const stored = await metricsScheduleItem.getValue();
    const due = stored ?? { nextAt: nextDailySendAt(now, Math.random), failures: 0 };
    await schedule({ ...due, nextAt: Math.max(due.nextAt, now + OVERDUE_DELAY_MS) });
  });
}
