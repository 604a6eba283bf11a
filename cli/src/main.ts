import { processIo } from './io';
import { runCli } from './run-cli';

// A reader that stops early (`herald-feed build content | head`) closes the pipe: there is no one left to
// tell anything, so stop quietly instead of Node's unhandled-error stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') process.stderr.write(`herald-feed: cannot write the output: ${error.message}\n`);
  process.exit(process.exitCode ?? 1);
});

runCli(process.argv.slice(2), processIo()).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    // runCli turns every error into an exit code; this is the last guard, still one line and no stack.
    process.stderr.write(`herald-feed: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
