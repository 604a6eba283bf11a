import { mkdir, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { type PreviewServer, startPreviewServer } from '../../../cli/src/preview/preview-server';
import type { PreviewState } from '../../../cli/src/preview/preview-state';
import { tempDirsRemovedAfterEach } from '../cli/cli-harness';

const tempDir = tempDirsRemovedAfterEach();

const state = (revision: number): PreviewState => ({
  folder: 'content',
  revision,
  builtAt: '2026-12-01T12:00:00.000Z',
  problems: [],
  feed: null,
  stale: false,
  skipped: [],
  examples: null,
});

let server: PreviewServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

/** A raw GET, with the Host header chosen by the test (fetch() would not let it be changed). */
function get(path: string, host?: string): Promise<{ status: number; type: string; body: string }> {
  const url = new URL(server?.origin ?? '');
  return new Promise((resolve, reject) => {
    const headers = { host: host ?? url.host };
    request({ host: url.hostname, port: url.port, path, headers }, (response) => {
      let body = '';
      response.on('data', (chunk) => {
        body += chunk;
      });
      response.on('end', () =>
        resolve({ status: response.statusCode ?? 0, type: String(response.headers['content-type']), body }),
      );
    })
      .on('error', reject)
      .end();
  });
}

async function start(pageDir: string, current: () => PreviewState = () => state(1)) {
  server = await startPreviewServer({ port: 0, pageDir, state: current });
  return server;
}

describe('startPreviewServer', () => {
  it('listens on 127.0.0.1 only', async () => {
    expect((await start(await tempDir())).origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  });

  it('serves the page and its assets from the page folder', async () => {
    const page = await tempDir();
    await mkdir(join(page, 'assets'));
    await writeFile(join(page, 'index.html'), '<!doctype html><title>Herald preview</title>');
    await writeFile(join(page, 'assets/app.js'), 'console.log(1)');
    await start(page);
    expect(await get('/')).toMatchObject({ status: 200, type: 'text/html; charset=utf-8' });
    expect((await get('/assets/app.js')).body).toBe('console.log(1)');
    expect((await get('/../secret')).status).toBe(404);
  });

  it('says how to build the page when it is not built', async () => {
    await start(await tempDir());
    const answer = await get('/');
    expect(answer.status).toBe(503);
    expect(answer.body).toContain('npm run build:cli');
  });

  it('answers the current state as JSON', async () => {
    let current = state(1);
    await start(await tempDir(), () => current);
    expect(JSON.parse((await get('/state.json')).body)).toEqual(state(1));
    current = state(2);
    expect(JSON.parse((await get('/state.json')).body).revision).toBe(2);
  });

  it('refuses a request for another host name (DNS rebinding)', async () => {
    await start(await tempDir());
    const port = new URL(server?.origin ?? '').port;
    expect((await get('/state.json', `evil.example:${port}`)).status).toBe(421);
    expect((await get('/state.json', `localhost:${port}`)).status).toBe(200);
  });

  it('tells the event stream of each new state', async () => {
    const running = await start(await tempDir());
    const events = await fetch(`${running.origin}/events`);
    expect(events.headers.get('content-type')).toContain('text/event-stream');
    const reader = events.body?.getReader();
    const decoder = new TextDecoder();
    let received = decoder.decode((await reader?.read())?.value);
    running.publish(state(7));
    while (!received.includes('event: state')) received += decoder.decode((await reader?.read())?.value);
    expect(received).toContain('event: state\ndata: 7\n\n');
    await reader?.cancel();
  });
});
