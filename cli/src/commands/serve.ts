import { readdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Command } from '../command';
import { paint } from '../io';
import { openMetricsStore } from '../metrics/metrics-db';
import { parseCommandArgs } from '../parse-command-args';
import { InputError } from '../read-source';
import { startFeedServer } from '../serve/feed-server';
import { METRICS_PATH, metricsRoute } from '../serve/metrics-endpoint';

export const DEFAULT_PORT = 8787;

export const serveCommand: Command = {
  name: 'serve',
  summary: 'serve a folder on http://127.0.0.1 to try a feed in Herald',
  help: `Usage: herald-feed serve <folder> [--port ${DEFAULT_PORT}] [--metrics <metrics.db>]

Serves the files of a folder on this computer only (127.0.0.1), as a web host would:
ETag and Last-Modified with 304 answers, CORS, the right content types. Dotfiles and
.pem/.key files are never served. Add the printed feed URL in Herald's options (Feeds)
to see your feed as employees will. Stop with Ctrl+C.

Options:
  -p, --port <number>   the port (default: ${DEFAULT_PORT}; 0 picks a free one)
  --metrics <file>      also accept Herald's json metrics batches (POST ${METRICS_PATH}) into this
                        SQLite file, created when missing; "herald-feed report <file>" prints them

Exit codes: 0 stopped with Ctrl+C, 1 the folder, port or metrics file cannot be used,
2 a usage mistake.`,
  async run(args, io) {
    const { values, positionals, wantsHelp } = parseCommandArgs(
      args,
      { port: { type: 'string', short: 'p' }, metrics: { type: 'string' } },
      { min: 1, max: 1 },
    );
    const dir = positionals[0];
    if (wantsHelp || dir === undefined) {
      io.out(this.help);
      return 0;
    }
    const port = Number(values.port ?? DEFAULT_PORT);
    if (!Number.isInteger(port) || port < 0 || port > 65_535) throw new InputError(`--port ${values.port}: not a port`);
    const root = resolve(io.cwd, dir);
    let feeds: string[];
    try {
      feeds = (await readdir(root)).filter((name) => name.endsWith('.json') && !name.startsWith('.'));
    } catch {
      throw new InputError(`${dir}: not a folder`);
    }
    const store =
      values.metrics === undefined
        ? undefined
        : await openMetricsStore(resolve(io.cwd, values.metrics), values.metrics);
    let server: Awaited<ReturnType<typeof startFeedServer>>;
    try {
      server = await startFeedServer({
        root,
        port,
        log: (line) => io.out(paint(io, 'dim', line)),
        ...(store ? { routes: { [METRICS_PATH]: metricsRoute(store) } } : {}),
      });
    } catch (error) {
      store?.close();
      const inUse = (error as NodeJS.ErrnoException).code === 'EADDRINUSE';
      throw new InputError(inUse ? `port ${port} is in use: try --port ${port + 1}` : (error as Error).message);
    }
    io.out(`serving ${dir} on ${server.origin} (this computer only)`);
    if (feeds.length === 0)
      io.out(`no .json file in ${dir} yet: build one with "herald-feed build <folder> -o ${dir}/feed.json"`);
    for (const feed of feeds)
      io.out(`feed URL for Herald's options: ${paint(io, 'bold', `${server.origin}/${encodeURIComponent(feed)}`)}`);
    if (store) {
      io.out(
        `metrics endpoint for the "metrics" policy (format "json"): ${paint(io, 'bold', `${server.origin}${METRICS_PATH}`)}`,
      );
      io.out(`stored in ${values.metrics}; print them with "herald-feed report ${values.metrics}"`);
    }
    io.out('stop with Ctrl+C');
    await new Promise<void>((done) => {
      process.once('SIGINT', done);
      process.once('SIGTERM', done);
    });
    await server.close();
    store?.close();
    return 0;
  },
};
