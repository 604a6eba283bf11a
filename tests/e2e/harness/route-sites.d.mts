import type { BrowserContext } from '@playwright/test';

export declare const fixtureAssetPrefix: string;
export declare function routeFixtureSites(context: BrowserContext): Promise<void>;
export type FixtureAnswer = { kind: 'pass' } | { kind: 'abort' } | { kind: 'missing' } | { kind: 'file'; path: string };
export declare function fixtureAnswerFor(requestUrl: string, isDocument: boolean): FixtureAnswer;
