import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildFolder } from '../build/build-folder';
import type { Command } from '../command';
import { runFolderExamples } from '../examples/folder-examples';
import { paint } from '../io';
import { parseCommandArgs } from '../parse-command-args';
import { openBrowser } from '../preview/open-browser';
import { startPreviewServer } from '../preview/preview-server';
import { assemblePreviewState, type PreviewState } from '../preview/preview-state';
import { watchContentFolder } from '../preview/watch-folder';
import { InputError } from '../read-source';

export const DEFAULT_PREVIEW_PORT = 8788;

// Bundled, this module is cli/dist/herald-feed.mjs and the page cli/dist/preview; run from source (tests),
// it is cli/src/commands/preview.ts.
const PAGE_DIR = fileURLToPath(
  new URL(import.meta.url.includes('/cli/src/') ? '../../dist/preview/' : './preview/', import.meta.url),
);

export const previewCommand: Command = {
  name: 'preview',
  summary: 'a page on http://127.0.0.1 that shows a content folder as each network will, live as you edit',
  help: `Usage: herald-feed preview <folder> [--port ${DEFAULT_PREVIEW_PORT}] [--no-open]

Serves a page on this computer only (127.0.0.1) and opens it in your browser. The page
shows the content folder as Herald will, and follows every save in feed.yml, items/
and policies/ without a reload:

  - the build's errors and warnings, with file and line (as "herald-feed build");
  - every item on every network: the text it gets (each phrasing, the UTM-tagged link,
    the hashtags), its length against the network's limit, and where "see more" cuts;
  - a playground: type a draft, pick a network, and see Herald's own underlines and
    notes, with their fixes.

When the folder has errors the page shows them above the last feed that built.
Stop with Ctrl+C.

Options:
  -p, --port <number>   the port (default: ${DEFAULT_PREVIEW_PORT}; 0 picks a free one)
      --no-open         print the URL without opening a browser (also when CI is set)

Exit codes: 0 stopped with Ctrl+C, 1 the folder or port cannot be used, 2 a usage mistake.`,
  async run(args, io) {
    const { values, positionals, wantsHelp } = parseCommandArgs(
      args,
      { port: { type: 'string', short: 'p' }, 'no-open': { type: 'boolean' } },
      { min: 1, max: 1 },
    );
    const dir = positionals[0];
    if (wantsHelp || dir === undefined) {
      io.out(this.help);
      return 0;
    }
    const port = Number(values.port ?? DEFAULT_PREVIEW_PORT);
    if (!Number.isInteger(port) || port < 0 || port > 65_535) throw new InputError(`--port ${values.port}: not a port`);
    const root = resolve(io.cwd, dir);
    const isFolder = await stat(root).then(
      (info) => info.isDirectory(),
      () => false,
    );
    if (!isFolder) throw new InputError(`${dir}: not a folder`);

    let state: PreviewState = await readState(root, dir, io.now());
    let server: Awaited<ReturnType<typeof startPreviewServer>>;
    try {
      server = await startPreviewServer({ port, pageDir: PAGE_DIR, state: () => state });
    } catch (error) {
      const inUse = (error as NodeJS.ErrnoException).code === 'EADDRINUSE';
      throw new InputError(inUse ? `port ${port} is in use: try --port ${port + 1}` : (error as Error).message);
    }
    // Reads queue one after another: a slow read must not publish after a newer one.
    let reading = Promise.resolve();
    const watcher = watchContentFolder(root, () => {
      reading = reading
        .then(async () => {
          state = await readState(root, dir, io.now(), state);
          server.publish(state);
          io.out(paint(io, 'dim', `${new Date().toLocaleTimeString()} ${summary(state)}`));
        })
        .catch((error: unknown) => {
          io.err(`${paint(io, 'red', 'error:')} could not read ${dir}: ${(error as Error).message}`);
        });
    });
    const url = `${server.origin}/`;
    io.out(`previewing ${dir} on ${paint(io, 'bold', url)} (this computer only)`);
    io.out(summary(state));
    if (!values['no-open'] && !process.env.CI) openBrowser(url);
    io.out('stop with Ctrl+C');
    await new Promise<void>((done) => {
      process.once('SIGINT', done);
      process.once('SIGTERM', done);
    });
    watcher.close();
    await server.close();
    return 0;
  },
};

async function readState(root: string, dir: string, now: Date, previous?: PreviewState) {
  // File names relative to the folder ("items/03-x.md:5"): the page names the folder once, at its top.
  const built = await buildFolder(root, now, root);
  // The rule examples, run as `build` and `test` run them; the page shows their report.
  return assemblePreviewState(built, { folder: dir, now, previous, runExamples: runFolderExamples });
}

function summary(state: PreviewState): string {
  const errors = state.problems.filter((problem) => problem.severity === 'error').length;
  const warnings = state.problems.length - errors;
  const feed = state.feed ? `${state.feed.items.length} items, ${state.feed.policies.length} policies` : 'no feed';
  const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;
  const counts = `${plural(errors, 'error')}, ${plural(warnings, 'warning')}`;
  return `${feed}; ${counts}${state.stale ? ' (the page shows the last feed that built)' : ''}`;
}
