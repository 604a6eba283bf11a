import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import type { CliIo } from '../../../cli/src/io';
import { runCli } from '../../../cli/src/run-cli';

export const REPO = join(import.meta.dirname, '../../..');
/** A fixed clock a little after the demo feed's dates, so expiry warnings do not depend on the day. */
export const NOW = new Date('2026-12-01T12:00:00Z');

export interface CliRun {
  code: number;
  out: string;
  err: string;
}

/** Runs herald-feed in-process, as a person would type it, without colours. */
export async function herald(args: string[], options: { cwd?: string; now?: Date } = {}): Promise<CliRun> {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    out: (line) => out.push(line),
    err: (line) => err.push(line),
    color: false,
    cwd: options.cwd ?? REPO,
    now: () => options.now ?? NOW,
  };
  const code = await runCli(args, io);
  return { code, out: out.join('\n'), err: err.join('\n') };
}

/** A fresh temporary folder for the test, removed after it. */
export function tempDirsRemovedAfterEach(): () => Promise<string> {
  const made: string[] = [];
  afterEach(async () => {
    await Promise.all(made.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
  });
  return async () => {
    const dir = await mkdtemp(join(tmpdir(), 'herald-feed-test-'));
    made.push(dir);
    return dir;
  };
}
