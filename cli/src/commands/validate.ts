import { checkFeed } from '../check/check-feed';
import type { Command } from '../command';
import { parseCommandArgs } from '../parse-command-args';
import { FETCH_TIMEOUT_MS, parseJsonText, readSource } from '../read-source';
import { exitCodeOf, printFindings } from '../report';

export const validateCommand: Command = {
  name: 'validate',
  summary: 'check a feed file or URL: every error with its JSON path, and warnings',
  help: `Usage: herald-feed validate <feed.json | https://…/feed.json>

Checks a feed as Herald reads it and prints each problem with its JSON path.

Errors (exit code 1): whatever makes Herald reject the feed, or skip an item or a
policy: a missing or malformed field, a duplicate id, a pattern that is not a valid
regular expression or could freeze the page (catastrophic backtracking), an unknown
placeholder or an unbalanced brace in an item's text or variants.

Warnings (exit code 0): what Herald accepts but will hurt: an X post over 280
characters with its link and hashtags, a LinkedIn post over 3,000, an expired item,
an item that has not started, an http:// link, an unknown (misspelt?) field.

A URL is fetched with a ${FETCH_TIMEOUT_MS / 1000} s timeout.`,
  async run(args, io) {
    const { positionals, wantsHelp } = parseCommandArgs(args, {}, { min: 1, max: 1 });
    const source = positionals[0];
    if (wantsHelp || source === undefined) {
      io.out(this.help);
      return 0;
    }
    const bytes = await readSource(source, io.cwd);
    const json = parseJsonText(new TextDecoder().decode(bytes), source);
    const findings = checkFeed(json, io.now());
    io.out(source);
    printFindings(io, findings);
    return exitCodeOf(findings);
  },
};
