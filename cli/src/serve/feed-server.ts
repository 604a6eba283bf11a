import { createHash } from 'node:crypto';
import { readFile, realpath, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { relative, sep } from 'node:path';
import { contentTypeOf } from './content-type';
import { resolveRequestPath } from './resolve-request-path';

export interface FeedServer {
  /** http://127.0.0.1:<port> */
  origin: string;
  close(): Promise<void>;
}

/** Answers one request itself; the status (and a note) goes to the log line. */
export type Route = (request: IncomingMessage, response: ServerResponse) => Promise<{ status: number; note?: string }>;

export interface FeedServerOptions {
  root: string;
  /** 0 picks a free port. */
  port: number;
  log?: (line: string) => void;
  /**
   * Paths answered by a handler of their own instead of a file (`serve --metrics`: /metrics). Passed in, not
   * imported, so the feed server stays free of the metrics schema for the e2e specs that start it.
   */
  routes?: Record<string, Route>;
}

// A publisher's machine only: bound to loopback, so a feed being drafted is never on the office network.
const HOST = '127.0.0.1';

const CORS = {
  'access-control-allow-origin': '*',
  'access-control-allow-methods': 'GET, HEAD, OPTIONS',
  'access-control-allow-headers': 'if-none-match, if-modified-since',
  'access-control-expose-headers': 'etag, last-modified',
};

/** If-None-Match uses the weak comparison (RFC 9110 §13.1.2): W/"x" matches "x". */
function etagMatches(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  if (header.trim() === '*') return true;
  return header.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag);
}

function notModifiedSince(header: string | undefined, modified: Date): boolean {
  const since = header ? Date.parse(header) : Number.NaN;
  return !Number.isNaN(since) && Math.floor(modified.getTime() / 1000) * 1000 <= since;
}

async function fileInRoot(root: string, urlPath: string): Promise<string | undefined> {
  const file = resolveRequestPath(root, urlPath);
  if (!file) return undefined;
  try {
    // A symlink inside the folder must not lead outside it.
    const real = await realpath(file);
    const inside = relative(root, real);
    if (inside.startsWith(`..${sep}`) || inside === '..' || !(await stat(real)).isFile()) return undefined;
    return real;
  } catch {
    return undefined;
  }
}

function pathOf(request: IncomingMessage): string | undefined {
  try {
    return new URL(request.url ?? '/', 'http://localhost').pathname;
  } catch {
    return undefined;
  }
}

async function answer(
  root: string,
  routes: FeedServerOptions['routes'],
  request: IncomingMessage,
  response: ServerResponse,
): Promise<{ status: number; note?: string }> {
  const path = pathOf(request);
  const route = path === undefined ? undefined : routes?.[path];
  if (route) return route(request, response);
  return { status: await answerFile(root, request, response) };
}

async function answerFile(root: string, request: IncomingMessage, response: ServerResponse): Promise<number> {
  const end = (status: number, body = '', headers: Record<string, string> = {}) => {
    response.writeHead(status, { ...CORS, 'content-type': 'text/plain; charset=utf-8', ...headers });
    response.end(request.method === 'HEAD' ? undefined : body);
    return status;
  };
  if (request.method === 'OPTIONS') return end(204);
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    return end(405, 'only GET and HEAD\n', { allow: 'GET, HEAD, OPTIONS' });
  }
  const file = await fileInRoot(root, request.url ?? '/');
  if (!file) return end(404, 'not found\n');
  const [bytes, info] = await Promise.all([readFile(file), stat(file)]);
  const headers = {
    ...CORS,
    etag: `"${createHash('sha256').update(bytes).digest('base64url')}"`,
    'last-modified': info.mtime.toUTCString(),
    // Herald revalidates on every sync; so should anything else that reads this while you edit.
    'cache-control': 'no-cache',
    'x-content-type-options': 'nosniff',
  };
  const inm = request.headers['if-none-match'];
  const fresh =
    inm !== undefined
      ? etagMatches(inm, headers.etag)
      : notModifiedSince(request.headers['if-modified-since'], info.mtime);
  if (fresh) {
    response.writeHead(304, headers);
    response.end();
    return 304;
  }
  response.writeHead(200, { ...headers, 'content-type': contentTypeOf(file), 'content-length': bytes.byteLength });
  response.end(request.method === 'HEAD' ? undefined : bytes);
  return 200;
}

/** A static server for a folder with a feed in it: ETag, 304, Last-Modified and CORS, as a real host would. */
export async function startFeedServer({ root, port, log, routes }: FeedServerOptions): Promise<FeedServer> {
  const realRoot = await realpath(root);
  const server = createServer((request, response) => {
    answer(realRoot, routes, request, response).then(
      ({ status, note }) => log?.(`${status} ${request.method} ${request.url}${note ? `: ${note}` : ''}`),
      (error: Error) => {
        if (!response.headersSent) response.writeHead(500, CORS);
        response.end();
        log?.(`500 ${request.method} ${request.url}: ${error.message}`);
      },
    );
  });
  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(port, HOST, done);
  });
  const { port: boundPort } = server.address() as AddressInfo;
  return {
    origin: `http://${HOST}:${boundPort}`,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
