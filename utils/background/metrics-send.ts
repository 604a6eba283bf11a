import { isEmptyCounts, type MetricCounts, pruneCounts, subtractCounts } from '../../shared/metrics/counts';
import { utcDay } from '../../shared/metrics/day';
import { buildJsonBatch } from '../../shared/metrics/json-batch';
import { DEFAULT_PLAUSIBLE_DOMAIN, type MetricsConfig } from '../../shared/metrics/metrics-config';
import { countsOfEntries, type PlausibleEntry, plausibleEntries } from '../../shared/metrics/plausible-events';
import { metricCountsItem, metricsLastSentItem, metricsScheduleItem } from '../storage';
import { scheduleDailySend, scheduleRetryBeforeSend } from './metrics-schedule';
import { metricsConfig, updateMetricCounts } from './metrics-store';

/** A request the endpoint has not answered by then counts as failed; the counts stay for the retry. */
export const SEND_TIMEOUT_MS = 30_000;

export type SendOutcome = 'off' | 'nothing' | 'sent' | 'failed';

/**
 * One POST of `body`: true when the endpoint answered 2xx. No cookie, no referrer, nothing cached; any
 * failure (offline, CORS refused, timeout, 4xx/5xx) is false, never an error anyone sees.
 */
async function post(endpoint: string, body: string, contentType: string): Promise<boolean> {
  const abort = new AbortController();
  const timer = setTimeout(() => abort.abort(), SEND_TIMEOUT_MS);
  try {
    const response = await fetch(endpoint, {
      method: 'POST',
      headers: { 'Content-Type': contentType },
      body,
      credentials: 'omit',
      referrerPolicy: 'no-referrer',
      cache: 'no-store',
      signal: abort.signal,
    });
    return response.ok;
  } catch {
    return false;
  } finally {
    clearTimeout(timer);
  }
}

type Attempt = { sent: MetricCounts; body: string; complete: boolean };

async function sendJson(config: MetricsConfig, counts: MetricCounts): Promise<Attempt> {
  const body = JSON.stringify(buildJsonBatch(counts));
  const ok = await post(config.endpoint, body, 'application/json');
  return { sent: ok ? counts : {}, body, complete: ok };
}

/** One POST per event, in order, stopping at the first refused: what went through is taken off. */
async function sendPlausible(config: MetricsConfig, counts: MetricCounts): Promise<Attempt> {
  const entries = plausibleEntries(counts, config.domain ?? DEFAULT_PLAUSIBLE_DOMAIN);
  const accepted: PlausibleEntry[] = [];
  const bodies: string[] = [];
  for (const entry of entries) {
    const body = JSON.stringify(entry.event);
    // text/plain, as Plausible's own script sends its JSON: a simple request, with no CORS preflight, which
    // Plausible's /api/event has no route for (a refused preflight would fail the send and repeat the events).
    if (!(await post(config.endpoint, body, 'text/plain'))) break;
    accepted.push(entry);
    bodies.push(body);
  }
  // One event per line: the exact bytes of each POST, in the order sent.
  return { sent: countsOfEntries(accepted), body: bodies.join('\n'), complete: accepted.length === entries.length };
}

async function sendOnce(now: number): Promise<SendOutcome> {
  const config = await metricsConfig();
  if (!config) {
    // IT turned metrics off: nothing more is kept.
    await Promise.all([metricCountsItem.removeValue(), metricsScheduleItem.removeValue()]);
    return 'off';
  }
  const today = utcDay(now);
  const counts = await updateMetricCounts((held) => pruneCounts(held, today));
  if (isEmptyCounts(counts)) {
    await scheduleDailySend(now);
    return 'nothing';
  }
  await scheduleRetryBeforeSend(now);
  const attempt = await (config.format === 'json' ? sendJson(config, counts) : sendPlausible(config, counts));
  if (!isEmptyCounts(attempt.sent)) {
    // Counts may have grown during the send: only what was sent is taken off.
    await updateMetricCounts((held) => pruneCounts(subtractCounts(held, attempt.sent), today));
    await metricsLastSentItem.setValue({
      at: now,
      endpoint: config.endpoint,
      format: config.format,
      body: attempt.body,
    });
  }
  if (!attempt.complete) return 'failed';
  await scheduleDailySend(now);
  return 'sent';
}

let queue: Promise<unknown> = Promise.resolve();

/** Sends what is counted, after any send under way. Never rejects. */
export function sendMetrics(now: () => number = Date.now): Promise<SendOutcome> {
  const next = queue
    .then(() => sendOnce(now()))
    .catch((error: unknown): SendOutcome => {
      console.warn('Herald:', error);
      return 'failed';
    });
  queue = next;
  return next;
}
