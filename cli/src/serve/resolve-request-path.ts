import { isAbsolute, relative, resolve, sep } from 'node:path';

/** Never served even when asked by exact name: dotfiles (.git, .env) and private keys. */
const PRIVATE = /(^|\/)\.|\.(pem|key)$/i;

/** The file a URL path names inside `root`, or undefined when it would leave the root or names a private file. */
export function resolveRequestPath(root: string, urlPath: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath.split('?')[0] ?? '');
  } catch {
    return undefined;
  }
  if (decoded.includes('\0') || decoded.includes('\\') || PRIVATE.test(decoded)) return undefined;
  const file = resolve(root, `.${decoded.startsWith('/') ? '' : '/'}${decoded}`);
  const inside = relative(root, file);
  if (inside === '' || inside.startsWith(`..${sep}`) || inside === '..' || isAbsolute(inside)) return undefined;
  return file;
}
