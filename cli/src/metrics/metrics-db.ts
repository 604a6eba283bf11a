import { readFile, rename, rm, writeFile } from 'node:fs/promises';
import type { Database, SqlJsStatic } from 'sql.js';
import { serialQueue } from '../../../shared/async/serial-queue';
import { InputError } from '../read-source';
import type { CountRow } from './count-rows';
import { loadSql } from './load-sql';

// The metrics file is a plain SQLite database (open it with any SQLite tool). sql.js keeps it in memory: every
// change is written back whole, through a temporary file and a rename, so a crash never leaves half a file.

/** 'HRLD' in SQLite's application_id header field: marks the file as herald-feed's metrics. */
const APPLICATION_ID = 0x48524c44;

const CREATE = `
  CREATE TABLE IF NOT EXISTS counts (
    day TEXT NOT NULL,
    feed TEXT NOT NULL,
    item TEXT NOT NULL,
    phrasing INTEGER NOT NULL,
    network TEXT NOT NULL,
    suggested INTEGER NOT NULL,
    inserted INTEGER NOT NULL,
    copied INTEGER NOT NULL,
    shared INTEGER NOT NULL,
    posted_verbatim INTEGER NOT NULL,
    posted_edited INTEGER NOT NULL,
    PRIMARY KEY (day, feed, item, phrasing, network)
  ) WITHOUT ROWID;
  PRAGMA application_id = ${APPLICATION_ID};
  PRAGMA user_version = 1;`;

const ADD = `
  INSERT INTO counts VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
  ON CONFLICT (day, feed, item, phrasing, network) DO UPDATE SET
    suggested = suggested + excluded.suggested,
    inserted = inserted + excluded.inserted,
    copied = copied + excluded.copied,
    shared = shared + excluded.shared,
    posted_verbatim = posted_verbatim + excluded.posted_verbatim,
    posted_edited = posted_edited + excluded.posted_edited`;

const NOT_OURS = 'not a herald-feed metrics database ("herald-feed serve --metrics <file>" writes one)';

async function readIfThere(file: string): Promise<Uint8Array | undefined> {
  try {
    return await readFile(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

/** The database in `bytes`, refused with one clear line unless it is ours (or empty, when `create`). */
function openOurs(sql: SqlJsStatic, bytes: Uint8Array | undefined, name: string, create: boolean): Database {
  const db = new sql.Database(bytes?.byteLength ? bytes : null);
  let id: unknown;
  try {
    // sql.js opens anything; the first statement is where a file that is not SQLite shows.
    id = db.exec('PRAGMA application_id')[0]?.values[0]?.[0];
  } catch {
    db.close();
    throw new InputError(`${name}: not a SQLite database`);
  }
  const empty = db.exec("SELECT count(*) FROM sqlite_schema WHERE type = 'table'")[0]?.values[0]?.[0] === 0;
  if (id !== APPLICATION_ID && !(create && empty)) {
    db.close();
    throw new InputError(`${name}: ${NOT_OURS}`);
  }
  if (create) db.exec(CREATE);
  return db;
}

async function writeAtomically(file: string, bytes: Uint8Array): Promise<void> {
  const temporary = `${file}.${process.pid}.tmp`;
  try {
    await writeFile(temporary, bytes);
    await rename(temporary, file);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}

export interface MetricsStore {
  /** Adds the rows to what is stored (the same key adds up) and writes the file; resolves when it is on disk. */
  add(rows: readonly CountRow[]): Promise<void>;
  close(): void;
}

/** The metrics file `serve --metrics` writes to, created when missing. `name` is how messages call it. */
export async function openMetricsStore(file: string, name: string): Promise<MetricsStore> {
  const sql = await loadSql();
  let db = openOurs(sql, await readIfThere(file), name, true);
  // What is on disk: a batch that could not be written is taken back out by going back to these bytes.
  let written = db.export();
  await writeAtomically(file, written);
  // One batch at a time: two writes of the same temporary file must never interleave.
  const queued = serialQueue();
  const addNow = async (rows: readonly CountRow[]) => {
    try {
      db.exec('BEGIN');
      for (const row of rows) {
        db.run(ADD, [
          row.day,
          row.feed,
          row.item,
          row.phrasing,
          row.network,
          row.suggested,
          row.inserted,
          row.copied,
          row.shared,
          row.postedVerbatim,
          row.postedEdited,
        ]);
      }
      db.exec('COMMIT');
      const bytes = db.export();
      await writeAtomically(file, bytes);
      written = bytes;
    } catch (error) {
      // Not on disk means not stored (the sender gets a 500 and keeps its counts): back to what the file holds,
      // so its retry is not counted twice.
      db.close();
      db = new sql.Database(written);
      throw error;
    }
  };
  return {
    add: (rows) => queued(() => addNow(rows)),
    close: () => db.close(),
  };
}

/** The counts per feed, item and wording, all networks and days from `sinceDay` on added up. */
export interface FunnelCounts {
  feed: string;
  item: string;
  phrasing: number;
  suggested: number;
  inserted: number;
  postedVerbatim: number;
  postedEdited: number;
  copied: number;
  shared: number;
}

export interface StoredMetrics {
  rows: FunnelCounts[];
  /** The first and last day counted, undefined when there is nothing. */
  from?: string;
  to?: string;
}

/** What `report` prints: read-only, a missing or foreign file is one clear line. */
export async function readMetrics(file: string, name: string, sinceDay = '0000-00-00'): Promise<StoredMetrics> {
  const bytes = await readIfThere(file);
  if (!bytes) throw new InputError(`${name}: no such file ("herald-feed serve <folder> --metrics ${name}" makes it)`);
  const db = openOurs(await loadSql(), bytes, name, false);
  try {
    const [result] = db.exec(
      `SELECT feed, item, phrasing, sum(suggested), sum(inserted), sum(posted_verbatim), sum(posted_edited),
         sum(copied), sum(shared), min(day), max(day)
       FROM counts WHERE day >= ? GROUP BY feed, item, phrasing ORDER BY feed, item, phrasing`,
      [sinceDay],
    );
    const values = result?.values ?? [];
    const rows = values.map(([feed, item, phrasing, ...counts]) => {
      const [suggested, inserted, postedVerbatim, postedEdited, copied, shared] = counts.slice(0, 6).map(Number);
      return {
        feed: String(feed),
        item: String(item),
        phrasing: Number(phrasing),
        suggested: suggested ?? 0,
        inserted: inserted ?? 0,
        postedVerbatim: postedVerbatim ?? 0,
        postedEdited: postedEdited ?? 0,
        copied: copied ?? 0,
        shared: shared ?? 0,
      };
    });
    const days = values.flatMap((row) => [String(row[9]), String(row[10])]).sort();
    return { rows, ...(days.length ? { from: days[0], to: days[days.length - 1] } : {}) };
  } finally {
    db.close();
  }
}
