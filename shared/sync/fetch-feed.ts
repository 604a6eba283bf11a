import { isAllowedUrl } from '../feed/allowed-url';
import { type FeedProblem, parseFeed } from '../feed/parse-feed';
import type { Feed } from '../feed/schema';
import { verifySignedFeed } from '../feed/signed-feed';

export type FetchLike = (
  url: string,
  init: { headers: Record<string, string>; signal: AbortSignal },
) => Promise<Response>;

export type FetchFeedOptions = {
  fetch: FetchLike;
  etag?: string;
  lastModified?: string;
  /** When non-empty, a feed is only accepted with a valid `<url>.sig` from one of these keys, for this URL. */
  publicKeys: string[];
  timeoutMs: number;
  maxBytes: number;
};

export type FetchOutcome =
  | { kind: 'not-modified' }
  | {
      kind: 'ok';
      feed: Feed;
      skipped: FeedProblem[];
      etag?: string;
      lastModified?: string;
      /** The id of the key whose signature was checked; absent when no keys are configured. */
      signedBy?: string;
    }
  | { kind: 'error'; message: string };

export const DEFAULT_FETCH_LIMITS = { timeoutMs: 15_000, maxBytes: 16 * 1024 * 1024 } as const;

class FeedError extends Error {}

/** Reads a body while counting, so a lying or absent Content-Length cannot make Herald hold a huge file. */
async function readCapped(response: Response, maxBytes: number): Promise<Uint8Array> {
  const declared = Number(response.headers.get('content-length'));
  if (declared > maxBytes) throw new FeedError(tooLarge(maxBytes));
  if (!response.body) return new Uint8Array(await response.arrayBuffer());
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel();
      throw new FeedError(tooLarge(maxBytes));
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

function tooLarge(maxBytes: number): string {
  return `the feed is larger than ${Math.round(maxBytes / 1024 / 1024)} MB`;
}

async function fetchSignature(options: FetchFeedOptions, url: string, signal: AbortSignal): Promise<string> {
  const response = await options.fetch(`${url}.sig`, { headers: {}, signal });
  checkFinalUrl(`${url}.sig`, response);
  if (!response.ok) throw new FeedError(`no signature: ${url}.sig answered HTTP ${response.status}`);
  return response.text();
}

/**
 * A redirect is held to the rules of the address it left: an allowed URL on the same origin. Fetch follows
 * redirects by itself, so this reads where it landed and refuses the answer of anywhere else.
 */
function checkFinalUrl(requested: string, response: Response): void {
  if (!response.redirected || !response.url || response.url === requested) return;
  const landed = response.url;
  if (!isAllowedUrl(landed) || new URL(landed).origin !== new URL(requested).origin) {
    throw new FeedError(`redirected to ${landed}: a feed may only redirect to an https address on its own origin`);
  }
}

function describeFailure(error: unknown, timedOut: boolean, timeoutMs: number): string {
  if (timedOut) return `no answer within ${Math.round(timeoutMs / 1000)} s`;
  if (error instanceof FeedError) return error.message;
  if (error instanceof Error) return `network error: ${error.message}`;
  return 'network error';
}

/**
 * One conditional GET of a feed, fully checked. Never throws: every failure becomes an `error` outcome, so
 * the caller can keep the last good feed.
 */
export async function fetchFeed(url: string, options: FetchFeedOptions): Promise<FetchOutcome> {
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, options.timeoutMs);
  try {
    const headers: Record<string, string> = { accept: 'application/json' };
    if (options.etag) headers['if-none-match'] = options.etag;
    if (options.lastModified) headers['if-modified-since'] = options.lastModified;
    const response = await options.fetch(url, { headers, signal: controller.signal });
    checkFinalUrl(url, response);
    if (response.status === 304) {
      // Only an answer to a conditional request: without validators a 304 says nothing about the feed.
      if (!options.etag && !options.lastModified) {
        throw new FeedError('HTTP 304 Not Modified to a request without validators: the host sent no feed');
      }
      return { kind: 'not-modified' };
    }
    if (!response.ok)
      throw new FeedError(`HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`);
    const bytes = await readCapped(response, options.maxBytes);
    let signedBy: string | undefined;
    if (options.publicKeys.length > 0) {
      const signature = await fetchSignature(options, url, controller.signal);
      const check = await verifySignedFeed(bytes, signature, url, options.publicKeys);
      if (!check.ok) throw new FeedError(check.message);
      signedBy = check.keyId;
    }
    let json: unknown;
    try {
      json = JSON.parse(new TextDecoder().decode(bytes));
    } catch (error) {
      throw new FeedError(`not valid JSON (${error instanceof Error ? error.message : 'parse error'})`);
    }
    const parsed = parseFeed(json);
    if (!parsed.ok) {
      const first = parsed.errors[0];
      const more = parsed.errors.length > 1 ? ` (and ${parsed.errors.length - 1} more)` : '';
      throw new FeedError(`not a valid Herald feed: ${first?.path}: ${first?.message}${more}`);
    }
    return {
      kind: 'ok',
      feed: parsed.feed,
      skipped: parsed.skipped,
      etag: response.headers.get('etag') ?? undefined,
      lastModified: response.headers.get('last-modified') ?? undefined,
      ...(signedBy ? { signedBy } : {}),
    };
  } catch (error) {
    return { kind: 'error', message: describeFailure(error, timedOut, options.timeoutMs) };
  } finally {
    clearTimeout(timer);
  }
}
