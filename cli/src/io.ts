import { styleText } from 'node:util';

/** Where a command writes, so tests can run commands in-process and read what a person would see. */
export interface CliIo {
  out(line: string): void;
  err(line: string): void;
  /** Colours only when a person reads a terminal. */
  color: boolean;
  cwd: string;
  /** The clock, so expiry warnings can be tested. */
  now(): Date;
}

type Style = 'red' | 'yellow' | 'green' | 'dim' | 'bold' | 'cyan';

export function paint(io: CliIo, style: Style, text: string): string {
  return io.color ? styleText(style, text) : text;
}

export function processIo(): CliIo {
  const env = process.env;
  const color = Boolean(process.stdout.isTTY) && env.NO_COLOR === undefined && env.TERM !== 'dumb';
  return {
    out: (line) => process.stdout.write(`${line}\n`),
    err: (line) => process.stderr.write(`${line}\n`),
    color: env.FORCE_COLOR !== undefined ? env.FORCE_COLOR !== '0' : color,
    // `npm run feed -- validate x.json` runs in the repository root; the path was typed relative to INIT_CWD.
    cwd: (env.npm_lifecycle_event === 'feed' && env.INIT_CWD) || process.cwd(),
    now: () => new Date(),
  };
}

/** A usage mistake (unknown option, missing argument): exit code 2, with the command's help pointed to. */
export class UsageError extends Error {}
