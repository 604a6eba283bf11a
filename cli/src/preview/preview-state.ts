import { type FeedProblem, parseFeed } from '../../../shared/feed/parse-feed';
import type { Feed } from '../../../shared/feed/schema';
import type { BuiltFolder } from '../build/build-folder';
import type { ContentFolder } from '../build/read-content-folder';
import type { ExampleReport } from '../examples/folder-examples';
import type { ReportFinding } from '../report';

/** The rule examples' results, as `herald-feed test` reports them. */
export type PreviewExamples = ExampleReport;

/** What the page shows, sent as JSON by GET /state.json. */
export type PreviewState = {
  /** The content folder as typed on the command line. */
  folder: string;
  /** Counts the rebuilds, so the page can tell a new state from the one it has. */
  revision: number;
  builtAt: string;
  /** What `herald-feed build` reports (its --json findings): errors and warnings with file, line and path. */
  problems: ReportFinding[];
  /**
   * The feed as Herald reads it (parseFeed: broken items and policies skipped, as an employee's Herald would).
   * When the folder as it is now gives no feed at all, the last one that did, so the page keeps showing it.
   */
  feed: Feed | null;
  /** True when `feed` is that last good one, not the folder as it is now. */
  stale: boolean;
  /** What parseFeed skipped, as Herald would report it. */
  skipped: FeedProblem[];
  /**
   * The rule examples' results: runFolderExamples (cli/src/examples/folder-examples.ts) on the feed as it
   * ships; null when the folder gives no feed to run them on.
   */
  examples: PreviewExamples | null;
};

export type AssembleOptions = {
  folder: string;
  now: Date;
  previous?: PreviewState;
  /** The rule examples' runner; see PreviewState.examples. */
  runExamples?: (folder: ContentFolder, feed: Record<string, unknown>, now: Date) => PreviewExamples;
};

/**
 * The page's state from a folder built as `herald-feed build` builds it (buildFolder: read, secret terms
 * hashed, checked): its findings, the feed Herald would read, and the rule examples' results. A folder
 * that gives no feed keeps the last one that did.
 */
export function assemblePreviewState(built: BuiltFolder, options: AssembleOptions): PreviewState {
  const { folder, now, previous } = options;
  const base = { folder, revision: (previous?.revision ?? 0) + 1, builtAt: now.toISOString() };
  const problems = built.report.findings;
  const parsed = built.feed ? parseFeed(built.feed) : undefined;
  if (!built.feed || !parsed?.ok) {
    const feed = previous?.feed ?? null;
    return { ...base, problems, feed, stale: feed !== null, skipped: previous?.skipped ?? [], examples: null };
  }
  // On the feed as it ships (secret terms hashed), as build and test run them.
  const examples = options.runExamples?.(built.folder, built.feed, now) ?? null;
  return { ...base, problems, feed: parsed.feed, stale: false, skipped: parsed.skipped, examples };
}
