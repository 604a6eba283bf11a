import { randomBytes } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { hashSecretTerms } from '../build/hash-secret-terms';
import { readContentFolder } from '../build/read-content-folder';
import { checkFeed } from '../check/check-feed';
import type { Command } from '../command';
import { runFolderExamples } from '../examples/folder-examples';
import { printExampleReport } from '../examples/print-examples';
import { paint } from '../io';
import { parseCommandArgs } from '../parse-command-args';
import { exitCodeOf, printFindings } from '../report';

export const buildCommand: Command = {
  name: 'build',
  summary: 'turn a folder of Markdown and YAML files into a feed, then validate it',
  help: `Usage: herald-feed build <folder> [-o feed.json]

Builds a feed from a content folder, then checks it as "validate" does. Problems
name the file and line. The feed is written only when there is no error.

  feed.yml          version (1), publisher { id, name }, and updatedAt if you want
                    a fixed one (default: now)
  items/*.md        one item a file. YAML front matter between --- lines holds the
                    fields (type, title, url, hashtags, ...); the id defaults to the
                    file name without a leading "01-". The body is the text; sections
                    headed "## x", "## linkedin", "## facebook" are the variants.
  policies/*.yml    a list of policies a file (or a single policy). "secret: true"
                    on a policy with terms ships them only as keyed hashes, under
                    a key drawn for each build (docs/feed-format.md, "Secret terms");
                    "examples" of a policy must pass, as "herald-feed test" runs them

Files are read in name order, so "01-", "02-" set the order of the feed.

Options:
  -o, --output <file>   where to write the feed (default: standard output)`,
  async run(args, io) {
    const { values, positionals, wantsHelp } = parseCommandArgs(
      args,
      { output: { type: 'string', short: 'o' } },
      { min: 1, max: 1 },
    );
    const dir = positionals[0];
    if (wantsHelp || dir === undefined) {
      io.out(this.help);
      return 0;
    }
    // With no -o the feed goes to standard output, so the report goes to standard error.
    const reportIo = values.output ? io : { ...io, out: io.err };
    const folder = await readContentFolder(resolve(io.cwd, dir), io.now(), io.cwd);
    if (folder.feed) {
      for (const { path, message } of hashSecretTerms(folder.feed, randomBytes(16).toString('hex'))) {
        folder.problems.push({ where: folder.locate(path), message });
      }
    }
    for (const problem of folder.problems) {
      reportIo.out(`${paint(io, 'red', 'error  ')} ${problem.where}: ${problem.message}`);
    }
    if (!folder.feed || folder.problems.length > 0) {
      const count = folder.problems.length;
      reportIo.out(paint(io, 'red', `${count} ${count === 1 ? 'error' : 'errors'} in ${dir}: no feed written`));
      return 1;
    }
    const findings = checkFeed(folder.feed, io.now());
    printFindings(reportIo, findings, folder.locate);
    if (exitCodeOf(findings) !== 0) {
      reportIo.out('no feed written');
      return 1;
    }
    const examples = runFolderExamples(folder, folder.feed, io.now());
    printExampleReport(reportIo, examples);
    if (examples.failed > 0) {
      reportIo.out('no feed written');
      return 1;
    }
    const json = `${JSON.stringify(folder.feed, null, 2)}\n`;
    if (!values.output) {
      io.out(json.trimEnd());
      return 0;
    }
    await writeFile(resolve(io.cwd, values.output), json);
    const items = (folder.feed.items as unknown[]).length;
    const policies = (folder.feed.policies as unknown[]).length;
    io.out(`wrote ${values.output}: ${items} items, ${policies} policies`);
    return 0;
  },
};
