/**
 * How Herald puts text into an editor so that the editor's model, not only the DOM, changes.
 * docs/sites.md says which editor library accepts which, and why.
 * - paste: a synthetic ClipboardEvent carrying text/plain (Draft.js, Lexical, ProseMirror).
 * - execCommand: `document.execCommand('insertText')` (Quill, ProseMirror, a textarea).
 * - beforeinput: an InputEvent of type insertText (Lexical).
 * - setRangeText: a textarea's own `setRangeText` plus the `input` event React listens to.
 */
export type InsertionMethod = 'paste' | 'execCommand' | 'beforeinput' | 'setRangeText';

/** Where the link and the hashtags go in a post: the separators put before each. */
export type PostLayout = { beforeUrl: string; beforeTags: string; beforeTagsWithoutUrl: string };

/** A post as a share page takes it: its text and, where the page has parameters for them, link and hashtags. */
export type SharePost = { text: string; url: string | null; hashtags: readonly string[] };

/**
 * How the network's share page (web intent) takes a post.
 * - link: the page takes a link only (LinkedIn, Facebook); the text goes by the clipboard.
 * - post: the page takes the text, and the link and hashtags as their own parameters where `apart` says so.
 *   `host` is the instance for networks that live on many hosts (Mastodon).
 */
export type ShareTarget =
  | { kind: 'link'; page(url: string): string }
  | { kind: 'post'; apart: { url: boolean; hashtags: boolean }; page(post: SharePost, host?: string): string };

/** How long a post is, the way the network counts it. */
export type PostLength = {
  /** The longest post the network takes, in `count`'s units. */
  limit: number;
  count(text: string): number;
  /** How `count` counts, in a few words for docs/sites.md. */
  counting: string;
  /** Networks that shorten every link (X's t.co, Mastodon) count any link as this many, wherever it goes. */
  linkWeight?: number;
};

/** Everything Herald knows of one network, as data plus a few functions. Selectors change: keep them here only. */
export type NetworkProfile<Id extends string = string> = {
  site: Id;
  /** The network's name as people say it. */
  label: string;
  /** Host names the network is served on; a subdomain of one counts too. Empty where the employee names the host. */
  hosts: readonly string[];
  /** Content-script match patterns for the manifest; empty where the script is registered at run time. */
  matches: readonly string[];
  /** Set for networks on any domain (Mastodon): the employee or IT names the instances in Options. */
  instanceHosted?: true;
  length: PostLength;
  /** Longest `variants.<site>` a feed may carry (longer than `length.limit`, so a publisher sees a warning, not a rejection). */
  variantMax: number;
  /** How many characters a feed shows before cutting the post with "see more"; undefined where it shows it all. */
  seeMoreAt?: number;
  /** How many of the post's own lines the feed shows before "see more", where it also cuts by lines. */
  seeMoreLines?: number;
  layout: PostLayout;
  share: ShareTarget;
  /** The editor library the web composer is built on, as docs/sites.md names it. */
  editor: 'Quill' | 'Draft.js' | 'Lexical' | 'ProseMirror' | 'textarea';
  /** The post composer's editable root. */
  composer: string;
  /** An editor inside any of these is not a post composer (comment boxes, hidden copies). */
  ignoreWithin: readonly string[];
  /** The Post button, looked up in the nearest ancestor of the editor that holds one. */
  postButton: string;
  /**
   * The Post button's own text, where nothing else tells it from the other buttons (Threads). Text is
   * translated per language: a last resort, used only where the site gives no attribute.
   */
  postButtonText?: string;
  /** Insertion methods to try, best first; the second is the single retry. */
  insertion: readonly InsertionMethod[];
  /** The box the composer sits in (its dialog, X's timeline column): notes go beside it, never over it. */
  frame: string;
  /** Hosts of open shadow roots that the composer lives in, for observers that cannot see inside. */
  shadowHosts: readonly string[];
  /** The page is in dark mode when this matches `document.documentElement` or `body`. */
  darkTheme: string;
};

/** Keeps a profile's literal types (its id, whether it is instance-hosted), so the registry can derive from them. */
export function defineNetwork<const P extends NetworkProfile>(profile: P): P {
  return profile;
}
