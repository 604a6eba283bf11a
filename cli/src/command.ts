import type { CliIo } from './io';

export interface Command {
  name: string;
  /** One line for the command list. */
  summary: string;
  /** The full `--help` text. */
  help: string;
  /** Resolves to the exit code: 0 fine, 1 the input has errors, 2 a usage mistake. */
  run(args: string[], io: CliIo): Promise<number>;
}
