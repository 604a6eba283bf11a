import type { IncomingMessage } from 'node:http';
import { countRows } from '../metrics/count-rows';
import type { MetricsStore } from '../metrics/metrics-db';
import { parseMetricsBatch } from './metrics-batch';

/** Where Herald posts `json` batches when its `metrics.endpoint` is this server's origin + this path. */
export const METRICS_PATH = '/metrics';

/** A week of counts for a large feed is far below this; a body past it is a mistake, not a batch. */
export const MAX_METRICS_BYTES = 4 * 1024 * 1024;

export const METRICS_CORS = {
  'access-control-allow-origin': '*',
  'access-control-allow-methods': 'POST, OPTIONS',
  'access-control-allow-headers': 'content-type',
  'access-control-max-age': '600',
};

/** The status and text answer to a POST of a batch. */
export interface MetricsAnswer {
  status: number;
  body: string;
  /** For the serve log: what was stored, or why not. */
  note: string;
}

const refuse = (status: number, message: string): MetricsAnswer => ({
  status,
  body: `${message}\n`,
  note: message,
});

/** The body as text, or undefined once it passes `maxBytes` (the rest is read and dropped, so the answer arrives). */
async function bodyOf(request: IncomingMessage, maxBytes: number): Promise<string | undefined> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.byteLength;
    if (size <= maxBytes) chunks.push(chunk);
  }
  return size > maxBytes ? undefined : Buffer.concat(chunks).toString('utf8');
}

export async function answerMetricsPost(
  request: IncomingMessage,
  store: Pick<MetricsStore, 'add'>,
  maxBytes = MAX_METRICS_BYTES,
): Promise<MetricsAnswer> {
  const type = (request.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase();
  if (type !== 'application/json') {
    request.resume();
    return refuse(415, 'send the batch as Content-Type: application/json');
  }
  const declared = Number(request.headers['content-length']);
  if (declared > maxBytes) {
    request.resume();
    return refuse(413, `the batch is larger than ${maxBytes} bytes`);
  }
  const body = await bodyOf(request, maxBytes);
  if (body === undefined) return refuse(413, `the batch is larger than ${maxBytes} bytes`);
  const parsed = parseMetricsBatch(body);
  if ('error' in parsed) return refuse(400, parsed.error);
  const rows = countRows(parsed.batch);
  await store.add(rows);
  const days = parsed.batch.days.length;
  return {
    status: 204,
    body: '',
    note: `stored ${rows.length} count${rows.length === 1 ? '' : 's'} of ${days} day${days === 1 ? '' : 's'}`,
  };
}
