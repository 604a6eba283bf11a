import type { BrowserContext, Worker } from '@playwright/test';

export interface LaunchOptions {
  /** Show the browser window; needs a display. */
  headed?: boolean;
  viewport?: { width: number; height: number };
  /** Another unpacked build to load (the e2e build); the default one is built when missing. */
  extensionDir?: string;
}
export declare function chromiumExecutable(): string | undefined;
export declare function launchHerald(
  options?: LaunchOptions,
): Promise<{ context: BrowserContext; extensionId: string }>;
export declare function extensionIdOf(context: BrowserContext): Promise<string>;
/** Herald's service worker, waiting for it to start if needed. */
export declare function heraldWorker(context: BrowserContext): Promise<Worker>;
/** The Mastodon playground's server, named as the employee's for every test. */
export declare const MASTODON_SERVER: string;
/** Names the playground's server as the employee's and waits until the background registered the script there. */
export declare function nameMastodonServer(context: BrowserContext): Promise<void>;
