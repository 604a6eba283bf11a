import type { Locator, Page } from '@playwright/test';

export interface Playground {
  id: 'linkedin' | 'x' | 'facebook';
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
/** Opens the site's composer, clicks into it and types; resolves to the editor. */
export declare function startDraft(page: Page, site: Playground, text: string): Promise<Locator>;
export declare function modelText(page: Page, which?: string): Promise<string>;
export declare function isPostEnabled(page: Page, which?: string): Promise<boolean>;
export declare function postedTexts(page: Page): Promise<string[]>;
export declare function moveCaret(page: Page, key: string): Promise<void>;
