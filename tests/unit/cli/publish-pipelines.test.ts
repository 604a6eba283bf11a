import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO } from './cli-harness';
import {
  commandProblems,
  type Forge,
  heraldInvocations,
  optionsOf,
  type Pipeline,
  pipelineCommands,
  readPipeline,
  runsAfter,
  runsOnDefaultBranchOnly,
  shellCommands,
  unnamedSettings,
} from './pipeline-check';

const FILES: Record<Forge, string> = {
  github: 'examples/publish/github-actions.yml',
  gitlab: 'examples/publish/gitlab-ci.yml',
};
const text: Record<Forge, string> = {
  github: await readFile(join(REPO, FILES.github), 'utf8'),
  gitlab: await readFile(join(REPO, FILES.gitlab), 'utf8'),
};
const publishGuide = await readFile(join(REPO, 'docs/publish.md'), 'utf8');
const ciSection = publishGuide.slice(publishGuide.indexOf('## 6. Publish from CI'));
const fetchFeedSource = await readFile(join(REPO, 'shared/sync/fetch-feed.ts'), 'utf8');

/** The headers docs/publish.md section 6 says the upload sets: file → [Content-Type, Cache-Control]. */
function documentedHeaders(): Map<string, string[]> {
  const rows = [...ciSection.matchAll(/^\| `(feed\.json(?:\.sig)?)` +\| `([^`]+)` +\| `([^`]+)` +\|$/gm)];
  return new Map(rows.map(([, file = '', type = '', cache = '']) => [file, [type, cache]]));
}

/** The same file with one piece of text replaced, to show a check fails on a broken copy. */
function broken(forge: Forge, from: string, to: string): string {
  expect(text[forge]).toContain(from);
  return text[forge].replace(from, to);
}

function invocation(pipeline: Pipeline, command: string) {
  const found = heraldInvocations(pipeline).filter(({ words }) => words[0] === command);
  expect(found, `herald-feed ${command}`).toHaveLength(1);
  return found[0] as NonNullable<(typeof found)[number]>;
}

/** The `aws s3 cp` of one of the built files, with its options. */
function upload(pipeline: Pipeline, file: string) {
  const found = pipelineCommands(pipeline).filter(
    ({ words }) => words.slice(0, 3).join(' ') === 'aws s3 cp' && words[3] === `public/${file}`,
  );
  expect(found, `aws s3 cp public/${file}`).toHaveLength(1);
  const command = found[0] as NonNullable<(typeof found)[number]>;
  return { ...command, options: optionsOf(command.words) };
}

/** The scripts that sign or upload: only the default branch may run them. */
function publishing(pipeline: Pipeline): { job: string; conditions: string[] }[] {
  const scripts = pipelineCommands(pipeline)
    .filter(({ words }) => words[0] === 'aws' || (words[0] === 'herald-feed' && words[1] === 'sign'))
    .map(({ script }) => script);
  const actions = pipeline.actions.filter(({ uses }) => /upload-artifact|aws-actions/.test(uses));
  return [...scripts, ...actions];
}

