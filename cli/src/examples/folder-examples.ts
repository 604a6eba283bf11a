import { parseFeed } from '../../../shared/feed/parse-feed';
import { buildLibrary } from '../../../shared/library/build-library';
import { type ExampleMiss, type RuleExamplesReport, runRuleExamples } from '../../../shared/policy/rule-examples';
import type { FeedState } from '../../../shared/sync/feed-state';
import type { ContentFolder } from '../build/read-content-folder';
import type { FolderExample } from './take-examples';

/** An example that missed: where it is written, its rule, what it expects on which network, and what was found. */
export type ExampleFailure = ExampleMiss<FolderExample>;

export type ExampleReport = RuleExamplesReport<FolderExample>;

/** The URL the folder's feed goes by in the library; only told apart from other feeds, never fetched. */
const FOLDER_FEED_URL = 'herald-feed:content-folder';

/**
 * Runs a content folder's rule examples on its built feed (`feed`, as it ships: secret terms already hashed),
 * read the way Herald reads it (parseFeed, then a library of that one feed, live items as of `now`).
 */
export function runFolderExamples(folder: Pick<ContentFolder, 'examples'>, feed: unknown, now: Date): ExampleReport {
  const parsed = parseFeed(feed);
  const states: Record<string, FeedState> = {};
  // A feed Herald would refuse whole has no rules to try: each example then says its rule is missing.
  if (parsed.ok)
    states[FOLDER_FEED_URL] = { url: FOLDER_FEED_URL, origin: 'user', feed: parsed.feed, failures: 0, skipped: [] };
  return runRuleExamples(buildLibrary(states, now.getTime()), folder.examples, now.getTime());
}
