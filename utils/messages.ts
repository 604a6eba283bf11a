import { defineExtensionMessaging } from '@webext-core/messaging';
import type { Site } from '../shared/feed/schema';

// Every message between Herald's contexts, declared once. The background answers all of them but
// `insertIntoComposer`, which the content script of the target tab answers.

export type SyncReport = { errors: { url: string; message: string }[]; finishedAt: number };

export type AddFeedResult = { ok: true; report: SyncReport } | { ok: false; message: string };

export type InsertResult = { ok: true } | { ok: false; message: string };

type ProtocolMap = {
  syncNow(): SyncReport;
  addFeed(url: string): AddFeedResult;
  removeFeed(url: string): void;
  markItemsSeen(keys: string[]): void;
  recordShare(share: { key: string; site: Site | 'copy' }): void;
  insertIntoComposer(text: string): InsertResult;
};

export const { sendMessage, onMessage } = defineExtensionMessaging<ProtocolMap>();
