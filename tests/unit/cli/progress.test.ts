import { describe, expect, it } from 'vitest';
import type { CliIo, StatusLine } from '../../../cli/src/io';
import { folderProgress, PROGRESS_DELAY_MS, PROGRESS_MIN_FILES } from '../../../cli/src/progress';
import { runCli } from '../../../cli/src/run-cli';
import { NOW } from './cli-harness';
import { contentFolders, itemFile } from './content-folder-fixture';

const contentFolder = contentFolders();

/** A terminal's status line whose clock moves `stepMs` each time it is read. */
function fakeStatus(stepMs: number): StatusLine & { writes: string[] } {
  let clock = 0;
  const writes: string[] = [];
  return {
    writes,
    write: (text) => writes.push(text),
    clockMs: () => {
      clock += stepMs;
      return clock;
    },
  };
}

function readFiles(status: StatusLine, total: number) {
  const progress = folderProgress(status);
  for (let done = 1; done <= total; done++) progress?.('items', done, total);
}

describe('the progress line', () => {
  it('counts the files of a large folder with thousands separators, then clears the line', () => {
    const status = fakeStatus(50);
    readFiles(status, 10_000);
    expect(status.writes).toContain('reading items 1,200/10,000');
    expect(status.writes.at(-1)).toBe('');
    expect(status.writes.filter((text) => text === '')).toHaveLength(1);
  });

  it('waits before showing anything, so a quick read does not flicker', () => {
    const status = fakeStatus(1);
    readFiles(status, 1_000);
    const first = status.writes[0];
    expect(first).toMatch(/^reading items /);
    expect(Number(first?.match(/ ([\d,]+)\//)?.[1]?.replace(',', ''))).toBeGreaterThanOrEqual(PROGRESS_DELAY_MS);
  });

  it('rewrites the line at most every 100 ms, not once a file', () => {
    const status = fakeStatus(1);
    readFiles(status, 1_000);
    expect(status.writes.length).toBeLessThan(20);
    expect(status.writes.length).toBeGreaterThan(2);
  });

  it('shows nothing for a small folder, however slow', () => {
    const status = fakeStatus(1_000);
    readFiles(status, PROGRESS_MIN_FILES - 1);
    expect(status.writes).toEqual([]);
  });

  it('is off when standard error is not a terminal', () => {
    expect(folderProgress(undefined)).toBeUndefined();
  });

  it('shows while build reads a big folder on a terminal, even with --json, and stdout holds only JSON', async () => {
    const files = Object.fromEntries(
      Array.from({ length: PROGRESS_MIN_FILES + 50 }, (_, i) => [`items/${i}-item-${i}.md`, itemFile(`Item ${i}`)]),
    );
    const dir = await contentFolder(files);
    const status = fakeStatus(10);
    const out: string[] = [];
    const io: CliIo = {
      out: (line) => out.push(line),
      err: () => undefined,
      color: false,
      cwd: dir,
      now: () => NOW,
      status,
    };
    const code = await runCli(['build', '.', '-o', 'feed.json', '--json'], io);
    expect(code).toBe(0);
    expect(status.writes).toContain('reading items 100/250');
    expect(status.writes.at(-1)).toBe('');
    expect(JSON.parse(out.join('\n'))).toMatchObject({ ok: true });
  });
});
