import type { Site } from '../feed/schema';

/**
 * How Herald puts text into an editor so that the editor's model, not only the DOM, changes.
 * See ../shared/notes/composers.md for which editor accepts which.
 */
export type InsertionMethod = 'paste' | 'execCommand' | 'beforeinput';

/** Everything Herald knows of one site's post composer, as data. Selectors change: keep them here only. */
export type SiteAdapter = {
  site: Site;
  /** The post composer's editable root. */
  composer: string;
  /** An editor inside any of these is not a post composer (comment boxes, hidden copies). */
  ignoreWithin: readonly string[];
  /** The Post button, looked up in the nearest ancestor of the editor that holds one. */
  postButton: string;
  /** Insertion methods to try, best first; the second is the single retry. */
  insertion: readonly InsertionMethod[];
  /** The box the composer sits in (its dialog, X's timeline column): notes go beside it, never over it. */
  frame: string;
  /** Hosts of open shadow roots that the composer lives in, for observers that cannot see inside. */
  shadowHosts: readonly string[];
  /** Longest post the site accepts, in its own way of counting. */
  maxLength: number;
  /** The page is in dark mode when this matches `document.documentElement` or `body`. */
  darkTheme: string;
};
