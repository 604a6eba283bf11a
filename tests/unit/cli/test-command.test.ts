import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readContentFolder } from '../../../cli/src/build/read-content-folder';
import { herald, NOW, REPO } from './cli-harness';
import { contentFolders } from './content-folder-fixture';

const contentFolder = contentFolders();

const FALCON = [
  '- id: codename-falcon', // line 1
  '  severity: block',
  '  message: Falcon is confidential.',
  '  terms: [Project Falcon, Falcon]',
  '  examples:', // line 5
  '    flag:',
  '      - text: Project Falcon ships soon',
  '        match: Project Falcon',
  '      - Falcon is late',
  '    pass:', // line 10
  '      - Falconry is fun',
  '',
].join('\n');

const TONE = [
  '- id: competitor-tone',
  '  severity: info',
  '  message: Talk about what we do well.',
  '  terms: [RoboCorp]',
  '  sites: [linkedin, x]',
  '  examples:',
  '    pass:',
  '      - We beat RoboCorp', // line 8: flagged on LinkedIn and X
  '',
].join('\n');

describe('herald-feed test', () => {
  it('passes the examples of examples/feed', async () => {
    const run = await herald(['test', 'examples/feed']);
    expect(run.out).toMatch(/^\d+ examples passed$/);
    expect(run.code).toBe(0);
  });

  it('gives every policy of examples/feed a flag and a pass example', async () => {
    const folder = await readContentFolder(join(REPO, 'examples/feed'), NOW, REPO);
    const ids = ((folder.feed?.policies ?? []) as { id: string }[]).map((policy) => policy.id);
    expect(ids.length).toBeGreaterThan(0);
    for (const id of ids) {
      const kinds = new Set(folder.examples.filter((example) => example.policyId === id).map((e) => e.expect));
      expect([id, [...kinds].sort()]).toEqual([id, ['flag', 'pass']]);
    }
    expect(folder.examples.some((example) => example.match !== undefined)).toBe(true);
    expect(folder.examples.some((example) => example.sites !== undefined)).toBe(true);
  });

  it('counts the passing examples of a folder', async () => {
    const dir = await contentFolder({ 'policies/a.yml': FALCON });
    const run = await herald(['test', '.'], { cwd: dir });
    expect(run).toEqual({ code: 0, out: '3 examples passed', err: '' });
  });

  it('names a failing example by file and line, its rule, the networks, and what was found instead', async () => {
    const dir = await contentFolder({ 'policies/a.yml': FALCON, 'policies/b.yml': TONE });
    const run = await herald(['test', '.'], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.out.split('\n')).toEqual([
      'fail    policies/b.yml:8: expected competitor-tone to let it pass on LinkedIn and X',
      '        draft: "We beat RoboCorp"',
      '        found: competitor-tone "RoboCorp": Talk about what we do well.',
      '1 of 4 examples failed',
    ]);
  });

  it('says which text the rule underlined when it is not the expected match, and says when nothing was', async () => {
    const dir = await contentFolder({
      'policies/a.yml': FALCON.replace('match: Project Falcon', 'match: Falcon').replace(
        '- Falconry is fun',
        '- text: Falconry is fun\n        sites: [x]',
      ),
      'policies/b.yml': [
        '- id: revenue',
        '  severity: warn',
        '  message: No figures.',
        "  pattern: 'revenue is up \\d+%'",
        '  examples:',
        '    flag: [Revenue grew a lot]',
        '    pass: [Falcon]',
        '',
      ].join('\n'),
    });
    const run = await herald(['test', '.'], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.out).toContain(
      'fail    policies/a.yml:7: expected codename-falcon to flag it on LinkedIn, X, Facebook, Threads, Bluesky, and Mastodon, underlining "Falcon"\n' +
        '        draft: "Project Falcon ships soon"\n' +
        '        found: codename-falcon "Project Falcon": Falcon is confidential.',
    );
    expect(run.out).toContain(
      'fail    policies/b.yml:6: expected revenue to flag it on LinkedIn, X, Facebook, Threads, Bluesky, and Mastodon\n' +
        '        draft: "Revenue grew a lot"\n' +
        '        found: nothing',
    );
    expect(run.out).toMatch(/\n2 of 5 examples failed$/);
  });

  it('says why when a flag example names a network its rule does not apply on', async () => {
    const dir = await contentFolder({
      'policies/b.yml': TONE.replace(
        '    pass:\n      - We beat RoboCorp',
        '    flag:\n      - { text: We beat RoboCorp, sites: [bluesky] }',
      ),
    });
    const run = await herald(['test', '.'], { cwd: dir });
    expect(run.out.split('\n')).toEqual([
      'fail    policies/b.yml:8: expected competitor-tone to flag it on Bluesky',
      '        draft: "We beat RoboCorp"',
      '        the rule applies only on LinkedIn, X',
      '        found: nothing',
      '1 of 1 example failed',
    ]);
  });

  it('prints only JSON with --json: ok, the counts and each failure network by network', async () => {
    const dir = await contentFolder({ 'policies/a.yml': FALCON, 'policies/b.yml': TONE });
    const run = await herald(['test', '.', '--json'], { cwd: dir });
    expect(run.code).toBe(1);
    expect(JSON.parse(run.out)).toEqual({
      ok: false,
      errors: 0,
      warnings: 0,
      findings: [],
      examples: {
        passed: 3,
        failed: 1,
        failures: ['linkedin', 'x'].map((site) => ({
          where: 'policies/b.yml:8',
          policyId: 'competitor-tone',
          expect: 'pass',
          text: 'We beat RoboCorp',
          site,
          found: [{ policyId: 'competitor-tone', matched: 'RoboCorp', message: 'Talk about what we do well.' }],
        })),
      },
    });
    const passing = await herald(['test', '.', '--json'], { cwd: await contentFolder({ 'policies/a.yml': FALCON }) });
    expect(passing.code).toBe(0);
    expect(JSON.parse(passing.out)).toEqual({
      ok: true,
      errors: 0,
      warnings: 0,
      findings: [],
      examples: { passed: 3, failed: 0, failures: [] },
    });
  });

  it('tries the examples of a secret rule on the feed as it ships, with its terms hashed', async () => {
    const dir = await contentFolder({ 'policies/a.yml': FALCON.replace('  terms:', '  secret: true\n  terms:') });
    const run = await herald(['test', '.'], { cwd: dir });
    expect(run).toEqual({ code: 0, out: '3 examples passed', err: '' });
  });

  it.each([
    ['an entry that is neither a draft nor a mapping', '    flag:\n      - 42\n', 7, 'an example is a draft in quotes'],
    ['a misspelt field', '    flag:\n      - text: Falcon\n        matches: Falcon\n', 7, 'unknown field "matches"'],
    ['a match on a pass example', '    pass:\n      - text: Hi\n        match: Hi\n', 7, '"match" is only for flag'],
    [
      'an unknown network',
      '    pass:\n      - text: Hi\n        sites: [myspace]\n',
      8,
      '"myspace" is not a network Herald knows: linkedin, x, facebook',
    ],
    [
      'a match not in the draft',
      '    flag:\n      - text: Falcon ships\n        match: Falcom\n',
      8,
      '"match" is not in the draft',
    ],
    ['an empty draft', '    flag: ["  "]\n', 6, 'the draft is empty'],
    ['a list instead of flag and pass', '    - Falcon\n', 6, '"examples" is a mapping'],
    ['an unknown key', '    flags: [Falcon]\n', 6, 'unknown field "flags"'],
  ])('reports %s at its file and line, for test and build', async (_, examples, line, message) => {
    const policy = ['- id: falcon', '  severity: block', '  message: M', '  terms: [Falcon]', '  examples:', examples];
    const dir = await contentFolder({ 'policies/a.yml': policy.join('\n') });
    const test = await herald(['test', '.'], { cwd: dir });
    expect(test.code).toBe(1);
    expect(test.out).toMatch(new RegExp(`^error {3}policies/a\\.yml:${line}: examples: .*`));
    expect(test.out).toContain(message);
    expect(test.out).toMatch(/1 error in \.: no example was run$/);
    const build = await herald(['build', '.', '-o', 'feed.json'], { cwd: dir });
    expect(build.code).toBe(1);
    expect(build.out).toContain(`policies/a.yml:${line}: examples: `);
    expect(await readdir(dir)).not.toContain('feed.json');
  });

  it('reports the folder’s errors instead of running examples, in JSON too', async () => {
    const dir = await contentFolder({ 'policies/a.yml': '- id: x\n  severity: loud\n  message: M\n  terms: [a]\n' });
    const run = await herald(['test', '.', '--json'], { cwd: dir });
    expect(run.code).toBe(1);
    const json = JSON.parse(run.out);
    expect(json.ok).toBe(false);
    expect(json.errors).toBe(1);
    expect(json.findings[0]).toMatchObject({
      severity: 'error',
      where: 'policies/a.yml:2',
      path: 'policies[0].severity',
    });
    expect(json.examples).toEqual({ passed: 0, failed: 0, failures: [] });
  });

  it('exits 2 on a usage mistake', async () => {
    expect((await herald(['test'])).code).toBe(2);
    expect((await herald(['test', 'examples/feed', '--jsn'])).code).toBe(2);
    expect((await herald(['test', 'a', 'b'])).code).toBe(2);
  });
});

