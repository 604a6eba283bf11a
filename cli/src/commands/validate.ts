import { checkFeed } from '../check/check-feed';
import type { Command } from '../command';
import { parseCommandArgs } from '../parse-command-args';
import { FETCH_TIMEOUT_MS, InputError, parseJsonText, readSource } from '../read-source';
import { exitCodeOf, printReportJson, printReportText, type Report, reportFindings, reportOf } from '../report';

async function validate(source: string, cwd: string, now: Date): Promise<Report> {
  const bytes = await readSource(source, cwd);
  const json = parseJsonText(new TextDecoder().decode(bytes), source);
  return reportOf(reportFindings(checkFeed(json, now)));
}

export const validateCommand: Command = {
  name: 'validate',
  summary: 'check a feed file or URL: every error with its JSON path, and warnings',
  help: `Usage: herald-feed validate <feed.json | https://…/feed.json> [--json]

Checks a feed as Herald reads it and prints each problem with its JSON path.

Errors (exit code 1): whatever makes Herald reject the feed, or skip an item or a
policy: a missing or malformed field, a duplicate id, a pattern that is not a valid
regular expression or could freeze the page (catastrophic backtracking), an unknown
placeholder or an unbalanced brace in an item's text or variants. A file that cannot
be read or is not JSON, or a URL that does not answer, is an error too.

Warnings (exit code 0): what Herald accepts but will hurt: an X post over 280
characters with its link and hashtags, a LinkedIn post over 3,000, an expired item,
an item that has not started, an http:// link, an unknown (misspelt?) field.

A URL is fetched with a ${FETCH_TIMEOUT_MS / 1000} s timeout.

Options:
      --json   print one JSON document instead of text:
               { ok, errors, warnings, findings: [{ severity, path, message }] }

Exit codes: 0 no error (warnings allowed), 1 errors in the feed, 2 a usage mistake.`,
  async run(args, io) {
    const { values, positionals, wantsHelp } = parseCommandArgs(
      args,
      { json: { type: 'boolean' } },
      { min: 1, max: 1 },
    );
    const source = positionals[0];
    if (wantsHelp || source === undefined) {
      io.out(this.help);
      return 0;
    }
    if (!values.json) {
      const report = await validate(source, io.cwd, io.now());
      io.out(source);
      printReportText(io, report);
      return exitCodeOf(report);
    }
    let report: Report;
    try {
      report = await validate(source, io.cwd, io.now());
    } catch (error) {
      // A tool reading --json gets the unreadable input as a finding too, not a line on standard error.
      if (!(error instanceof InputError)) throw error;
      report = reportOf([{ severity: 'error', path: '', message: error.message }]);
    }
    printReportJson(io, report);
    return exitCodeOf(report);
  },
};
