import type { Command } from './command';
import { buildCommand } from './commands/build';
import { keygenCommand } from './commands/keygen';
import { previewCommand } from './commands/preview';
import { reportCommand } from './commands/report';
import { schemaCommand } from './commands/schema';
import { serveCommand } from './commands/serve';
import { signCommand } from './commands/sign';
import { testCommand } from './commands/test';
import { validateCommand } from './commands/validate';
import { verifyCommand } from './commands/verify';
import { fileErrorMessage } from './file-error';
import { type CliIo, paint, UsageError } from './io';
import { InputError } from './read-source';

export const COMMANDS: readonly Command[] = [
  validateCommand,
  buildCommand,
  testCommand,
  keygenCommand,
  signCommand,
  verifyCommand,
  serveCommand,
  reportCommand,
  previewCommand,
  schemaCommand,
];

function overview(): string {
  const width = Math.max(...COMMANDS.map((command) => command.name.length));
  return [
    'herald-feed: write, check, sign and serve a Herald feed.',
    '',
    'Usage: herald-feed <command> [options]',
    '',
    'Commands:',
    ...COMMANDS.map((command) => `  ${command.name.padEnd(width)}  ${command.summary}`),
    '',
    'Exit codes: 0 ok (warnings allowed), 1 findings (errors in the input), 2 a usage mistake.',
    '',
    'Run "herald-feed <command> --help" for its options. Reference: docs/herald-feed.md',
    'Feed format: docs/feed-format.md',
  ].join('\n');
}

/** The whole CLI as a function: parses `args`, runs one command, resolves to the exit code. */
export async function runCli(args: string[], io: CliIo): Promise<number> {
  const [name, ...rest] = args;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.out(overview());
    return name === undefined ? 2 : 0;
  }
  const command = COMMANDS.find((candidate) => candidate.name === name);
  if (!command) {
    io.err(`${paint(io, 'red', 'error:')} unknown command "${name}"\n\n${overview()}`);
    return 2;
  }
  try {
    return await command.run(rest, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`${paint(io, 'red', 'error:')} ${error.message}\nRun "herald-feed ${name} --help" for usage.`);
      return 2;
    }
    if (error instanceof InputError) {
      io.err(`${paint(io, 'red', 'error:')} ${error.message}`);
      return 1;
    }
    const fileProblem = fileErrorMessage(error, io.cwd);
    if (fileProblem) {
      io.err(`${paint(io, 'red', 'error:')} ${fileProblem}`);
      return 1;
    }
    // A bug, not the input: one line for the person, the stack for whoever fixes it.
    const message = error instanceof Error ? error.message : String(error);
    io.err(`herald-feed: internal error: ${message} (please report this)`);
    if (io.debug && error instanceof Error && error.stack) io.err(error.stack);
    return 1;
  }
}
