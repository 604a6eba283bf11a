import { processIo } from './io';
import { runCli } from './run-cli';

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
