// A feed server on 127.0.0.1 for the sync e2e tests: serves whatever the test sets, records every request.
// Plain node:http on an ephemeral port, so tests never share a port or need the internet.
import { createServer } from 'node:http';

/**
 * @typedef {{ status: number, body: string, headers?: Record<string, string>, stall?: boolean }} FeedReply
 * @typedef {{ path: string, headers: import('node:http').IncomingHttpHeaders }} FeedRequest
 */

/** @param {FeedReply} [initial] */
export async function startFeedServer(initial = { status: 404, body: '' }) {
  let fallback = initial;
  /** @type {Map<string, FeedReply>} */
  const routes = new Map();
  /** @type {FeedRequest[]} */
  const requests = [];
  const server = createServer((request, response) => {
    requests.push({ path: request.url ?? '/', headers: request.headers });
    const reply = routes.get(request.url ?? '/') ?? fallback;
    // A host that never answers: the request stays open until the client gives up or the server closes.
    if (reply.stall) return;
    response.writeHead(reply.status, { 'content-type': 'application/json', ...reply.headers });
    response.end(reply.body);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('the feed server has no TCP address');
  return {
    /** @param {string} path */
    url: (path) => `http://127.0.0.1:${address.port}${path}`,
    /** Every later request gets this reply. @param {FeedReply} next */
    serve(next) {
      fallback = next;
    },
    /** Requests for `path` get this reply, whatever `serve` sets. @param {string} path @param {FeedReply} next */
    serveAt(path, next) {
      routes.set(path, next);
    },
    requests,
    close() {
      // Chromium keeps connections alive; without this, close() waits for them to time out.
      server.closeAllConnections();
      return new Promise((resolve) => server.close(() => resolve(undefined)));
    },
  };
}
