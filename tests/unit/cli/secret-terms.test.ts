import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkFeed } from '../../../cli/src/check/check-feed';
import { compilePolicies } from '../../../shared/policy/compile-policies';
import { hashTerms } from '../../../shared/policy/hashed-terms';
import { herald, NOW, tempDirsRemovedAfterEach } from './cli-harness';

const tempDir = tempDirsRemovedAfterEach();

const FEED_YML = 'version: 1\npublisher:\n  id: lumen\n  name: Lumen\n';
const ITEM = '---\ntype: talking-point\ntitle: Robots at work\n---\nOur robots help people.\n';
const SECRET_POLICY = [
  'id: codename',
  'severity: block',
  'message: An internal code name. Leave it out.',
  'secret: true',
  'terms: [Kestrel, Blue Heron]',
  '',
].join('\n');

async function build(files: Record<string, string>) {
  const dir = await tempDir();
  for (const [path, content] of Object.entries({ 'feed.yml': FEED_YML, 'items/a.md': ITEM, ...files })) {
    await mkdir(join(dir, path, '..'), { recursive: true });
    await writeFile(join(dir, path), content);
  }
  const run = await herald(['build', '.', '-o', 'feed.json'], { cwd: dir });
  const text = await readFile(join(dir, 'feed.json'), 'utf8').catch(() => undefined);
  return { ...run, text, feed: text === undefined ? undefined : JSON.parse(text) };
}

describe('herald-feed build with secret terms', () => {
  it('ships the terms of a secret policy only as keyed hashes', async () => {
    const { code, text, feed } = await build({ 'policies/codename.yml': SECRET_POLICY });
    expect(code).toBe(0);
    expect(text?.toLowerCase()).not.toMatch(/kestrel|heron/);
    const [policy] = feed.policies;
    expect(policy.terms).toBeUndefined();
    expect(policy.secret).toBeUndefined();
    expect(policy.hashedTerms).toMatchObject({ key: expect.stringMatching(/^[0-9a-f]{32}$/), words: [1, 2] });
    expect(policy.hashedTerms.hashes).toHaveLength(2);
  });

  it('builds a feed that Herald checks drafts with: both terms flagged, as typed', async () => {
    const { feed } = await build({ 'policies/codename.yml': SECRET_POLICY });
    const text = 'Meet KESTREL and the blue  heron team';
    const findings = compilePolicies(feed.policies).check(text);
    expect(findings.map((finding) => text.slice(finding.start, finding.end))).toEqual(['KESTREL', 'blue  heron']);
  });

  it('draws a new key for each build', async () => {
    const first = await build({ 'policies/codename.yml': SECRET_POLICY });
    const second = await build({ 'policies/codename.yml': SECRET_POLICY });
    expect(first.feed.policies[0].hashedTerms.key).not.toBe(second.feed.policies[0].hashedTerms.key);
    expect(first.feed.policies[0].hashedTerms.hashes).not.toEqual(second.feed.policies[0].hashedTerms.hashes);
  });

  it('leaves a policy with "secret: false" as it was', async () => {
    const { feed } = await build({
      'policies/p.yml': 'id: p\nseverity: info\nmessage: M\nsecret: false\nterms: [Lumen]\n',
    });
    expect(feed.policies[0]).toEqual({ id: 'p', severity: 'info', message: 'M', terms: ['Lumen'] });
  });

  it('refuses "secret: true" without terms, on its line, and writes no feed', async () => {
    const { code, out, text } = await build({
      'policies/p.yml': 'id: p\nseverity: info\nmessage: M\nsecret: true\ndetector: email\n',
    });
    expect(code).toBe(1);
    expect(text).toBeUndefined();
    expect(out).toMatch(/policies\/p\.yml:4: policies\[0\]\.secret: "secret: true" goes with a list of "terms"/);
  });

  it('warns, and still writes the feed, when a secret term is written in clear elsewhere', async () => {
    const { code, out, feed } = await build({
      'policies/codename.yml': SECRET_POLICY,
      'items/b.md': '---\ntype: talking-point\ntitle: The Blue Heron line\n---\nMore robots.\n',
    });
    expect(code).toBe(0);
    expect(out).toMatch(
      /warning items\/b\.md:3: items\[1\]\.title: "Blue Heron" is a secret term of policy "codename", written here in clear/,
    );
    expect(feed.items[1].title).toBe('The Blue Heron line');
  });
});

describe('checkFeed and secret terms', () => {
  const KEY = '00112233445566778899aabbccddeeff';
  const base = {
    version: 1,
    publisher: { id: 'lumen', name: 'Lumen' },
    updatedAt: '2026-11-30T00:00:00Z',
  };
  const item = (text: string) => ({ id: 'i', type: 'talking-point', title: 'T', text });
  const secretPolicy = {
    id: 'codename',
    severity: 'block',
    message: 'Code name.',
    hashedTerms: hashTerms(KEY, ['Kestrel', 'Blue Heron']),
  };

  it('accepts a feed with hashed terms and no clear copy', () => {
    expect(checkFeed({ ...base, items: [item('Robots.')], policies: [secretPolicy] }, NOW)).toEqual([]);
  });

  it.each([
    ['an item text, with a look-alike', { items: [item('Meet K\u0435strel.')] }, 'items[0].text', 'K\u0435strel'],
    [
      'another policy message',
      { policies: [secretPolicy, { id: 'x', severity: 'info', message: 'No blue heron.', terms: ['y'] }] },
      'policies[1].message',
      'blue heron',
    ],
    [
      'another policy id',
      { policies: [secretPolicy, { id: 'kestrel-rule', severity: 'info', message: 'M', terms: ['y'] }] },
      'policies[1].id',
      'kestrel',
    ],
  ])('warns about a secret term in clear in %s', (_name, overrides, where, typed) => {
    const feed = { ...base, items: [item('Robots.')], policies: [secretPolicy], ...overrides };
    const findings = checkFeed(feed, NOW);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ severity: 'warning', message: expect.stringContaining(`"${typed}"`) });
    expect(
      findings[0]?.path
        .map((part, index) => (typeof part === 'number' ? `[${part}]` : index === 0 ? part : `.${String(part)}`))
        .join(''),
    ).toBe(where);
  });

  it('refuses a feed file whose policy still says "secret": its terms are in clear', () => {
    const policy = { id: 'p', severity: 'info', message: 'M', secret: true, terms: ['Kestrel'] };
    const findings = checkFeed({ ...base, items: [item('Robots.')], policies: [policy] }, NOW);
    expect(findings).toContainEqual(
      expect.objectContaining({
        severity: 'error',
        path: ['policies', 0, 'secret'],
        message: expect.stringMatching(/in clear/),
      }),
    );
  });
});
