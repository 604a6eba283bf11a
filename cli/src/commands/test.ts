import { resolve } from 'node:path';
import { buildFolder } from '../build/build-folder';
import type { Command } from '../command';
import { runFolderExamples } from '../examples/folder-examples';
import { examplesSection } from '../examples/print-examples';
import { paint } from '../io';
import { parseCommandArgs } from '../parse-command-args';
import { folderProgress } from '../progress';
import { exitCodeOf, findingLine, isOk, printReportJson, reportOf } from '../report';
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
  --json   print only { ok, errors, warnings, findings, examples: { passed, failed,
           failures } } (warnings is always 0: test reports errors only)`,
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
    // The feed as it ships (secret terms hashed): examples of a secret rule meet its hashes, as drafts will.
    const built = await buildFolder(resolve(io.cwd, dir), now, io.cwd, folderProgress(io.status));
    // Warnings are build's business; only what stops the examples from running is reported here.
    const report = reportOf(built.report.findings.filter((finding) => finding.severity === 'error'));
    const ran = built.feed && isOk(report) ? runFolderExamples(built.folder, built.feed, now) : undefined;
    report.sections.push(examplesSection(ran ?? { passed: 0, failed: 0, failures: [] }, io));
    if (values.json) {
      printReportJson(io, report);
      return exitCodeOf(report);
    }
    if (!ran) {
      for (const finding of report.findings) io.out(findingLine(io, finding));
      const count = report.findings.length;
      io.out(paint(io, 'red', `${count} ${count === 1 ? 'error' : 'errors'} in ${dir}: no example was run`));
      return 1;
    }
    for (const section of report.sections) for (const line of section.text) io.out(line);
    return exitCodeOf(report);
  },
};
