import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { feedJsonSchema } from '../../../shared/feed/json-schema';
import type { Command } from '../command';
import { parseCommandArgs } from '../parse-command-args';

export function feedJsonSchemaText(): string {
  return `${JSON.stringify(feedJsonSchema(), null, 2)}\n`;
}

export const schemaCommand: Command = {
  name: 'schema',
  summary: "print the feed's JSON Schema (for editors' completion)",
  help: `Usage: herald-feed schema [-o feed.schema.json]

Prints the JSON Schema of feed format v1, generated from Herald's own schema. Point a
feed's "$schema" field at it and editors complete and check fields as you type.
Some rules (https only, exactly one matcher) are beyond JSON Schema: run "validate".

Options:
  -o, --output <file>   write it to a file instead

Exit codes: 0 ok, 1 the file cannot be written, 2 a usage mistake.`,
  async run(args, io) {
    const { values, wantsHelp } = parseCommandArgs(
      args,
      { output: { type: 'string', short: 'o' } },
      { min: 0, max: 0 },
    );
    if (wantsHelp) {
      io.out(this.help);
      return 0;
    }
    if (!values.output) {
      io.out(feedJsonSchemaText().trimEnd());
      return 0;
    }
    await writeFile(resolve(io.cwd, values.output), feedJsonSchemaText());
    io.out(`wrote ${values.output}`);
    return 0;
  },
};
