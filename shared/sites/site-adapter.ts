// The content script's view of a network: its profile. Kept as a name of its own for the composer code.
export type { InsertionMethod } from './network-profile';
export type { Network as SiteAdapter } from './registry';
