import { copyFile, mkdir, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import type { ReportFinding } from '../report';
import type { Asset } from './item-image';

function reason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOTDIR' || code === 'EEXIST') return 'a file is in the way of its folder';
  return code ?? (error as Error).message;
}

/**
 * Writes the feed to `output` (making its folder if need be) and copies each image to the same path relative to it as in the content folder,
 * so `assetsUrl` pointing at the feed's folder finds them. A failure is a finding, not an exception.
 */
export async function writeBuild(
  output: { path: string; name: string },
  json: string,
  assets: readonly Asset[],
): Promise<ReportFinding[]> {
  const outDir = dirname(output.path);
  try {
    await mkdir(outDir, { recursive: true });
    await writeFile(output.path, json);
  } catch (error) {
    return [{ severity: 'error', path: '', message: `cannot write ${output.name}: ${reason(error)}` }];
  }
  const problems: ReportFinding[] = [];
  for (const asset of assets) {
    const target = join(outDir, asset.file);
    // Building into the content folder itself: the image is already where it goes.
    if (resolve(target) === resolve(asset.source)) continue;
    try {
      await mkdir(dirname(target), { recursive: true });
      await copyFile(asset.source, target);
    } catch (error) {
      problems.push({
        severity: 'error',
        path: '',
        message: `cannot copy image ${asset.file} next to ${output.name}: ${reason(error)}`,
      });
    }
  }
  return problems;
}
