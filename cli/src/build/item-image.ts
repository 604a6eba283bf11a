import { stat } from 'node:fs/promises';
import { isAbsolute, join, normalize, sep } from 'node:path';

// An item of a content folder may point at an image kept in the folder, `image: { file: images/x.jpg, alt }`.
// The built feed only knows `image.url`: the file's address under feed.yml's `assetsUrl`, where it is
// published next to feed.json. `build -o` copies the file there (docs/feed-format.md, "A content folder").

/** An image file to publish: its path in the content folder (and next to the feed), and on this disk. */
export interface Asset {
  file: string;
  source: string;
}

export interface ImageProblem {
  /** The path in the item's front matter: ["image", "file"]. */
  path: PropertyKey[];
  message: string;
}

export type ImageResolution = { image: Record<string, unknown>; asset?: Asset } | { problem: ImageProblem };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * feed.yml's `assetsUrl` as the base for images: a folder address ending in "/", or the address of feed.json
 * (its folder). Anything else would silently resolve one folder up, so it is refused with a message.
 */
export function assetsBase(value: unknown): { base: URL } | { message: string } {
  const invalid = {
    message:
      '"assetsUrl" is the https:// address of the folder where the images are published, ending in "/" (or the address of feed.json)',
  };
  if (typeof value !== 'string') return invalid;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return invalid;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return invalid;
  if (!url.pathname.endsWith('/') && !url.pathname.endsWith('.json')) return invalid;
  return { base: url };
}

/** Turns an item's `image.file` into `image.url`; undefined for an image without `file`, left as written. */
export async function resolveItemImage(
  image: unknown,
  dir: string,
  base: URL | undefined,
): Promise<ImageResolution | undefined> {
  if (!isRecord(image) || !('file' in image)) return undefined;
  const { file, ...rest } = image;
  const at = ['image', 'file'];
  if (typeof file !== 'string' || file.trim() === '') {
    return { problem: { path: at, message: '"image.file" is the path of an image in this folder: images/photo.jpg' } };
  }
  if ('url' in rest) {
    return { problem: { path: ['image'], message: 'an image has a "file" in this folder or a "url", not both' } };
  }
  const relativePath = normalize(file.trim());
  if (isAbsolute(relativePath) || relativePath === '..' || relativePath.startsWith(`..${sep}`)) {
    return { problem: { path: at, message: `image file ${file} is outside the content folder` } };
  }
  if (!base) {
    return {
      problem: {
        path: at,
        message: `image file ${file} needs "assetsUrl" in feed.yml: the https:// address where the images are published`,
      },
    };
  }
  const source = join(dir, relativePath);
  const isFile = await stat(source).then(
    (stats) => stats.isFile(),
    () => false,
  );
  if (!isFile) return { problem: { path: at, message: `image file ${file} not found` } };
  const posixPath = relativePath.split(sep).join('/');
  return { image: { url: new URL(posixPath, base).href, ...rest }, asset: { file: posixPath, source } };
}
