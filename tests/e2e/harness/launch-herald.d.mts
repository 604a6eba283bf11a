import type { BrowserContext, Worker } from '@playwright/test';

export interface LaunchOptions {
  /** Show the browser window; needs a display. */
  headed?: boolean;
  viewport?: { width: number; height: number };
  /** Another unpacked build to load (the e2e build); the default one is built when missing. */
  extensionDir?: string;
  /** The install id to set (default TEST_INSTALL_ID); null keeps the random one Herald made at install. */
  installId?: string | null;
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
/** Sets this browser's install id in Herald's storage, as if Herald had made that one at install. */
export declare function setInstallId(context: BrowserContext, installId: string): Promise<void>;
