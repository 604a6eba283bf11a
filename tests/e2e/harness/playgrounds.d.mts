import type { Locator, Page } from '@playwright/test';

/** Sites Herald supports: the e2e specs loop over their playgrounds. */
export type SiteId = 'linkedin' | 'x' | 'facebook';
/** Sites with a playground that Herald does not support yet. */
export type NextSiteId = 'threads' | 'bluesky' | 'mastodon';

export interface Playground<Id extends SiteId | NextSiteId = SiteId> {
  id: Id;
  label: string;
  url: string;
  /** The post composer's contenteditable. */
  editor(page: Page): Locator;
  postButton(page: Page): Locator;
  /** Opens the post composer and resolves to its editor. */
  openComposer(page: Page): Promise<Locator>;
}
export declare const linkedin: Playground;
export declare const x: Playground;
export declare const facebook: Playground;
export declare const xModal: {
  editor(page: Page): Locator;
  postButton(page: Page): Locator;
  open(page: Page): Promise<Locator>;
};
export declare const playgrounds: readonly Playground[];
export declare const threads: Playground<NextSiteId>;
export declare const bluesky: Playground<NextSiteId>;
export declare const mastodon: Playground<NextSiteId>;
/** Playgrounds for sites Herald does not support yet; not in `playgrounds`. */
export declare const nextPlaygrounds: readonly Playground<NextSiteId>[];
/** A next site's redesigned page, in the shape resilience.spec.ts takes, with the host and file to route. */
export interface RedesignedPlayground {
  id: NextSiteId;
  label: string;
  url: string;
  host: string;
  file: string;
  openComposer(page: Page): Promise<Locator>;
  postButton(page: Page): Locator;
}
export declare const nextRedesigned: readonly RedesignedPlayground[];
/** Opens the site's composer, clicks into it and types; resolves to the editor. */
export declare function startDraft(page: Page, site: Playground<SiteId | NextSiteId>, text: string): Promise<Locator>;
export declare function modelText(page: Page, which?: string): Promise<string>;
export declare function isPostEnabled(page: Page, which?: string): Promise<boolean>;
export declare function postedTexts(page: Page): Promise<string[]>;
export declare function moveCaret(page: Page, key: string): Promise<void>;
