import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { herald } from './cli-harness';
import { contentFolders, FEED_YML, itemFile } from './content-folder-fixture';

const contentFolder = contentFolders();

const JPEG = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3]);
const WITH_ASSETS = `${FEED_YML}assetsUrl: https://comms.example.com/herald/\n`;
const withImage = (image: string) => itemFile('A', `image:\n${image}`);

async function build(files: Record<string, string | Uint8Array>, output = 'public/feed.json') {
  const dir = await contentFolder(files);
  const run = await herald(['build', '.', '-o', output], { cwd: dir });
  const feed = await readFile(join(dir, output), 'utf8').then(JSON.parse, () => undefined);
  return { ...run, dir, feed };
}

describe('an item image kept in the content folder', () => {
  it('gets its url from assetsUrl, is copied next to the feed, and assetsUrl stays out of the feed', async () => {
    const { code, feed, dir, out } = await build({
      'feed.yml': WITH_ASSETS,
      'items/01-a.md': withImage('  file: images/team photo.jpg\n  alt: The team\n'),
      'images/team photo.jpg': JPEG,
    });
    expect(code).toBe(0);
    expect(feed.items[0].image).toEqual({
      url: 'https://comms.example.com/herald/images/team%20photo.jpg',
      alt: 'The team',
    });
    expect(feed).not.toHaveProperty('assetsUrl');
    expect(new Uint8Array(await readFile(join(dir, 'public/images/team photo.jpg')))).toEqual(JPEG);
    expect(out).toContain('wrote public/feed.json: 1 items, 0 policies, 1 image');
  });

  it('says that the images are not copied when the feed goes to standard output', async () => {
    const dir = await contentFolder({
      'feed.yml': WITH_ASSETS,
      'items/01-a.md': withImage('  file: images/x.jpg\n  alt: X\n'),
      'images/x.jpg': JPEG,
    });
    const run = await herald(['build', '.'], { cwd: dir });
    expect(JSON.parse(run.out).items[0].image.url).toBe('https://comms.example.com/herald/images/x.jpg');
    expect(run.err).toContain('image files are copied next to the feed only with -o');
    expect(run.code).toBe(0);
  });

  it('writes no feed when an image cannot be copied next to it', async () => {
    const { code, out, feed } = await build({
      'feed.yml': WITH_ASSETS,
      'items/01-a.md': withImage('  file: images/x.jpg\n  alt: X\n'),
      'images/x.jpg': JPEG,
      // A file where the images folder of the output would go.
      'public/images': 'in the way',
    });
    expect(out).toContain(
      'error   cannot copy image images/x.jpg next to public/feed.json: a file is in the way of its folder',
    );
    expect(out).toContain('no feed written');
    expect(feed).toBeUndefined();
    expect(code).toBe(1);
  });

  it('leaves an image in place when the feed is built into the content folder itself', async () => {
    const { code, dir } = await build(
      { 'feed.yml': WITH_ASSETS, 'items/01-a.md': withImage('  file: images/x.jpg\n  alt: X\n'), 'images/x.jpg': JPEG },
      'feed.json',
    );
    expect(code).toBe(0);
    expect(new Uint8Array(await readFile(join(dir, 'images/x.jpg')))).toEqual(JPEG);
  });

  it('takes the address of feed.json as assetsUrl: its folder', async () => {
    const { feed } = await build({
      'feed.yml': `${FEED_YML}assetsUrl: https://comms.example.com/herald/feed.json\n`,
      'items/01-a.md': withImage('  file: images/x.jpg\n  alt: X\n'),
      'images/x.jpg': JPEG,
    });
    expect(feed.items[0].image.url).toBe('https://comms.example.com/herald/images/x.jpg');
  });

  it('keeps an image given by url as it is', async () => {
    const { feed, code } = await build({ 'items/01-a.md': withImage('  url: https://cdn.example/x.jpg\n  alt: X\n') });
    expect(code).toBe(0);
    expect(feed.items[0].image).toEqual({ url: 'https://cdn.example/x.jpg', alt: 'X' });
  });

  it.each([
    [
      'a missing file',
      { 'feed.yml': WITH_ASSETS, 'items/03-x.md': withImage('  file: images/x.jpg\n  alt: X\n') },
      'error   items/03-x.md:5: image file images/x.jpg not found',
    ],
    [
      'a file without assetsUrl in feed.yml',
      { 'items/03-x.md': withImage('  file: images/x.jpg\n  alt: X\n'), 'images/x.jpg': JPEG },
      'error   items/03-x.md:5: image file images/x.jpg needs "assetsUrl" in feed.yml',
    ],
    [
      'both a file and a url',
      {
        'feed.yml': WITH_ASSETS,
        'items/03-x.md': withImage('  file: images/x.jpg\n  url: https://cdn.example/x.jpg\n  alt: X\n'),
        'images/x.jpg': JPEG,
      },
      'error   items/03-x.md:5: an image has a "file" in this folder or a "url", not both',
    ],
    [
      'a file outside the content folder',
      { 'feed.yml': WITH_ASSETS, 'items/03-x.md': withImage('  file: ../secret.jpg\n  alt: X\n') },
      'error   items/03-x.md:5: image file ../secret.jpg is outside the content folder',
    ],
    [
      'an assetsUrl that is not a folder address',
      {
        'feed.yml': `${FEED_YML}assetsUrl: https://comms.example.com/herald\n`,
        'items/03-x.md': withImage('  file: images/x.jpg\n  alt: X\n'),
        'images/x.jpg': JPEG,
      },
      'error   feed.yml:5: "assetsUrl" is the https:// address of the folder where the images are published',
    ],
  ])('refuses %s, on its line', async (_name, files, message) => {
    const { code, feed, out } = await build(files);
    expect(out.split('\n').filter((line) => line.startsWith('error'))).toEqual([expect.stringContaining(message)]);
    expect(code).toBe(1);
    expect(feed).toBeUndefined();
  });
});
