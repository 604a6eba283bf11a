import { resolve } from 'node:path';
import { buildFolder } from '../build/build-folder';
import { writeBuild } from '../build/write-build';
import type { Command } from '../command';
import { type ExampleReport, runFolderExamples } from '../examples/folder-examples';
import { examplesJson, printExampleReport } from '../examples/print-examples';
import { type CliIo, paint, UsageError } from '../io';
import { parseCommandArgs } from '../parse-command-args';
import { folderProgress } from '../progress';
import { exitCodeOf, isOk, printReportJson, printReportText, type ReportSection } from '../report';

/** The rule examples' results in the report: `examples` in the JSON, their lines after the count in the text. */
function examplesSection(examples: ExampleReport, io: CliIo): ReportSection {
  const text: string[] = [];
  printExampleReport({ ...io, out: (line) => text.push(line) }, examples);
  return { key: 'examples', ok: examples.failed === 0, json: examplesJson(examples), text };
}

export const buildCommand: Command = {
  name: 'build',
  summary: 'turn a folder of Markdown and YAML files into a feed, then validate it',
  help: `Usage: herald-feed build <folder> [-o feed.json] [--json]

Builds a feed from a content folder, then checks it as "validate" does. Problems
name the file and line. The feed is written only when there is no error.

  feed.yml          version (1), publisher { id, name }, and updatedAt if you want
                    a fixed one (default: now); assetsUrl, the https:// folder
                    where the images are published, if items have image files
  items/*.md        one item a file. YAML front matter between --- lines holds the
                    fields (type, title, url, hashtags, ...); the id defaults to the
                    file name without a leading "01-". The body is the text; sections
                    headed "## x", "## linkedin", "## facebook" are the variants.
                    "image: { file: images/x.jpg, alt: ... }" points at a file of
                    the folder: the feed gets its address under assetsUrl
  policies/*.yml    a list of policies a file (or a single policy). "secret: true"
                    on a policy with terms ships them only as keyed hashes, under
                    a key drawn for each build (docs/feed-format.md, "Secret terms");
                    "examples" of a policy must pass, as "herald-feed test" runs them

Files are read in name order, so "01-", "02-" set the order of the feed. A folder
of many files shows a progress line on a terminal.

Options:
  -o, --output <file>   where to write the feed (default: standard output, and the
                        report on standard error); image files are copied next to
                        it, at the same path as in the folder
      --json            print the report as one JSON document on standard output:
                        { ok, errors, warnings, findings: [{ severity, where, path,
                        message }] }; needs -o

Exit codes: 0 feed written (warnings allowed), 1 errors in the folder (no feed
written), 2 a usage mistake.`,
  async run(args, io) {
    const { values, positionals, wantsHelp } = parseCommandArgs(
      args,
      { output: { type: 'string', short: 'o' }, json: { type: 'boolean' } },
      { min: 1, max: 1 },
    );
    const dir = positionals[0];
    if (wantsHelp || dir === undefined) {
      io.out(this.help);
      return 0;
    }
    if (values.json && !values.output) {
      throw new UsageError('--json prints the report on standard output, so the feed needs -o <file>');
    }
    const { feed, folder, report } = await buildFolder(
      resolve(io.cwd, dir),
      io.now(),
      io.cwd,
      folderProgress(io.status),
    );
    // The rule examples run on a feed without errors, as it ships (secret terms hashed); a failure is no feed.
    if (feed && isOk(report)) report.sections.push(examplesSection(runFolderExamples(folder, feed, io.now()), io));
    const feedText = feed && isOk(report) ? `${JSON.stringify(feed, null, 2)}\n` : undefined;
    if (feedText && values.output) {
      const output = { path: resolve(io.cwd, values.output), name: values.output };
      report.findings.push(...(await writeBuild(output, feedText, folder.assets)));
    }
    if (values.json) {
      printReportJson(io, report);
      return exitCodeOf(report);
    }
    // With no -o the feed goes to standard output, so the report goes to standard error.
    const textIo = values.output ? io : { ...io, out: io.err };
    printReportText(textIo, report);
    if (!feedText || !isOk(report)) {
      textIo.out(paint(io, 'red', 'no feed written'));
      return 1;
    }
    if (!values.output) {
      io.out(feedText.trimEnd());
      if (folder.assets.length > 0) io.err('image files are copied next to the feed only with -o');
      return 0;
    }
    const count = (list: unknown) => (Array.isArray(list) ? list.length : 0);
    const images =
      folder.assets.length > 0 ? `, ${folder.assets.length} image${folder.assets.length === 1 ? '' : 's'}` : '';
    io.out(`wrote ${values.output}: ${count(feed?.items)} items, ${count(feed?.policies)} policies${images}`);
    return 0;
  },
};
