import { describe, expect, it } from 'vitest';
import { openCommand } from '../../../cli/src/preview/open-browser';
import { herald } from './cli-harness';

describe('herald-feed preview', () => {
  it('has its help, with the port and --no-open', async () => {
    const { code, out } = await herald(['preview', '--help']);
    expect(code).toBe(0);
    expect(out).toContain('Usage: herald-feed preview <folder> [--port 8788] [--no-open]');
  });

  it('is listed among the commands', async () => {
    expect((await herald(['--help'])).out).toMatch(/^ {2}preview +a page on http:\/\/127\.0\.0\.1/m);
  });

  it('says so, in one line, when the folder is not there', async () => {
    const { code, err } = await herald(['preview', 'no/such/folder', '--no-open']);
    expect(code).toBe(1);
    expect(err).toBe('error: no/such/folder: not a folder');
  });

  it('refuses a port that is not one', async () => {
    const { code, err } = await herald(['preview', 'examples/feed', '--port', 'eighty', '--no-open']);
    expect(code).toBe(1);
    expect(err).toContain('--port eighty: not a port');
  });

  it('is a usage mistake to give an unknown flag', async () => {
    expect((await herald(['preview', 'examples/feed', '--open-now'])).code).toBe(2);
  });
});

describe('openCommand', () => {
  it('opens with the system’s own command', () => {
    const url = 'http://127.0.0.1:8788/';
    expect(openCommand('linux', url)).toEqual({ command: 'xdg-open', args: [url] });
    expect(openCommand('darwin', url)).toEqual({ command: 'open', args: [url] });
    expect(openCommand('win32', url)).toEqual({ command: 'cmd', args: ['/c', 'start', '""', url] });
  });
});
