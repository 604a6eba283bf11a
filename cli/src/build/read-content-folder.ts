import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, join, relative } from 'node:path';
import { type FolderExample, takeExamples } from '../examples/take-examples';
import { type Asset, assetsBase, resolveItemImage } from './item-image';
import { splitMarkdown } from './markdown-parts';
import { type LineProblem, parseYamlSource } from './yaml-source';

// The layout of a content folder (docs/feed-format.md, "Publishing with herald-feed"):
//   feed.yml          version, publisher and, if you like, updatedAt; assetsUrl if items have image files
//   items/*.md        one item a file: YAML front matter for its fields, the body for `text`, and
//                     `## x` / `## linkedin` / `## facebook` sections for the variants
//   policies/*.yml    a list of policies a file (or one policy)
// Files are read in name order, digits compared as numbers; a leading "01-" only sets that order.

/** Where a value of the built feed came from: "items/01-launch.md:7". */
export type Locate = (path: readonly PropertyKey[]) => string;

export interface ContentFolder {
  /** The assembled feed, before validation; undefined when a file could not be read at all. */
  feed?: Record<string, unknown>;
  /** Problems found while reading, each already located; `path` when it is about a value of the feed. */
  problems: { where: string; message: string; path?: PropertyKey[] }[];
  locate: Locate;
  /** The policies' rule examples, taken out of the feed (cli/src/examples). */
  examples: FolderExample[];
  /** The image files the items point at, to publish next to the feed. */
  assets: Asset[];
}

/** Called after each file of `items/` or `policies/`, for a progress line on big folders. */
export type FolderProgress = (section: 'items' | 'policies', done: number, total: number) => void;

function errorCode(error: unknown): string {
  return (error as NodeJS.ErrnoException).code ?? (error as Error).message;
}

const byName = new Intl.Collator('en', { numeric: true }).compare;

async function filesIn(dir: string, extensions: string[]): Promise<string[]> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch {
    return [];
  }
  return names
    .filter((name) => !name.startsWith('.') && extensions.some((extension) => name.endsWith(extension)))
    .sort(byName)
    .map((name) => join(dir, name));
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** `items/01-series-b.md` is the item "series-b" unless its front matter says otherwise. */
export function idFromFileName(file: string): string {
  return basename(file, '.md').replace(/^\d+[-_.\s]+/, '');
}