describe('docs/feed-format.md, "Rule examples"', () => {
  it('shows policies whose examples pass', async () => {
    const doc = await readFile(join(REPO, 'docs/feed-format.md'), 'utf8');
    const section = doc.slice(doc.indexOf('### Rule examples'));
    const yaml = /```yaml\n([\s\S]*?)```/.exec(section)?.[1] ?? '';
    expect(yaml).toContain('examples:');
    const dir = await contentFolder({ 'policies/a.yml': yaml });
    const run = await herald(['test', '.'], { cwd: dir });
    expect(run).toEqual({ code: 0, out: '5 examples passed', err: '' });
  });
});

describe('herald-feed build with rule examples', () => {
  it('writes nothing and prints the failure when an example fails', async () => {
    const dir = await contentFolder({ 'policies/a.yml': FALCON, 'policies/b.yml': TONE });
    const run = await herald(['build', '.', '-o', 'feed.json'], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.out).toContain('fail    policies/b.yml:8: expected competitor-tone to let it pass on LinkedIn and X');
    expect(run.out).toContain('found: competitor-tone "RoboCorp": Talk about what we do well.');
    expect(run.out).toMatch(/1 of 4 examples failed\nno feed written$/);
    expect(await readdir(dir)).not.toContain('feed.json');
  });

  it('leaves the examples out of feed.json and says how many passed', async () => {
    const dir = await contentFolder({ 'policies/a.yml': FALCON });
    const run = await herald(['build', '.', '-o', 'feed.json'], { cwd: dir });
    expect(run.code).toBe(0);
    expect(run.out).toContain('3 examples passed\nwrote feed.json');
    const written = await readFile(join(dir, 'feed.json'), 'utf8');
    expect(JSON.parse(written).policies).toEqual([
      {
        id: 'codename-falcon',
        severity: 'block',
        message: 'Falcon is confidential.',
        terms: ['Project Falcon', 'Falcon'],
      },
    ]);
    expect(written).not.toContain('examples');
    expect(written).not.toContain('Falconry');
  });

  it('prints the count on standard error when the feed goes to standard output', async () => {
    const dir = await contentFolder({ 'policies/a.yml': FALCON });
    const run = await herald(['build', '.'], { cwd: dir });
    expect(run.code).toBe(0);
    expect(run.err).toContain('3 examples passed');
    expect(JSON.parse(run.out).policies[0].examples).toBeUndefined();
  });
});
