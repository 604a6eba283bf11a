import { defineExtensionMessaging } from '@webext-core/messaging';
import type { Site } from '../shared/feed/schema';
import type { Use } from '../shared/metrics/use';

// Every message between Herald's contexts, declared once. The background answers all of them but
// `insertIntoComposer`, which the content script of the target tab answers.

export type SyncReport = { errors: { url: string; message: string }[]; finishedAt: number };

export type AddFeedResult = { ok: true; report: SyncReport } | { ok: false; message: string };

/** `no-composer`: this tab has no post composer open, so the popup may try another tab. */
export type InsertResult = { ok: true } | { ok: false; message: string; noComposer?: boolean };

type ProtocolMap = {
  syncNow(): SyncReport;
  addFeed(url: string): AddFeedResult;
  removeFeed(url: string): void;
  markItemsSeen(keys: string[]): void;
  recordShare(share: { key: string; site: Site | 'copy' }): void;
  /** A use of an approved item, counted only when IT turned metrics on (docs/metrics.md). */
  countUse(use: Use): void;
  /** The content script composes the item for its own site and inserts it. */
  insertIntoComposer(itemKey: string): InsertResult;
};

export const { sendMessage, onMessage } = defineExtensionMessaging<ProtocolMap>();
