import { type FeedProblem, parseFeed } from '../../../shared/feed/parse-feed';
import type { Feed } from '../../../shared/feed/schema';
import { hashSecretTerms } from '../build/hash-secret-terms';
import type { ContentFolder } from '../build/read-content-folder';
import { checkFeed } from '../check/check-feed';
import { pathText } from '../check/finding';
import type { ExampleReport } from '../examples/folder-examples';

/** One line at the top of the preview page: what `herald-feed build` would print, with its file and line. */
export type PreviewProblem = {
  severity: 'error' | 'warning';
  /** "items/03-x.md:5" */
  where: string;
  /** The place in the built feed ("items[2].url"); absent for a problem found while reading the files. */
  path?: string;
  message: string;
};

/** The rule examples' results, as `herald-feed test` reports them. */
export type PreviewExamples = ExampleReport;

/** What the page shows, sent as JSON by GET /state.json. */
export type PreviewState = {
  /** The content folder as typed on the command line. */
  folder: string;
  /** Counts the rebuilds, so the page can tell a new state from the one it has. */
  revision: number;
  builtAt: string;
  problems: PreviewProblem[];
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
  /** The key secret terms are hashed with, as `build` draws one per build. */
  secretKey: string;
  previous?: PreviewState;
  /** The rule examples' runner; see PreviewState.examples. */
  runExamples?: (folder: ContentFolder, feed: Record<string, unknown>, now: Date) => PreviewExamples;
};

/**
 * The page's state from a read content folder, checked as `herald-feed build` checks it: the problems of
 * reading, the secret terms hashed, then every finding of checkFeed with its file and line.
 */
export function assemblePreviewState(read: ContentFolder, options: AssembleOptions): PreviewState {
  const { folder, now, previous } = options;
  const revision = (previous?.revision ?? 0) + 1;
  const problems: PreviewProblem[] = read.problems.map(({ where, message }) => ({ severity: 'error', where, message }));
  const lastGood = {
    feed: previous?.feed ?? null,
    stale: previous?.feed != null,
    skipped: previous?.skipped ?? [],
    examples: null,
  };
  const base = { folder, revision, builtAt: now.toISOString() };
  if (!read.feed) return { ...base, problems, ...lastGood };

  for (const { path, message } of hashSecretTerms(read.feed, options.secretKey)) {
    problems.push({ severity: 'error', where: read.locate(path), message });
  }
  if (problems.length > 0) return { ...base, problems, ...lastGood };
  // On the feed as it ships (secret terms hashed), as build runs them.
  const examples = options.runExamples?.(read, read.feed, now) ?? null;

  for (const finding of checkFeed(read.feed, now)) {
    problems.push({
      severity: finding.severity,
      where: read.locate(finding.path),
      path: pathText(finding.path),
      message: finding.message,
    });
  }
  const parsed = parseFeed(read.feed);
  if (!parsed.ok) return { ...base, problems, ...lastGood };
  return { ...base, problems, feed: parsed.feed, stale: false, skipped: parsed.skipped, examples };
}