describe.each(['github', 'gitlab'] as const)('examples/publish, %s', (forge) => {
  const pipeline = readPipeline(text[forge], forge);

  it('is valid YAML, and runs herald-feed on Node 20', () => {
    for (const { script } of heraldInvocations(pipeline)) {
      if (forge === 'gitlab') {
        expect(script.image, script.job).toBe('node:20');
        continue;
      }
      const node = pipeline.actions.find(
        ({ job, uses }) => job === script.job && uses.startsWith('actions/setup-node@'),
      );
      expect(node?.with['node-version'], script.job).toBe(20);
      expect(node && node.index < script.index).toBe(true);
    }
  });

  it('calls only herald-feed commands and options that exist', async () => {
    expect(heraldInvocations(pipeline).map(({ words }) => words[0])).toEqual(['build', 'test', 'sign']);
    expect(await commandProblems(pipeline)).toEqual([]);
  });

  it('builds content/ into public/feed.json, tests it, and signs it with the key from the environment', () => {
    const build = invocation(pipeline, 'build');
    expect(build.words).toContain('content');
    expect(optionsOf(build.words).get('-o') ?? optionsOf(build.words).get('--output')).toBe('public/feed.json');
    expect(invocation(pipeline, 'test').words).toContain('content');
    const sign = invocation(pipeline, 'sign');
    expect(sign.words[1]).toBe('public/feed.json');
    expect(optionsOf(sign.words).get('--key-env')).toBe('HERALD_FEED_KEY');
    expect(optionsOf(sign.words).get('--url')).toBe('$HERALD_FEED_URL');
    expect(runsAfter(pipeline, sign.script, invocation(pipeline, 'test').script)).toBe(true);
  });

  it('uploads feed.json and feed.json.sig once signed, with the headers docs/publish.md gives', () => {
    const documented = documentedHeaders();
    expect([...documented.keys()]).toEqual(['feed.json', 'feed.json.sig']);
    const sign = invocation(pipeline, 'sign');
    for (const [file, [contentType, cacheControl]] of documented) {
      const { options, script } = upload(pipeline, file);
      expect(options.get('--content-type'), file).toBe(contentType);
      expect(options.get('--cache-control'), file).toBe(cacheControl);
      expect(runsAfter(pipeline, script, sign.script), `${file} is uploaded after signing`).toBe(true);
    }
    expect(documented.get('feed.json')?.[0]).toBe('application/json');
    expect(documented.get('feed.json.sig')?.[0]).toMatch(/^text\/plain\b/);
  });

  it('signs and uploads on the default branch only, and checks every pull or merge request', () => {
    const publishers = publishing(pipeline);
    expect(publishers.length).toBeGreaterThanOrEqual(3);
    for (const { job, conditions } of publishers) {
      expect(runsOnDefaultBranchOnly(forge, conditions), `${job}: ${conditions.join(' | ')}`).toBe(true);
    }
    for (const command of ['build', 'test']) {
      const { conditions } = invocation(pipeline, command).script;
      expect(runsOnDefaultBranchOnly(forge, conditions)).toBe(false);
      if (forge === 'github') expect(conditions).toEqual([]);
      else expect(conditions).toContain('$CI_PIPELINE_SOURCE == "merge_request_event"');
    }
    if (forge === 'github') expect(pipeline.doc.on).toHaveProperty('pull_request');
  });

  it('names at the top every secret and variable it reads', () => {
    expect(unnamedSettings(pipeline, text[forge])).toEqual([]);
  });
});

describe('examples/publish/github-actions.yml', () => {
  const pipeline = readPipeline(text.github, 'github');

  it('pins every action to a major version at least', () => {
    expect(pipeline.actions.map(({ uses }) => uses)).toContain('actions/setup-node@v4');
    for (const { uses } of pipeline.actions) expect(uses).toMatch(/@(v\d+(\.\d+)*|[0-9a-f]{40})$/);
  });

  it('gives the signing key and the OIDC token to the publish job alone, in an environment', () => {
    const jobs = pipeline.doc.jobs as Record<string, { permissions?: unknown; environment?: unknown }>;
    expect(pipeline.doc.permissions).toEqual({ contents: 'read' });
    expect(jobs.publish?.permissions).toEqual({ 'id-token': 'write' });
    expect(jobs.publish?.environment).toBe('herald-feed');
    expect(invocation(pipeline, 'sign').script.job).toBe('publish');
    expect(text.github.match(/secrets\./g)).toHaveLength(1);
  });
});

