import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { firstDayOf } from '../../../cli/src/commands/report';
import { funnelOf } from '../../../cli/src/metrics/funnel';
import { funnelTable } from '../../../cli/src/metrics/funnel-table';
import { loadSql } from '../../../cli/src/metrics/load-sql';
import { openMetricsStore } from '../../../cli/src/metrics/metrics-db';
import { metricsBatchSchema } from '../../../shared/metrics/batch-schema';
import { herald, NOW, REPO, tempDirsRemovedAfterEach } from './cli-harness';

const tempDir = tempDirsRemovedAfterEach();

const row = (day: string, item: string, suggested: number) => ({
  day,
  feed: 'lumen',
  item,
  phrasing: 1,
  network: 'linkedin',
  suggested,
  inserted: 0,
  copied: 0,
  shared: 0,
  postedVerbatim: 0,
  postedEdited: 0,
});

describe('herald-feed report', () => {
  it('says so in one line, exit 1, when the file is missing', async () => {
    const run = await herald(['report', 'missing.db'], { cwd: await tempDir() });
    expect(run.code).toBe(1);
    expect(run.err).toBe(
      'error: missing.db: no such file ("herald-feed serve <folder> --metrics missing.db" makes it)',
    );
    expect(run.out).toBe('');
  });

  it('says so in one line, exit 1, when the file is not SQLite', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, 'feed.json'), '{ "version": 1 }\n');
    const run = await herald(['report', 'feed.json'], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.err).toBe('error: feed.json: not a SQLite database');
  });

  it('says so in one line, exit 1, for a SQLite database that serve --metrics did not write', async () => {
    const dir = await tempDir();
    const sql = await loadSql();
    const other = new sql.Database();
    other.exec('CREATE TABLE counts (day TEXT)');
    await writeFile(join(dir, 'other.db'), other.export());
    other.close();
    const run = await herald(['report', 'other.db'], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.err).toMatch(/^error: other\.db: not a herald-feed metrics database/);
    expect(run.err).not.toMatch(/\n\s+at /);
  });

  it('prints "no counts yet" for a fresh metrics file, and an empty funnel with --json', async () => {
    const dir = await tempDir();
    (await openMetricsStore(join(dir, 'metrics.db'), 'metrics.db')).close();
    const run = await herald(['report', 'metrics.db'], { cwd: dir });
    expect(run.code).toBe(0);
    expect(run.out).toBe('no counts yet');
    const json = await herald(['report', 'metrics.db', '--json'], { cwd: dir });
    expect(JSON.parse(json.out)).toMatchObject({ from: null, to: null, rows: [] });
  });

  it('--days N counts only the last N UTC days, today included', async () => {
    const dir = await tempDir();
    const store = await openMetricsStore(join(dir, 'metrics.db'), 'metrics.db');
    await store.add([row('2026-11-24', 'old', 7), row('2026-11-25', 'week', 3), row('2026-12-01', 'today', 1)]);
    store.close();
    const items = async (...args: string[]) => {
      const run = await herald(['report', 'metrics.db', '--json', ...args], { cwd: dir, now: NOW });
      return JSON.parse(run.out).rows.map((counted: { item: string }) => counted.item);
    };
    expect(await items()).toEqual(['old', 'today', 'week']);
    expect(await items('--days', '7')).toEqual(['today', 'week']);
    expect(await items('--days', '1')).toEqual(['today']);
    const none = await herald(['report', 'metrics.db', '--days', '1'], {
      cwd: dir,
      now: new Date('2026-12-09T00:00:00Z'),
    });
    expect(none.out).toBe('no counts since 2026-12-09');
    const bad = await herald(['report', 'metrics.db', '--days', 'week'], { cwd: dir });
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('--days week: not a whole number of days');
  });

  it('finds the first day of the last N days in UTC', () => {
    expect(firstDayOf(new Date('2026-12-01T23:59:00Z'), 1)).toBe('2026-12-01');
    expect(firstDayOf(new Date('2026-03-01T00:00:00Z'), 2)).toBe('2026-02-28');
  });
});

describe('the funnel', () => {
  const counts = { suggested: 0, inserted: 0, postedVerbatim: 0, postedEdited: 0, copied: 0, shared: 0 };

  it('has rates only where there is something to divide by', () => {
    const funnel = funnelOf({
      rows: [
        { feed: 'f', item: 'a', phrasing: 1, ...counts, suggested: 4, inserted: 2, postedVerbatim: 1 },
        { feed: 'f', item: 'b', phrasing: 2, ...counts, copied: 3 },
      ],
      from: '2026-12-01',
      to: '2026-12-02',
    });
    expect(funnel.rows[0]).toMatchObject({ posted: 1, insertRate: 0.5, postRate: 0.5, verbatimRate: 1 });
    expect(funnel.rows[1]).toMatchObject({ posted: 0, insertRate: null, postRate: null, verbatimRate: null });
    expect(funnel.total).toMatchObject({ suggested: 4, inserted: 2, posted: 1, copied: 3, insertRate: 0.5 });
  });

  it('lines up the columns, long ids included', () => {
    const table = funnelTable(
      funnelOf({
        rows: [{ feed: 'a-very-long-feed-id', item: 'i', phrasing: 11, ...counts, suggested: 12345 }],
        from: '2026-12-01',
        to: '2026-12-01',
      }),
    );
    const header = table.find((line) => line.startsWith('feed')) ?? '';
    const line = table.find((text) => text.startsWith('a-very-long-feed-id')) ?? '';
    expect(line.indexOf('12345') + 5).toBe(header.indexOf('suggested') + 'suggested'.length);
    expect(header.indexOf('item')).toBe(line.indexOf('i  '));
  });
});

describe('docs/herald-feed.md, report', () => {
  it('shows the table report prints', async () => {
    const reference = await readFile(join(REPO, 'docs/herald-feed.md'), 'utf8');
    const shown = /### report[\s\S]*?```text\n([\s\S]*?)```/.exec(reference)?.[1]?.trimEnd().split('\n');
    const wording = { feed: 'lumen', item: 'series-b', copied: 0, shared: 0 };
    const table = funnelTable(
      funnelOf({
        rows: [
          {
            ...wording,
            phrasing: 1,
            suggested: 10,
            inserted: 4,
            postedVerbatim: 2,
            postedEdited: 1,
            copied: 2,
            shared: 1,
          },
          { ...wording, phrasing: 2, suggested: 5, inserted: 1, postedVerbatim: 0, postedEdited: 1 },
        ],
        from: '2026-11-30',
        to: '2026-12-01',
      }),
    );
    expect(shown).toEqual(table.slice(2, 8));
  });
});

describe('the herald-metrics/1 batch schema', () => {
  it('takes the example of the contract', () => {
    const example = {
      schema: 'herald-metrics/1',
      days: [
        {
          day: '2026-12-03',
          counts: [
            {
              feed: 'lumen',
              item: 'series-b',
              phrasing: 1,
              network: 'linkedin',
              suggested: 0,
              inserted: 0,
              copied: 0,
              shared: 0,
              posted: 0,
              postedVerbatim: 0,
              postedEdited: 0,
            },
          ],
        },
      ],
    };
    expect(metricsBatchSchema.safeParse(example).success).toBe(true);
    expect(metricsBatchSchema.safeParse({ ...example, installId: 'abc' }).success).toBe(false);
  });
});
