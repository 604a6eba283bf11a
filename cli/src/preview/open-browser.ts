import { spawn } from 'node:child_process';

/** The system's own "open this URL" command. */
export function openCommand(platform: NodeJS.Platform, url: string): { command: string; args: string[] } {
  if (platform === 'darwin') return { command: 'open', args: [url] };
  // `start`'s first quoted argument is a window title: an empty one, so the URL is not taken for it.
  if (platform === 'win32') return { command: 'cmd', args: ['/c', 'start', '""', url] };
  return { command: 'xdg-open', args: [url] };
}

/** Opens `url` in the default browser; a machine without one (a server, a container) just has the URL printed. */
export function openBrowser(url: string, platform: NodeJS.Platform = process.platform): void {
  const { command, args } = openCommand(platform, url);
  try {
    const child = spawn(command, args, { stdio: 'ignore', detached: true });
    child.on('error', () => {});
    child.unref();
  } catch {
    // Nothing to open with: the URL is printed.
  }
}
