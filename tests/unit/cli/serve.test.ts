import { mkdir, symlink, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { type FeedServer, startFeedServer } from '../../../cli/src/serve/feed-server';
import { tempDirsRemovedAfterEach } from './cli-harness';

const tempDir = tempDirsRemovedAfterEach();
let server: FeedServer | undefined;

afterEach(async () => {
  await server?.close();
  server = undefined;
});

const FEED = '{ "version": 1 }\n';

async function serveFolder() {
  const outside = await tempDir();
  await writeFile(join(outside, 'secret.txt'), 'outside the root');
  const root = join(outside, 'public');
  await mkdir(root);
  await writeFile(join(root, 'feed.json'), FEED);
  await writeFile(join(root, 'feed.json.sig'), 'c2ln\n');
  await writeFile(join(root, 'logo.png'), 'png');
  await writeFile(join(root, 'herald-feed-key.pem'), 'PRIVATE');
  await writeFile(join(root, '.env'), 'TOKEN=x');
  await symlink(join(outside, 'secret.txt'), join(root, 'link.txt'));
  server = await startFeedServer({ root, port: 0 });
  return server.origin;
}

/** A raw request: fetch() would normalise "/../" away before it ever reached the server. */
function rawGet(origin: string, path: string, headers: Record<string, string> = {}, method = 'GET') {
  return new Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }>(
    (done, fail) => {
      const url = new URL(origin);
      const req = request({ host: url.hostname, port: url.port, path, method, headers }, (response) => {
        let body = '';
        response.on('data', (chunk) => {
          body += chunk;
        });
        response.on('end', () => done({ status: response.statusCode ?? 0, headers: response.headers, body }));
      });
      req.on('error', fail);
      req.end();
    },
  );
}

describe('herald-feed serve', () => {
  it('binds to 127.0.0.1 only', async () => {
    expect(await serveFolder()).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  });

  it('serves a feed with its type, a strong ETag, Last-Modified and CORS', async () => {
    const origin = await serveFolder();
    const response = await rawGet(origin, '/feed.json');
    expect(response.status).toBe(200);
    expect(response.body).toBe(FEED);
    expect(response.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(response.headers.etag).toMatch(/^"[\w-]{20,}"$/);
    expect(Date.parse(String(response.headers['last-modified']))).not.toBeNaN();
    expect(response.headers['access-control-allow-origin']).toBe('*');
    expect((await rawGet(origin, '/feed.json.sig')).headers['content-type']).toBe('text/plain; charset=utf-8');
    expect((await rawGet(origin, '/logo.png')).headers['content-type']).toBe('image/png');
  });

  it('answers 304 to a matching If-None-Match (strong or weak) and 200 to a stale one', async () => {
    const origin = await serveFolder();
    const { headers } = await rawGet(origin, '/feed.json');
    const etag = String(headers.etag);
    const fresh = await rawGet(origin, '/feed.json', { 'if-none-match': etag });
    expect(fresh.status).toBe(304);
    expect(fresh.body).toBe('');
    expect(fresh.headers.etag).toBe(etag);
    expect((await rawGet(origin, '/feed.json', { 'if-none-match': `"old", W/${etag}` })).status).toBe(304);
    expect((await rawGet(origin, '/feed.json', { 'if-none-match': '"old"' })).status).toBe(200);
  });

  it('answers 304 to If-Modified-Since at or after the file time, when there is no ETag to compare', async () => {
    const origin = await serveFolder();
    const lastModified = String((await rawGet(origin, '/feed.json')).headers['last-modified']);
    expect((await rawGet(origin, '/feed.json', { 'if-modified-since': lastModified })).status).toBe(304);
    const before = new Date(Date.parse(lastModified) - 60_000).toUTCString();
    expect((await rawGet(origin, '/feed.json', { 'if-modified-since': before })).status).toBe(200);
  });

  it.each([
    ['a path that climbs out of the folder', '/../secret.txt'],
    ['an encoded climb', '/%2e%2e/secret.txt'],
    ['an encoded slash climb', '/..%2fsecret.txt'],
    ['a backslash climb', '/..\\secret.txt'],
    ['a symlink that leads outside', '/link.txt'],
    ['a private key', '/herald-feed-key.pem'],
    ['a dotfile', '/.env'],
    ['the folder itself', '/'],
    ['a missing file', '/nope.json'],
    ['a malformed escape', '/%E0%A4%A.json'],
  ])('answers 404 to %s', async (_name, path) => {
    const response = await rawGet(await serveFolder(), path);
    expect(response.status).toBe(404);
    expect(response.body).not.toContain('outside the root');
  });

  it('answers a CORS preflight and refuses writes', async () => {
    const origin = await serveFolder();
    const preflight = await rawGet(origin, '/feed.json', {}, 'OPTIONS');
    expect(preflight.status).toBe(204);
    expect(preflight.headers['access-control-allow-headers']).toContain('if-none-match');
    expect((await rawGet(origin, '/feed.json', {}, 'POST')).status).toBe(405);
  });
});
