import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { contentTypeOf } from '../serve/content-type';
import { resolveRequestPath } from '../serve/resolve-request-path';
import type { PreviewState } from './preview-state';

export interface PreviewServer {
  /** http://127.0.0.1:<port> */
  origin: string;
  /** Tells every open page that a new state is ready. */
  publish(state: PreviewState): void;
  close(): Promise<void>;
}

export interface PreviewServerOptions {
  /** 0 picks a free port. */
  port: number;
  /** The built page (cli/dist/preview): index.html and its assets. */
  pageDir: string;
  state(): PreviewState;
}

// The comms person's machine only: a draft feed (secret terms, unannounced news) never reaches the network.
const HOST = '127.0.0.1';

/**
 * Only this server's own names: a web page elsewhere that points a domain of its own at 127.0.0.1 (DNS
 * rebinding) could otherwise read the draft feed.
 */
function isOwnHost(host: string | undefined, port: number): boolean {
  return host === `${HOST}:${port}` || host === `localhost:${port}`;
}

const NOT_BUILT = `The preview page is not built: run "npm run build:cli" in the Herald repository.\n`;

async function servePage(pageDir: string, url: string, response: ServerResponse): Promise<void> {
  const path = url.split('?')[0] === '/' ? '/index.html' : url;
  const file = resolveRequestPath(pageDir, path);
  let bytes: Buffer;
  try {
    if (!file) throw new Error('outside');
    bytes = await readFile(file);
  } catch {
    const index = path === '/index.html';
    response.writeHead(index ? 503 : 404, { 'content-type': 'text/plain; charset=utf-8' });
    response.end(index ? NOT_BUILT : 'not found\n');
    return;
  }
  response.writeHead(200, {
    'content-type': contentTypeOf(file),
    'cache-control': 'no-cache',
    'x-content-type-options': 'nosniff',
  });
  response.end(bytes);
}

/** Serves the preview page, its state as JSON, and a server-sent event stream that says when it changed. */
export async function startPreviewServer({ port, pageDir, state }: PreviewServerOptions): Promise<PreviewServer> {
  const streams = new Set<ServerResponse>();
  let boundPort = port;

  function answer(request: IncomingMessage, response: ServerResponse): void {
    if (!isOwnHost(request.headers.host, boundPort)) {
      response.writeHead(421, { 'content-type': 'text/plain; charset=utf-8' });
      response.end('this preview answers on 127.0.0.1 only\n');
      return;
    }
    if (request.method !== 'GET') {
      response.writeHead(405, { allow: 'GET' });
      response.end();
      return;
    }
    const url = request.url ?? '/';
    if (url === '/state.json') {
      response.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
      response.end(JSON.stringify(state()));
      return;
    }
    if (url === '/events') {
      response.writeHead(200, {
        'content-type': 'text/event-stream; charset=utf-8',
        'cache-control': 'no-store',
        connection: 'keep-alive',
      });
      response.write(`retry: 1000\n\n`);
      streams.add(response);
      request.on('close', () => streams.delete(response));
      return;
    }
    void servePage(pageDir, url, response);
  }

  const server = createServer(answer);
  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(port, HOST, done);
  });
  boundPort = (server.address() as AddressInfo).port;
  return {
    origin: `http://${HOST}:${boundPort}`,
    publish(next) {
      for (const stream of streams) stream.write(`event: state\ndata: ${next.revision}\n\n`);
    },
    close: () =>
      new Promise<void>((done) => {
        for (const stream of streams) stream.end();
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}

/** Where `npm run build:cli` puts the page, next to the CLI's bundle. */
export function defaultPageDir(bundleDir: string): string {
  return join(bundleDir, 'preview');
}
