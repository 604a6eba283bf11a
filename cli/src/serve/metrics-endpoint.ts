import type { IncomingMessage, ServerResponse } from 'node:http';
import { countRows } from '../metrics/count-rows';
import type { MetricsStore } from '../metrics/metrics-db';
import type { Route } from './feed-server';
import { parseMetricsBatch } from './metrics-batch';

/** Where Herald posts `json` batches when its `metrics.endpoint` is this server's origin + this path. */
export const METRICS_PATH = '/metrics';

/** A week of counts for a large feed is far below this; a body past it is a mistake, not a batch. */
export const MAX_METRICS_BYTES = 4 * 1024 * 1024;

const METRICS_CORS = {
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

async function answerPost(
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

/** POST /metrics, and its CORS preflight: Herald's json batches into the metrics file. */
export async function answerMetrics(
  request: IncomingMessage,
  response: ServerResponse,
  store: Pick<MetricsStore, 'add'>,
  maxBytes = MAX_METRICS_BYTES,
): Promise<{ status: number; note?: string }> {
  const end = (status: number, body = '', headers: Record<string, string> = {}) => {
    response.writeHead(status, { ...METRICS_CORS, 'content-type': 'text/plain; charset=utf-8', ...headers });
    response.end(body);
    return { status };
  };
  if (request.method === 'OPTIONS') return end(204);
  if (request.method !== 'POST') {
    request.resume();
    return end(405, 'only POST\n', { allow: 'POST, OPTIONS' });
  }
  const answer = await answerPost(request, store, maxBytes);
  end(answer.status, answer.body);
  return { status: answer.status, note: answer.note };
}

/** The /metrics route of `serve --metrics`, storing into `store`. */
export function metricsRoute(store: Pick<MetricsStore, 'add'>, maxBytes?: number): Route {
  return (request, response) => answerMetrics(request, response, store, maxBytes);
}
