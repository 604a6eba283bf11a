import { relative } from 'node:path';

// A file that cannot be written or read (a folder missing, no permission) is the person's to fix, not a bug:
// it gets one plain line with the file's name, like any input error.

const REASONS: Record<string, string> = {
  ENOENT: 'no such file or folder',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EISDIR: 'this is a folder',
  ENOTDIR: 'a file is in the way of its folder',
  EEXIST: 'a file is in the way of its folder',
  EROFS: 'read-only file system',
  ENOSPC: 'no space left on the disk',
};

/** "reason" for a Node file-system error code, the code itself when it is a rare one. */
export function fileErrorReason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  return (code && REASONS[code]) ?? code ?? (error as Error).message;
}

/** `missing/x.json: no such file or folder` for a file-system error that names its file; undefined otherwise. */
export function fileErrorMessage(error: unknown, cwd: string): string | undefined {
  const { code, path } = (error ?? {}) as NodeJS.ErrnoException;
  if (typeof code !== 'string' || typeof path !== 'string') return undefined;
  return `${relative(cwd, path) || path}: ${fileErrorReason(error)}`;
}
