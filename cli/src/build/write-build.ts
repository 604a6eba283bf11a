import { copyFile, mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileErrorReason } from '../file-error';
import type { ReportFinding } from '../report';
import type { Asset } from './item-image';

const cannot = (message: string): ReportFinding[] => [{ severity: 'error', path: '', message }];

/**
 * Copies each image next to `output`, at its path in the content folder (so `assetsUrl` pointing at the feed's
 * folder finds it), then writes the feed, making folders as needed. The images go first: a feed written is
 * never one whose images are missing. A failure is a finding, not an exception.
 */
export async function writeBuild(
  output: { path: string; name: string },
  feedText: string,
  assets: readonly Asset[],
): Promise<ReportFinding[]> {
  const outDir = dirname(output.path);
  for (const asset of assets) {
    const target = join(outDir, asset.file);
    // Built into the content folder itself, target and source are one file: copyFile leaves it as it is (tested).
    try {
      await mkdir(dirname(target), { recursive: true });
      await copyFile(asset.source, target);
    } catch (error) {
      return cannot(`cannot copy image ${asset.file} next to ${output.name}: ${fileErrorReason(error)}`);
    }
  }
  try {
    await mkdir(outDir, { recursive: true });
    await writeFile(output.path, feedText);
  } catch (error) {
    return cannot(`cannot write ${output.name}: ${fileErrorReason(error)}`);
  }
  return [];
}
