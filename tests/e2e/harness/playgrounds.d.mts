import type { Locator, Page } from '@playwright/test';

import type { Site } from '../../../shared/sites/registry';

/** The networks: the e2e specs loop over their playgrounds. */
export type SiteId = Site;
/** The networks whose redesigned pages sit in `nextRedesigned`. */
export type NextSiteId = 'threads' | 'bluesky' | 'mastodon';

export interface Playground<Id extends SiteId = SiteId> {
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
export declare const threads: Playground;
export declare const bluesky: Playground;
export declare const mastodon: Playground;
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
export declare function startDraft(page: Page, site: Playground, text: string): Promise<Locator>;
export declare function modelText(page: Page, which?: string): Promise<string>;
export declare function isPostEnabled(page: Page, which?: string): Promise<boolean>;
export declare function postedTexts(page: Page): Promise<string[]>;
export declare function moveCaret(page: Page, key: string): Promise<void>;
/** A composer as plain CSS selectors, for drivers without Playwright's locators (tests/e2e-firefox). */
export interface ComposerParts {
  url: string;
  /** The element whose open shadow root holds the editor and the Post button, if any. */
  shadowHost: string | undefined;
  editor: string;
  postButton: string;
  /** What to click to open the composer, when it starts closed; `text` narrows `selector` to the one saying it. */
  opener: { selector: string; text?: string } | undefined;
}
export declare const composerParts: Readonly<Record<SiteId, ComposerParts>>;
