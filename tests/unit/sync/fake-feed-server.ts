import demoFeed from '../../../shared/feed/demo-feed.json';
import type { FetchLike } from '../../../shared/sync/fetch-feed';

export type Reply = { status: number; body?: string; headers?: Record<string, string> } | 'hang' | 'network-error';

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
    return Promise.resolve(new Response(reply.status === 304 ? null : (reply.body ?? ''), reply));
  };
  return { fetch, requests };
}

export const goodFeedBody = (changes: Partial<typeof demoFeed> = {}) => JSON.stringify({ ...demoFeed, ...changes });