describe('the pipeline checks, on broken copies', () => {
  /** The problems a broken copy has that the file itself has not. */
  async function addedProblems(forge: Forge, copy: string): Promise<string[]> {
    const original = await commandProblems(readPipeline(text[forge], forge));
    return (await commandProblems(readPipeline(copy, forge))).filter((problem) => !original.includes(problem));
  }

  it('catch a misspelt option, an unknown command and a missing option value', async () => {
    expect(
      await addedProblems('github', broken('github', '--key-env HERALD_FEED_KEY', '--key-evn HERALD_FEED_KEY')),
    ).toEqual([
      expect.stringMatching(/^publish: herald-feed sign .*--key-evn.*: exit code 2: error: Unknown option '--key-evn'/),
    ]);
    expect(
      await addedProblems('gitlab', broken('gitlab', 'herald-feed test content', 'herald-feed tset content')),
    ).toEqual(['herald-feed-check: herald-feed tset content: exit code 2: error: unknown command "tset"']);
    expect(await addedProblems('gitlab', broken('gitlab', '-o public/feed.json', '-o'))).toEqual([
      expect.stringContaining('herald-feed build content -o: exit code 2'),
    ]);
  });

  it('find herald-feed behind npx, across line continuations, after assignments and in $( )', () => {
    const sample = [
      'jobs:',
      '  x:',
      '    steps:',
      '      - run: |',
      '          npx --yes herald-feed sign public/feed.json \\',
      '            --ur1 "$URL"  # a comment',
      '          LANG=C herald-feed build "my content" && echo "herald-feed is not called here"',
      '          key=$(herald-feed keygen -o k)',
    ].join('\n');
    const pipeline = readPipeline(sample, 'github');
    expect(heraldInvocations(pipeline).map(({ words }) => words)).toEqual([
      ['sign', 'public/feed.json', '--ur1', '$URL'],
      ['build', 'my content'],
      ['keygen', '-o', 'k'],
    ]);
    expect(shellCommands('echo \'a "b"\' "c\\"d" e\\ f')).toEqual([['echo', 'a "b"', 'c"d', 'e f']]);
  });

  it('catch a publish step that would run on any branch', () => {
    const github = readPipeline(
      broken(
        'github',
        "    needs: check\n    if: github.event_name == 'push' && github.ref == format('refs/heads/{0}', github.event.repository.default_branch)\n",
        '    needs: check\n',
      ),
      'github',
    );
    const anyBranch = publishing(github).filter(({ conditions }) => !runsOnDefaultBranchOnly('github', conditions));
    // The sign command, the three aws commands and the AWS credentials action.
    expect(anyBranch.map(({ job }) => job)).toEqual(Array(5).fill('publish'));
    const gitlab = readPipeline(
      broken(
        'gitlab',
        '  needs: [herald-feed-sign]\n  rules:\n    - if: $CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH\n',
        '  needs: [herald-feed-sign]\n  rules:\n    - if: $CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH\n    - if: $CI_PIPELINE_SOURCE == "merge_request_event"\n',
      ),
      'gitlab',
    );
    expect(publishing(gitlab).some(({ conditions }) => !runsOnDefaultBranchOnly('gitlab', conditions))).toBe(true);
  });

  it('catch an upload that no longer waits for the signature, and a variable the header does not name', () => {
    const gitlab = readPipeline(broken('gitlab', 'needs: [herald-feed-sign]', 'needs: [herald-feed-check]'), 'gitlab');
    const sign = heraldInvocations(gitlab).find(({ words }) => words[0] === 'sign');
    const copy = pipelineCommands(gitlab).find(({ words }) => words[2] === 'cp');
    expect(sign && copy && runsAfter(gitlab, copy.script, sign.script)).toBe(false);
    // biome-ignore lint/suspicious/noTemplateCurlyInString: GitHub's expression syntax, in the workflow's text
    const unnamed = broken('github', 'HERALD_S3_URI: ${{ vars.HERALD_S3_URI }}', 'HERALD_S3_URI: ${{ vars.S3_URI }}');
    expect(unnamedSettings(readPipeline(unnamed, 'github'), unnamed)).toEqual(['S3_URI']);
  });

  it('refuse a file that is not valid YAML', () => {
    expect(() => readPipeline(broken('github', 'jobs:\n', 'jobs:\n  - x\n  y: z\n'), 'github')).toThrow();
  });
});

describe('docs/publish.md, "Publish from CI"', () => {
  const blocks = [...ciSection.matchAll(/```json\n([\s\S]*?)```/g)].map(([, block = '']) => JSON.parse(block));

  it('asks for the headers of section 4', () => {
    const section4 = publishGuide.slice(publishGuide.indexOf('## 4. Host'), publishGuide.indexOf('## 5.'));
    const [contentType, cacheControl] = documentedHeaders().get('feed.json') ?? [];
    expect(section4).toMatch(new RegExp(`^\\| \`Content-Type\` +\\| \`${contentType}\``, 'm'));
    expect(section4).toMatch(new RegExp(`^\\| \`Cache-Control\` +\\| \`${cacheControl}\``, 'm'));
  });

  it("gives a bucket CORS configuration that lets Herald's conditional request through and read the ETag", () => {
    const cors = blocks.find((block) => 'CORSRules' in block);
    const [rule] = cors.CORSRules;
    expect(rule.AllowedOrigins).toEqual(['*']);
    expect(rule.AllowedMethods).toContain('GET');
    expect(rule.ExposeHeaders).toContain('ETag');
    // Every header fetchFeed sets, but Accept: application/json, which never needs a preflight.
    const sent = [...fetchFeedSource.matchAll(/headers\['([a-z-]+)'\] =/g)].map(([, name]) => name);
    expect(sent).toEqual(['if-none-match', 'if-modified-since']);
    expect(rule.AllowedHeaders.map((name: string) => name.toLowerCase())).toEqual(sent);
  });

  it("gives the role's permissions and its trust policy as JSON, and names every setting the files read", () => {
    expect(blocks).toHaveLength(3);
    for (const forge of ['github', 'gitlab'] as const) {
      for (const name of new Set(readPipeline(text[forge], forge).header.match(/\bHERALD_[A-Z_]+\b/g))) {
        expect(ciSection, name).toContain(name);
      }
      expect(ciSection).toContain(FILES[forge]);
    }
  });
});
