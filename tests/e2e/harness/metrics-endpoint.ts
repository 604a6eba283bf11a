// Stand-ins for where IT points Herald's metrics (docs/metrics.md), on 127.0.0.1: a server that keeps every
// request it receives byte for byte, and answers it as the test says. The Plausible stub answers as
// Plausible's Events API would, but refuses with 400 (and the reason) what Plausible would drop.
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import { type PlausibleEvent, readPlausibleEvent } from './plausible-event';

export type Received = { method: string; path: string; headers: IncomingHttpHeaders; body: string };
export type Answer = { status: number; body: string };

export type Endpoint = {
  url(path: string): string;
  port: number;
  /** Every request but CORS preflights, in order of arrival. */
  received: Received[];
  close(): Promise<void>;
};

// An extension page or service worker without a host permission for the endpoint needs these, as a real one does.
const cors = {
  'access-control-allow-origin': '*',
  'access-control-allow-methods': 'POST, OPTIONS',
  'access-control-allow-headers': 'content-type',
};

/** `port`: listen there (a port a dead endpoint gave up), else any free one. */
export async function startEndpoint(answer: (request: Received) => Answer, port = 0): Promise<Endpoint> {
  const received: Received[] = [];
  const server: Server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      if (request.method === 'OPTIONS') {
        response.writeHead(204, cors).end();
        return;
      }
      const got: Received = {
        method: request.method ?? '',
        path: request.url ?? '/',
        headers: request.headers,
        body: Buffer.concat(chunks).toString('utf8'),
      };
      received.push(got);
      const { status, body } = answer(got);
      response.writeHead(status, { 'content-type': 'application/json', ...cors }).end(body);
    });
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('the metrics endpoint has no TCP address');
  return {
    url: (path) => `http://127.0.0.1:${address.port}${path}`,
    port: address.port,
    received,
    close() {
      // Chromium keeps connections alive; without this, close() waits for them to time out.
      server.closeAllConnections();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}

/** An endpoint that takes every batch (202), as `herald-feed serve --metrics` does a valid one. */
export const startJsonEndpoint = (port = 0) => startEndpoint(() => ({ status: 202, body: '{}' }), port);

export type PlausibleStub = Endpoint & {
  /** The events it recorded (202). */
  accepted: PlausibleEvent[];
  /** What it refused (400), with why. */
  refused: { reason: string; body: string }[];
};

/** Plausible's `POST /api/event`, validating each event against the documented fields (plausible-event.ts). */
export async function startPlausibleStub(): Promise<PlausibleStub> {
  const accepted: PlausibleEvent[] = [];
  const refused: PlausibleStub['refused'] = [];
  const endpoint = await startEndpoint((request) => {
    if (request.path !== '/api/event') {
      refused.push({ reason: `${request.path}: the Events API is /api/event`, body: request.body });
      return { status: 404, body: '{}' };
    }
    const read = readPlausibleEvent(request);
    if (!read.ok) {
      refused.push({ reason: read.reason, body: request.body });
      return { status: 400, body: JSON.stringify({ errors: { request: read.reason } }) };
    }
    accepted.push(read.event);
    return { status: 202, body: 'ok' };
  });
  return { ...endpoint, accepted, refused };
}

/** A port nothing listens on (any more): requests to it fail to connect, as to an endpoint that is down. */
export async function deadPort(): Promise<number> {
  const endpoint = await startJsonEndpoint();
  await endpoint.close();
  return endpoint.port;
}
