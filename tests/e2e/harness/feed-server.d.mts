import type { IncomingHttpHeaders } from 'node:http';

export interface FeedReply {
  status: number;
  body: string;
  headers?: Record<string, string>;
  /** Never answer: the request stays open until the client gives up. */
  stall?: boolean;
}
export interface FeedRequest {
  path: string;
  headers: IncomingHttpHeaders;
}
export interface FeedServer {
  url(path: string): string;
  /** Every later request gets this reply. */
  serve(next: FeedReply): void;
  /** Requests for `path` get this reply, whatever `serve` sets. */
  serveAt(path: string, next: FeedReply): void;
  requests: FeedRequest[];
  close(): Promise<void>;
}
export declare function startFeedServer(initial?: FeedReply): Promise<FeedServer>;
