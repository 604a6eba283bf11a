import { bluesky } from './bluesky';
import { facebook } from './facebook';
import { linkedin } from './linkedin';
import { mastodon } from './mastodon';
import { threads } from './threads';
import { x } from './x';

/**
 * Every network Herald knows, in the order the popup and options list them: adding a network is its profile
 * and one entry here (docs/adding-a-network.md). Everything else derives from it through ./registry.ts.
 */
export const PROFILES = [linkedin, x, facebook, threads, bluesky, mastodon] as const;
