import type { Command } from './command';
import { buildCommand } from './commands/build';
import { keygenCommand } from './commands/keygen';
import { previewCommand } from './commands/preview';
import { schemaCommand } from './commands/schema';
import { serveCommand } from './commands/serve';
import { signCommand } from './commands/sign';
import { testCommand } from './commands/test';
import { validateCommand } from './commands/validate';
import { verifyCommand } from './commands/verify';
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
    'Run "herald-feed <command> --help" for its options. Feed format: docs/feed-format.md',
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
    throw error;
  }
}