/** Reads a content folder into a feed; `cwd` makes the file names in messages short. */
export async function readContentFolder(
  dir: string,
  now: Date,
  cwd: string,
  options: { onProgress?: FolderProgress } = {},
): Promise<ContentFolder> {
  const problems: ContentFolder['problems'] = [];
  const shortName = (file: string) => relative(cwd, file) || file;
  const where = (file: string, line: number) => `${shortName(file)}:${line}`;
  const report = (file: string, problem: LineProblem): void => {
    problems.push({ where: where(file, problem.line), message: problem.message });
  };
  /** The file's text, or undefined with a problem when it cannot be read (a folder named x.md, no permission). */
  const readText = (file: string): Promise<string | undefined> =>
    readFile(file, 'utf8').catch((error: unknown) => {
      problems.push({ where: shortName(file), message: `cannot read this file (${errorCode(error)})` });
      return undefined;
    });
  const assets: Asset[] = [];

  const isFolder = await stat(dir).then(
    (stats) => stats.isDirectory(),
    () => false,
  );
  if (!isFolder) {
    const name = shortName(dir);
    return { problems: [{ where: name, message: 'no such folder' }], locate: () => name, assets, examples: [] };
  }
  const feedFile = (await filesIn(dir, ['feed.yml', 'feed.yaml'])).find((file) => /^feed\.ya?ml$/.test(basename(file)));
  if (!feedFile) {
    return {
      problems: [
        { where: shortName(dir), message: 'no feed.yml: a content folder starts with feed.yml (version, publisher)' },
      ],
      locate: () => shortName(dir),
      assets,
      examples: [],
    };
  }
  const feedText = await readText(feedFile);
  if (feedText === undefined) return { problems, locate: () => shortName(feedFile), assets, examples: [] };
  const envelope = parseYamlSource(feedText);
  for (const problem of envelope.problems) report(feedFile, problem);
  const header = isRecord(envelope.value) ? envelope.value : {};
  if (envelope.problems.length === 0 && !isRecord(envelope.value)) {
    report(feedFile, { line: 1, message: 'feed.yml must be a mapping: version, publisher, ...' });
  }
  for (const field of ['items', 'policies'] as const) {
    if (field in header) {
      report(feedFile, {
        line: envelope.lineOf([field]),
        message: `"${field}" do not go in feed.yml: write them as files in ${field}/`,
      });
    }
  }

  const assetsUrl = 'assetsUrl' in header ? assetsBase(header.assetsUrl) : undefined;
  if (assetsUrl && 'message' in assetsUrl) {
    report(feedFile, { line: envelope.lineOf(['assetsUrl']), message: assetsUrl.message });
  }
  // A wrong assetsUrl is reported once, above; resolving against a stand-in spares each image a second message
  // (the feed is not written anyway).
  const base = assetsUrl && ('base' in assetsUrl ? assetsUrl.base : new URL('https://assets-url.invalid/'));

  const itemLocators: ((path: readonly PropertyKey[]) => number)[] = [];
  const itemFiles: string[] = [];
  const items: unknown[] = [];
  const itemFileList = await filesIn(join(dir, 'items'), ['.md']);
  for (const [position, file] of itemFileList.entries()) {
    options.onProgress?.('items', position + 1, itemFileList.length);
    const source = await readText(file);
    if (source === undefined) continue;
    const split = splitMarkdown(source);
    if ('problem' in split) {
      report(file, split.problem);
      continue;
    }
    const { frontMatter, text, variants } = split.parts;
    const yaml = parseYamlSource(frontMatter.content, frontMatter.line);
    for (const problem of yaml.problems) report(file, problem);
    if (yaml.problems.length > 0) continue;
    const fields = yaml.value ?? {};
    if (!isRecord(fields)) {
      report(file, { line: frontMatter.line, message: 'the front matter must be a mapping of item fields' });
      continue;
    }
    const item: Record<string, unknown> = { id: idFromFileName(file), ...fields };
    if (text) {
      if ('text' in fields)
        report(file, { line: text.line, message: '"text" is both in the front matter and the body' });
      item.text = text.content;
    }
    const fromSections = Object.entries(variants);
    if (fromSections.length > 0) {
      const merged: Record<string, unknown> = isRecord(fields.variants) ? { ...fields.variants } : {};
      for (const [site, part] of fromSections) {
        if (site in merged)
          report(file, { line: part.line, message: `the ${site} variant is also in the front matter` });
        merged[site] = part.content;
      }
      item.variants = merged;
    }
    const image = await resolveItemImage(fields.image, dir, base);
    if (image && 'problem' in image) {
      report(file, { line: yaml.lineOf(image.problem.path), message: image.problem.message });
      continue;
    }
    if (image) {
      item.image = image.image;
      if (image.asset) assets.push(image.asset);
    }
    items.push(item);
    itemFiles.push(file);
    itemLocators.push((path) => {
      const [field, site] = path;
      if (field === 'text' && text) return text.line;
      const section =
        field === 'variants' && typeof site === 'string' ? variants[site as keyof typeof variants] : undefined;
      if (section) return section.line;
      return field === 'id' && !('id' in fields) ? 1 : yaml.lineOf(path);
    });
  }

  const policyOrigins: { file: string; lineOf: (path: readonly PropertyKey[]) => number }[] = [];
  const policies: unknown[] = [];
  const examples: FolderExample[] = [];
  const policyFileList = await filesIn(join(dir, 'policies'), ['.yml', '.yaml']);
  for (const [position, file] of policyFileList.entries()) {
    options.onProgress?.('policies', position + 1, policyFileList.length);
    const text = await readText(file);
    if (text === undefined) continue;
    const yaml = parseYamlSource(text);
    for (const problem of yaml.problems) report(file, problem);
    if (yaml.problems.length > 0) continue;
    const list = Array.isArray(yaml.value) ? yaml.value : yaml.value === null ? [] : [yaml.value];
    list.forEach((policy, index) => {
      policies.push(policy);
      const prefix = Array.isArray(yaml.value) ? [index] : [];
      const lineOf = (path: readonly PropertyKey[]) => yaml.lineOf([...prefix, ...path]);
      policyOrigins.push({ file, lineOf });
      const taken = takeExamples(policy, lineOf, (line) => where(file, line));
      for (const problem of taken.problems) report(file, problem);
      examples.push(...taken.examples);
    });
  }

  // assetsUrl only serves the build: the feed carries each image's resolved url.
  const { $schema, version = 1, publisher, updatedAt, assetsUrl: _assetsUrl, ...extra } = header;
  const feed = {
    $schema,
    version,
    publisher,
    updatedAt: updatedAt ?? now.toISOString().replace(/\.\d{3}Z$/, 'Z'),
    ...extra,
    items,
    policies,
  };
  const locate: Locate = (path) => {
    const [section, index, ...rest] = path;
    if (section === 'items' && typeof index === 'number' && itemFiles[index]) {
      return where(itemFiles[index], itemLocators[index]?.(rest) ?? 1);
    }
    const origin = section === 'policies' && typeof index === 'number' ? policyOrigins[index] : undefined;
    if (origin) return where(origin.file, origin.lineOf(rest));
    return where(feedFile, envelope.lineOf(path));
  };
  return { feed, problems, locate, assets, examples };
}
