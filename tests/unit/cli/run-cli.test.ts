import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../../../cli/src/run-cli';
import { herald } from './cli-harness';

describe('herald-feed', () => {
  it('lists every command in its overview', async () => {
    const run = await herald(['--help']);
    expect(run.code).toBe(0);
    for (const command of COMMANDS) expect(run.out).toContain(`  ${command.name}`);
  });

  it.each(COMMANDS.map((command) => [command.name]))('prints the usage of %s with --help', async (name) => {
    const run = await herald([name, '--help']);
    expect(run.out).toMatch(new RegExp(`^Usage: herald-feed ${name}\\b`));
    expect(run.code).toBe(0);
  });

  it('answers an unknown command with exit code 2 and the list of commands', async () => {
    const run = await herald(['publish']);
    expect(run.err).toContain('unknown command "publish"');
    expect(run.err).toContain('validate');
    expect(run.code).toBe(2);
  });

  it('answers a missing argument with exit code 2', async () => {
    const run = await herald(['sign']);
    expect(run.err).toContain('a required argument is missing');
    expect(run.code).toBe(2);
  });
});
