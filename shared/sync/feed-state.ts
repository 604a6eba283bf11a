import type { FeedProblem } from '../feed/parse-feed';
import type { Feed } from '../feed/schema';

/** Where a feed URL came from: IT's managed policy, the employee, or the bundled demo. */
export type FeedOrigin = 'managed' | 'user' | 'demo';

/** What Herald remembers of one feed source between syncs. `feed` is the last good feed and is never
 *  replaced by anything that failed to load. */
export type FeedState = {
  url: string;
  origin: FeedOrigin;
  feed?: Feed;
  etag?: string;
  lastModified?: string;
  /** The signing keys in force when `feed` was accepted: new keys invalidate the cache validators. */
  keys?: string;
  /** The id of the key that signed `feed` (signed-feed.ts `publicKeyId`); absent for an unsigned feed. */
  signedBy?: string;
  lastSuccessAt?: number;
  lastAttemptAt?: number;
  lastError?: string;
  /** Consecutive failures, for the backoff. */
  failures: number;
  /** Items and policies skipped at the last successful sync, with why. */
  skipped: FeedProblem[];
  /**
   * `feedHash(feed)`, written by the worker with the feed so that a page never spends a long task hashing a
   * 100,000-item feed; absent (the demo seed, a state from an older Herald): the page hashes it itself.
   */
  contentHash?: string;
  /** The pattern rules (PATTERN_RULES) `feed` was checked against; absent: the rules before issue 15. */
  patternRules?: number;
};

export const DEMO_FEED_URL = 'herald:demo-feed';
