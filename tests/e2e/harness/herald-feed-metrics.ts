// The comms team's own way to try metrics (docs/metrics.md): the built `herald-feed serve <folder> --metrics
// <db>` takes Herald's json batches into a SQLite file, and `herald-feed report <db> --json` prints the funnel.
// The metrics e2e points Herald's policy at it, as a comms person would. Needs `npm run build:cli`.
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from './paths.mjs';

const CLI = join(repoRoot, 'cli/herald-feed.mjs');

export type MetricsServe = { endpoint: string; db: string; stop(): void };

/** `herald-feed serve` on an empty folder in `work`, on a free port, storing into `work/metrics.db`. */
export async function startMetricsServe(work: string): Promise<MetricsServe> {
  if (!existsSync(join(repoRoot, 'cli/dist/herald-feed.mjs'))) {
    throw new Error('herald-feed is not built: run "npm run build:cli" first.');
  }
  const folder = join(work, 'site');
  mkdirSync(folder, { recursive: true });
  const db = join(work, 'metrics.db');
  const child: ChildProcess = spawn(process.execPath, [CLI, 'serve', folder, '--port', '0', '--metrics', db], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, NO_COLOR: '1' },
  });
  const endpoint = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const found = /metrics endpoint[^:]*: .*?(http:\/\/127\.0\.0\.1:\d+\/metrics)/.exec(out);
      if (found?.[1]) resolve(found[1]);
    });
    child.stderr?.on('data', (chunk: Buffer) => reject(new Error(chunk.toString())));
    child.on('exit', (code) => reject(new Error(`herald-feed serve exited with ${code}: ${out}`)));
  });
  return { endpoint, db, stop: () => child.kill() };
}

/** A row of `herald-feed report --json`: one item and wording, all networks and days added up. */
export type ReportRow = {
  feed: string;
  item: string;
  phrasing: number;
  suggested: number;
  inserted: number;
  posted: number;
  postedVerbatim: number;
  postedEdited: number;
  copied: number;
  shared: number;
};

/** `herald-feed report <db> --json`'s rows. */
export function metricsReport(db: string): ReportRow[] {
  const out = execFileSync(process.execPath, [CLI, 'report', db, '--json'], { encoding: 'utf8' });
  return (JSON.parse(out) as { rows: ReportRow[] }).rows;
}
