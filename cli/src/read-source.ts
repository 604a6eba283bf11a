import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';

export const FETCH_TIMEOUT_MS = 15_000;

export function isUrl(source: string): boolean {
  return /^https?:\/\//i.test(source);
}

/** A problem with the input itself (missing file, HTTP error): printed plainly, exit code 1. */
export class InputError extends Error {}

/** The exact bytes of a feed file or URL: signatures and the JSON parser both need them as they are. */
export async function readSource(source: string, cwd: string, timeoutMs = FETCH_TIMEOUT_MS): Promise<Uint8Array> {
  if (!isUrl(source)) {
    try {
      return new Uint8Array(await readFile(resolve(cwd, source)));
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      throw new InputError(code === 'ENOENT' ? `${source}: no such file` : `${source}: ${(error as Error).message}`);
    }
  }
  let response: Response;
  try {
    response = await fetch(source, { signal: AbortSignal.timeout(timeoutMs), headers: { accept: 'application/json' } });
  } catch (error) {
    const timedOut = (error as Error).name === 'TimeoutError';
    // Node's fetch says only "fetch failed"; the reason (ECONNREFUSED, ENOTFOUND, a TLS error) is its cause.
    const cause = (error as { cause?: { code?: string; message?: string } }).cause;
    const reason = cause?.code ?? cause?.message ?? (error as Error).message;
    throw new InputError(timedOut ? `${source}: no answer within ${timeoutMs / 1000} s` : `${source}: ${reason}`);
  }
  if (!response.ok) throw new InputError(`${source}: HTTP ${response.status} ${response.statusText}`.trim());
  return new Uint8Array(await response.arrayBuffer());
}

/** JSON.parse with the line and column of a syntax error, which V8 only gives as a character position. */
export function parseJsonText(text: string, name: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    const message = (error as Error).message;
    const position = /position (\d+)/.exec(message)?.[1];
    if (position === undefined) throw new InputError(`${name}: not valid JSON: ${message}`);
    const before = text.slice(0, Number(position)).split('\n');
    const at = `${before.length}:${(before.at(-1)?.length ?? 0) + 1}`;
    throw new InputError(`${name}:${at}: not valid JSON: ${message}`);
  }
}
