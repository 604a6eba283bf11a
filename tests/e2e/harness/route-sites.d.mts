import type { BrowserContext } from '@playwright/test';

export declare const fixtureAssetPrefix: string;
export declare function routeFixtureSites(context: BrowserContext): Promise<void>;
