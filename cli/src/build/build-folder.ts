import { randomBytes } from 'node:crypto';
import { checkFeed } from '../check/check-feed';
import { pathText } from '../check/finding';
import { type Report, reportFindings, reportOf } from '../report';
import { hashSecretTerms } from './hash-secret-terms';
import { type ContentFolder, type FolderProgress, readContentFolder } from './read-content-folder';

export interface BuiltFolder {
  folder: ContentFolder;
  /** The feed to write, when the report is ok. */
  feed?: Record<string, unknown>;
  report: Report;
}

/**
 * Reads a content folder and checks the feed it makes. A problem in the files themselves (YAML, a missing
 * image) stops there: the feed would be partial, and checking it would report what is merely missing.
 */
export async function buildFolder(
  dir: string,
  now: Date,
  cwd: string,
  onProgress?: FolderProgress,
): Promise<BuiltFolder> {
  const folder = await readContentFolder(dir, now, cwd, onProgress ? { onProgress } : {});
  const feed = folder.feed;
  if (feed) {
    for (const { path, message } of hashSecretTerms(feed, randomBytes(16).toString('hex'))) {
      folder.problems.push({ where: folder.locate(path), message, path });
    }
  }
  if (!feed || folder.problems.length > 0) {
    const findings = folder.problems.map(({ where, message, path }) => ({
      severity: 'error' as const,
      where,
      path: path ? pathText(path) : '',
      message,
    }));
    return { folder, report: reportOf(findings) };
  }
  return { folder, feed, report: reportOf(reportFindings(checkFeed(feed, now), folder.locate)) };
}
