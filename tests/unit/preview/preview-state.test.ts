import { describe, expect, it } from 'vitest';
import type { ContentFolder } from '../../../cli/src/build/read-content-folder';
import { assemblePreviewState, type PreviewExamples } from '../../../cli/src/preview/preview-state';

const NOW = new Date('2026-12-01T12:00:00Z');
const KEY = '00112233445566778899aabbccddeeff';

/** A read folder whose every path lives at "<first key>.md:<index>", so the test can tell where a finding went. */
function folder(feed: Record<string, unknown> | undefined, problems: ContentFolder['problems'] = []): ContentFolder {
  return { feed, problems, examples: [], locate: (path) => `${String(path[0] ?? 'feed')}.md:${String(path[1] ?? 1)}` };
}

const feedWith = (items: unknown[], policies: unknown[] = []) => ({
  version: 1,
  publisher: { id: 'acme', name: 'Acme' },
  updatedAt: '2026-11-30T00:00:00Z',
  items,
  policies,
});

const item = (id: string, text = 'Hello from Acme.') => ({ id, type: 'talking-point', title: id, text });
const options = { folder: 'content', now: NOW, secretKey: KEY };

describe('assemblePreviewState', () => {
  it('gives the feed as Herald reads it, with a first revision and the build time', () => {
    const state = assemblePreviewState(folder(feedWith([item('a'), item('b')])), options);
    expect(state.feed?.items.map(({ id }) => id)).toEqual(['a', 'b']);
    expect(state).toMatchObject({ folder: 'content', revision: 1, builtAt: NOW.toISOString(), stale: false });
    expect(state.problems).toEqual([]);
  });

  it('names each finding of checkFeed by file and line, with its path in the feed', () => {
    const state = assemblePreviewState(folder(feedWith([item('a'), { ...item('b'), type: 'news' }])), options);
    expect(state.problems).toContainEqual({
      severity: 'error',
      where: 'items.md:1',
      path: 'items[1].url',
      message: expect.any(String),
    });
  });

  it('keeps the warnings (an X post over 280) and the feed that has them', () => {
    const state = assemblePreviewState(folder(feedWith([item('long', 'x'.repeat(281))])), options);
    expect(state.problems.map(({ severity }) => severity)).toContain('warning');
    expect(state.problems.every(({ severity }) => severity === 'warning')).toBe(true);
    expect(state.feed?.items).toHaveLength(1);
  });

  it('keeps the last good feed, marked stale, under the errors of a folder that gives none', () => {
    const good = assemblePreviewState(folder(feedWith([item('a')])), options);
    const broken = assemblePreviewState(folder(undefined, [{ where: 'feed.yml:3', message: 'bad YAML' }]), {
      ...options,
      previous: good,
    });
    expect(broken.problems).toEqual([{ severity: 'error', where: 'feed.yml:3', message: 'bad YAML' }]);
    expect(broken.feed).toEqual(good.feed);
    expect(broken).toMatchObject({ stale: true, revision: 2, examples: null });
  });

  it('keeps the last good feed when reading had problems though a feed was assembled', () => {
    const good = assemblePreviewState(folder(feedWith([item('a')])), options);
    const read = folder(feedWith([item('b')]), [{ where: 'items/02-b.md:1', message: 'duplicate id' }]);
    const state = assemblePreviewState(read, { ...options, previous: good });
    expect(state.feed?.items.map(({ id }) => id)).toEqual(['a']);
    expect(state.stale).toBe(true);
  });

  it('has no feed, not stale, when nothing ever built', () => {
    const state = assemblePreviewState(folder(undefined, [{ where: 'content', message: 'no feed.yml' }]), options);
    expect(state).toMatchObject({ feed: null, stale: false });
  });

  it('hashes secret terms as build does: the feed carries no plain secret term', () => {
    const policy = { id: 'p', severity: 'block', message: 'No.', terms: ['Project Falcon'], secret: true };
    const state = assemblePreviewState(folder(feedWith([item('a')], [policy])), options);
    expect(JSON.stringify(state.feed)).not.toContain('Project Falcon');
    expect(state.feed?.policies).toHaveLength(1);
  });

  it('runs the rule examples on the feed as it ships: secret terms hashed', () => {
    const policy = { id: 'p', severity: 'block', message: 'No.', terms: ['Project Falcon'], secret: true };
    let given = '';
    assemblePreviewState(folder(feedWith([item('a')], [policy])), {
      ...options,
      runExamples: (_folder, feed) => {
        given = JSON.stringify(feed);
        return { passed: 0, failed: 0, failures: [] };
      },
    });
    expect(given).toContain('"p"');
    expect(given).not.toContain('Project Falcon');
  });

  it('puts the rule examples’ report in its slot', () => {
    const report: PreviewExamples = { passed: 3, failed: 0, failures: [] };
    const state = assemblePreviewState(folder(feedWith([item('a')])), { ...options, runExamples: () => report });
    expect(state.examples).toEqual(report);
    expect(assemblePreviewState(folder(feedWith([item('a')])), options).examples).toBeNull();
  });
});
