import demoFeed from '../../../shared/feed/demo-feed.json';
import type { FetchLike } from '../../../shared/sync/fetch-feed';

export type Reply =
  | { status: number; body?: string; headers?: Record<string, string>; redirectedTo?: string }
  | 'hang'
  | 'network-error';

/** A scripted feed server: each request takes the next reply; the requests are kept for assertions. */
export function fakeFeedServer(replies: Reply[]) {
  const requests: { url: string; headers: Record<string, string> }[] = [];
  const fetch: FetchLike = (url, init) => {
    requests.push({ url, headers: init.headers });
    const reply = replies.shift();
    if (!reply) throw new Error(`unexpected request to ${url}`);
    if (reply === 'network-error') return Promise.reject(new TypeError('Failed to fetch'));
    if (reply === 'hang') {
      return new Promise((_resolve, reject) => {
        init.signal.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
      });
    }
    const response = new Response(reply.status === 304 ? null : (reply.body ?? ''), reply);
    // What fetch reports after following a redirect: where it landed.
    if (reply.redirectedTo) {
      Object.defineProperties(response, { redirected: { value: true }, url: { value: reply.redirectedTo } });
    }
    return Promise.resolve(response);
  };
  return { fetch, requests };
}

export const goodFeedBody = (changes: Partial<typeof demoFeed> = {}) => JSON.stringify({ ...demoFeed, ...changes });
