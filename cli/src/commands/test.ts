import { randomBytes } from 'node:crypto';
import { resolve } from 'node:path';
import { hashSecretTerms } from '../build/hash-secret-terms';
import { readContentFolder } from '../build/read-content-folder';
import { checkFeed } from '../check/check-feed';
import { pathText } from '../check/finding';
import type { Command } from '../command';
import { runFolderExamples } from '../examples/folder-examples';
import { examplesJson, printExampleReport } from '../examples/print-examples';
import { paint } from '../io';
import { parseCommandArgs } from '../parse-command-args';

export const testCommand: Command = {
  name: 'test',
  summary: "run the rule examples of a content folder through Herald's own policy checker",
  help: `Usage: herald-feed test <folder> [--json]

Builds the content folder in memory, as "build" does (secret terms hashed), and
tries every rule example of its policies (docs/feed-format.md, "Rule examples"):

  examples:
    flag:                    drafts the rule must flag
      - "Project Falcon ships in May"
      - { text: "...", match: "Falcon", sites: [linkedin] }
    pass:                    drafts the rule must let pass
      - "Our falcon mascot"

An example without "sites" is tried on every network the rule applies to. A rule
with activeFrom/activeUntil is tried at a moment inside its window. Each failure
names the example (file:line), the rule, what it expected on which network, and
every finding there instead; then "N examples passed" or "N of M examples failed".

Exit codes: 0 every example passed, 1 an example failed or the folder has errors,
2 a usage mistake.

Options:
  --json   print only { ok, errors, findings, examples: { passed, failed, failures } }`,
  async run(args, io) {
    const { values, positionals, wantsHelp } = parseCommandArgs(
      args,
      { json: { type: 'boolean' } },
      { min: 1, max: 1 },
    );
    const dir = positionals[0];
    if (wantsHelp || dir === undefined) {
      io.out(this.help);
      return 0;
    }
    const now = io.now();
    const folder = await readContentFolder(resolve(io.cwd, dir), now, io.cwd);
    // The feed as it ships: examples of a secret rule meet its hashes, as employees' drafts will.
    if (folder.feed) {
      for (const { path, message } of hashSecretTerms(folder.feed, randomBytes(16).toString('hex'))) {
        folder.problems.push({ where: folder.locate(path), message });
      }
    }
    const errors = [
      ...folder.problems.map((problem) => ({ ...problem, path: '' })),
      ...(folder.feed ? checkFeed(folder.feed, now) : [])
        .filter((finding) => finding.severity === 'error')
        .map((finding) => ({
          where: folder.locate(finding.path),
          path: pathText(finding.path),
          message: finding.message,
        })),
    ];
    const report =
      folder.feed && errors.length === 0
        ? runFolderExamples(folder, folder.feed, now)
        : { passed: 0, failed: 0, failures: [] };
    const ok = errors.length === 0 && report.failed === 0;
    if (values.json) {
      const findings = errors.map(({ where, path, message }) => ({ severity: 'error', where, path, message }));
      io.out(JSON.stringify({ ok, errors: errors.length, findings, examples: examplesJson(report) }, null, 2));
      return ok ? 0 : 1;
    }
    for (const { where, path, message } of errors) {
      io.out(`${paint(io, 'red', 'error  ')} ${where}: ${path ? `${paint(io, 'bold', path)}: ` : ''}${message}`);
    }
    if (errors.length > 0) {
      const count = errors.length;
      io.out(paint(io, 'red', `${count} ${count === 1 ? 'error' : 'errors'} in ${dir}: no example was run`));
      return 1;
    }
    printExampleReport(io, report);
    return ok ? 0 : 1;
  },
};
