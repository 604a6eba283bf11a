import { resolve } from 'node:path';
import type { Command } from '../command';
import { UsageError } from '../io';
import { funnelOf } from '../metrics/funnel';
import { funnelTable } from '../metrics/funnel-table';
import { readMetrics } from '../metrics/metrics-db';
import { parseCommandArgs } from '../parse-command-args';

const DAY_MS = 86_400_000;

/** The first UTC day of the last `days` days, today included. */
export function firstDayOf(now: Date, days: number): string {
  return new Date(now.getTime() - (days - 1) * DAY_MS).toISOString().slice(0, 10);
}

export const reportCommand: Command = {
  name: 'report',
  summary: 'print the funnel of the metrics that "serve --metrics" stored',
  help: `Usage: herald-feed report <metrics.db> [--json] [--days <n>]

Prints, for each item and wording, how far employees took it: suggested → inserted →
posted (verbatim or after their own edits), and how often it was copied or shared from
the popup, all networks and days added up, with the rates between the steps. The file
is the one "herald-feed serve <folder> --metrics <metrics.db>" writes (docs/metrics.md).

Options:
  --json         print one JSON document instead of the table, for tools
  --days <n>     only the last n days (UTC), today included

Exit codes: 0 printed (also when nothing is counted yet), 1 the file is missing or not a
herald-feed metrics database, 2 a usage mistake.`,
  async run(args, io) {
    const { values, positionals, wantsHelp } = parseCommandArgs(
      args,
      { json: { type: 'boolean' }, days: { type: 'string' } },
      { min: 1, max: 1 },
    );
    const file = positionals[0];
    if (wantsHelp || file === undefined) {
      io.out(this.help);
      return 0;
    }
    let since: string | undefined;
    if (values.days !== undefined) {
      const days = Number(values.days);
      if (!Number.isInteger(days) || days < 1)
        throw new UsageError(`--days ${values.days}: not a whole number of days`);
      since = firstDayOf(io.now(), days);
    }
    const funnel = funnelOf(await readMetrics(resolve(io.cwd, file), file, since));
    if (values.json) io.out(JSON.stringify(funnel, null, 2));
    else if (funnel.rows.length === 0) io.out(since ? `no counts since ${since}` : 'no counts yet');
    else for (const line of funnelTable(funnel)) io.out(line);
    return 0;
  },
};
