import { styleText } from 'node:util';

/** The one line of stderr that a long step rewrites in place; only there when stderr is a terminal. */
export interface StatusLine {
  /** Replaces the line's text; "" clears it. */
  write(text: string): void;
  /** A monotonic clock in milliseconds, so "only after 300 ms" can be tested without waiting. */
  clockMs(): number;
}

/** Where a command writes, so tests can run commands in-process and read what a person would see. */
export interface CliIo {
  out(line: string): void;
  err(line: string): void;
  /** Colours only when a person reads a terminal. */
  color: boolean;
  cwd: string;
  /** The clock, so expiry warnings can be tested. */
  now(): Date;
  /** Present only when stderr is a terminal: progress for large folders. */
  status?: StatusLine;
  /** HERALD_DEBUG=1: an internal error prints its stack too. */
  debug?: boolean;
}

type Style = 'red' | 'yellow' | 'green' | 'dim' | 'bold' | 'cyan';

export function paint(io: CliIo, style: Style, text: string): string {
  return io.color ? styleText(style, text) : text;
}

function stderrStatusLine(): StatusLine {
  return {
    // \r back to the start of the line, ESC[2K erases it: the next text replaces the previous one.
    write: (text) => process.stderr.write(`\r\x1b[2K${text}`),
    clockMs: () => performance.now(),
  };
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
    ...(process.stderr.isTTY && env.TERM !== 'dumb' ? { status: stderrStatusLine() } : {}),
    debug: env.HERALD_DEBUG === '1',
  };
}

/** A usage mistake (unknown option, missing argument): exit code 2, with the command's help pointed to. */
export class UsageError extends Error {}
