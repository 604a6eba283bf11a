import type { BrowserContext } from '@playwright/test';

export interface LaunchOptions {
  /** Show the browser window; needs a display. */
  headed?: boolean;
  viewport?: { width: number; height: number };
}
export declare function chromiumExecutable(): string | undefined;
export declare function launchHerald(
  options?: LaunchOptions,
): Promise<{ context: BrowserContext; extensionId: string }>;
export declare function extensionIdOf(context: BrowserContext): Promise<string>;
