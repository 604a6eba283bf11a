import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type BuiltFolder, buildFolder } from '../../../cli/src/build/build-folder';
import type { ContentFolder } from '../../../cli/src/build/read-content-folder';
import { assemblePreviewState, type PreviewExamples } from '../../../cli/src/preview/preview-state';
import type { ReportFinding } from '../../../cli/src/report';
import { tempDirsRemovedAfterEach } from '../cli/cli-harness';

const NOW = new Date('2026-12-01T12:00:00Z');
const tempDir = tempDirsRemovedAfterEach();

const read: ContentFolder = { problems: [], locate: () => 'feed.yml:1', examples: [], assets: [] };

/** A folder as buildFolder gives it: the feed only when the files could be read, the findings of the report. */
function built(feed: Record<string, unknown> | undefined, findings: ReportFinding[] = []): BuiltFolder {
  return { folder: read, ...(feed ? { feed } : {}), report: { findings, sections: [] } };
}

const feedWith = (items: unknown[], policies: unknown[] = []) => ({
  version: 1,
  publisher: { id: 'acme', name: 'Acme' },
  updatedAt: '2026-11-30T00:00:00Z',
  items,
  policies,
});

const item = (id: string, text = 'Hello from Acme.') => ({ id, type: 'talking-point', title: id, text });
const options = { folder: 'content', now: NOW };
const yamlError: ReportFinding = { severity: 'error', where: 'feed.yml:3', path: '', message: 'bad YAML' };

describe('assemblePreviewState', () => {
  it('gives the feed as Herald reads it, with a first revision and the build time', () => {
    const state = assemblePreviewState(built(feedWith([item('a'), item('b')])), options);
    expect(state.feed?.items.map(({ id }) => id)).toEqual(['a', 'b']);
    expect(state).toMatchObject({ folder: 'content', revision: 1, builtAt: NOW.toISOString(), stale: false });
    expect(state.problems).toEqual([]);
  });

  it('shows the findings of the build as they are, and the feed without what Herald would skip', () => {
    const finding: ReportFinding = {
      severity: 'error',
      where: 'items/02-b.md:1',
      path: 'items[1].url',
      message: 'a news item needs a url',
    };
    const state = assemblePreviewState(
      built(feedWith([item('a'), { ...item('b'), type: 'news' }]), [finding]),
      options,
    );
    expect(state.problems).toEqual([finding]);
    expect(state.feed?.items.map(({ id }) => id)).toEqual(['a']);
    expect(state.skipped.map(({ path }) => path)).toEqual(['items[1].url']);
    expect(state.stale).toBe(false);
  });

  it('keeps the last good feed, marked stale, under the errors of a folder that gives none', () => {
    const good = assemblePreviewState(built(feedWith([item('a')])), options);
    const broken = assemblePreviewState(built(undefined, [yamlError]), { ...options, previous: good });
    expect(broken.problems).toEqual([yamlError]);
    expect(broken.feed).toEqual(good.feed);
    expect(broken).toMatchObject({ stale: true, revision: 2, examples: null });
  });

  it('keeps the last good feed when the feed is one Herald would refuse whole', () => {
    const good = assemblePreviewState(built(feedWith([item('a')])), options);
    const state = assemblePreviewState(built({ ...feedWith([item('b')]), version: 2 }), { ...options, previous: good });
    expect(state.feed?.items.map(({ id }) => id)).toEqual(['a']);
    expect(state.stale).toBe(true);
  });

  it('has no feed, not stale, when nothing ever built', () => {
    expect(assemblePreviewState(built(undefined, [yamlError]), options)).toMatchObject({ feed: null, stale: false });
  });

  it('puts the rule examples’ report in its slot, run on the built feed', () => {
    const report: PreviewExamples = { passed: 3, failed: 0, failures: [] };
    const feed = feedWith([item('a')]);
    let given: unknown;
    const state = assemblePreviewState(built(feed), {
      ...options,
      runExamples: (folder, shipped) => {
        given = shipped;
        expect(folder).toBe(read);
        return report;
      },
    });
    expect(state.examples).toEqual(report);
    expect(given).toBe(feed);
    expect(assemblePreviewState(built(feed), options).examples).toBeNull();
    expect(
      assemblePreviewState(built(undefined, [yamlError]), { ...options, runExamples: () => report }).examples,
    ).toBe(null);
  });

  it('with buildFolder, as the command runs it: secret terms hashed in the feed and for the examples', async () => {
    const dir = await tempDir();
    await mkdir(join(dir, 'policies'));
    await writeFile(join(dir, 'feed.yml'), 'version: 1\npublisher: { id: acme, name: Acme }\n');
    await writeFile(
      join(dir, 'policies/01-secret.yml'),
      '- id: osprey\n  severity: block\n  secret: true\n  message: No.\n  terms: [Project Osprey]\n',
    );
    let given = '';
    const state = assemblePreviewState(await buildFolder(dir, NOW, dir), {
      ...options,
      runExamples: (_folder, feed) => {
        given = JSON.stringify(feed);
        return { passed: 0, failed: 0, failures: [] };
      },
    });
    expect(state.feed?.policies.map(({ id }) => id)).toEqual(['osprey']);
    expect(JSON.stringify(state.feed)).not.toContain('Project Osprey');
    expect(given).toContain('"osprey"');
    expect(given).not.toContain('Project Osprey');
  });
});
