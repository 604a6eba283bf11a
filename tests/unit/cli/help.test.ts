import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ParseArgsConfig } from 'node:util';
import { describe, expect, it, vi } from 'vitest';
import { COMMANDS } from '../../../cli/src/run-cli';
import { herald, REPO } from './cli-harness';

type Options = NonNullable<ParseArgsConfig['options']>;

// The options a command really accepts are the ones it hands the parser: recorded here, so a flag added to a
// command and forgotten in its help fails this test.
const declared = vi.hoisted(() => ({ options: undefined as Options | undefined }));
vi.mock('../../../cli/src/parse-command-args', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../../cli/src/parse-command-args')>();
  return {
    parseCommandArgs: ((args, options, positionals) => {
      declared.options = options;
      return real.parseCommandArgs(args, options, positionals);
    }) satisfies typeof real.parseCommandArgs,
  };
});

const EXIT_CODES = /Exit codes: 0 [\s\S]*, 1 [\s\S]*,\s2 a usage mistake/;

describe('herald-feed --help', () => {
  it('names the exit codes 0, 1 and 2 in the overview', async () => {
    const run = await herald(['--help']);
    expect(run.code).toBe(0);
    expect(run.out).toMatch(/Exit codes: 0 ok.*1 findings.*2 a usage mistake/);
  });

  it.each(COMMANDS.map((command) => [command.name]))('%s --help exits 0 and names every option', async (name) => {
    declared.options = undefined;
    const run = await herald([name, '--help']);
    expect(run.code).toBe(0);
    expect(run.err).toBe('');
    expect(declared.options).toBeDefined();
    const options = Object.entries(declared.options ?? {}) as [string, { short?: string }][];
    for (const [option, { short }] of options) {
      expect(run.out).toContain(`--${option}`);
      if (short) expect(run.out).toContain(`-${short}, --${option}`);
    }
  });

  it.each(COMMANDS.map((command) => [command.name]))('%s --help names the exit codes', async (name) => {
    const run = await herald([name, '--help']);
    expect(run.out).toMatch(EXIT_CODES);
  });
});

const reference = await readFile(join(REPO, 'docs/herald-feed.md'), 'utf8');

describe('docs/herald-feed.md, the command reference', () => {
  it.each(COMMANDS.map((command) => [command.name]))('documents %s and each of its options', async (name) => {
    declared.options = undefined;
    await herald([name, '--help']);
    expect(reference).toContain(`\`${name} `);
    for (const option of Object.keys(declared.options ?? {})) expect(reference).toContain(`--${option}`);
  });

  it('documents the exit codes and the JSON shape', () => {
    expect(reference).toMatch(/\| `0` +\| ok/);
    expect(reference).toMatch(/\| `1` +\| findings/);
    expect(reference).toMatch(/\| `2` +\| a usage mistake/);
    for (const field of ['ok', 'errors', 'warnings', 'findings[].severity', 'findings[].where', 'findings[].path']) {
      expect(reference).toContain(`| \`${field}\``);
    }
  });

  it.each(['README.md', 'docs/publish.md'])('is linked from %s', async (file) => {
    expect(await readFile(join(REPO, file), 'utf8')).toMatch(/\]\((docs\/)?herald-feed\.md\)/);
  });
});
