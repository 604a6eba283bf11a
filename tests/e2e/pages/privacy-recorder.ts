// What could carry an employee's words out of the page, recorded for the privacy e2e: every request of the
// browser (pages and service workers), every fetch Herald's service worker makes (its URL, method and raw
// body, as the worker hands it over), every message the worker receives, and every storage write in any area. The checker then looks for each secret (the draft, the "About you" profile, the install id)
// everywhere except the few storage keys where that secret belongs.
import type { BrowserContext, Request } from '@playwright/test';
import { heraldWorker } from '../harness/launch-herald.mjs';

// Only what the recorder calls, evaluated in the service worker (no @types/chrome in this project).
type Event<Listener> = { addListener(listener: Listener): void; removeListener(listener: Listener): void };
type OnMessage = (message: unknown, sender: { url?: string }) => undefined;
type OnChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => void;
declare const chrome: {
  runtime: { onMessage: Event<OnMessage> };
  storage: { onChanged: Event<OnChanged> };
};

export type RecordedRequest = { url: string; method: string; body: string; headers: string; fromWorker: boolean };
/** A storage write: `area:key` (`local:profile`) and the new value as JSON. */
export type StorageWrite = { key: string; value: string };
/** A fetch the service worker made: its body as the bytes sent, read as UTF-8. */
export type WorkerFetch = { url: string; method: string; headers: string; body: string };
export type WorkerRecord = { messages: string[]; writes: StorageWrite[]; fetches: WorkerFetch[] };

/** Every request of the context, from its pages and from service workers, with the body of each. */
export function recordRequests(context: BrowserContext): RecordedRequest[] {
  const recorded: RecordedRequest[] = [];
  context.on('request', (request: Request) => {
    recorded.push({
      url: request.url(),
      method: request.method(),
      body: request.postDataBuffer()?.toString('latin1') ?? '',
      headers: JSON.stringify(request.headers()),
      fromWorker: request.serviceWorker() !== null,
    });
  });
  return recorded;
}

const RECORDER = '__heraldPrivacyRecorder';

type Installed = { record: WorkerRecord; onMessage: OnMessage; onChanged: OnChanged; fetch: typeof fetch };

export type WorkerRecorder = {
  /** What the worker received and what was written so far. */
  read(): Promise<WorkerRecord>;
  /** Removes the listeners: the worker outlives the test (docs/testing.md), its globals must not. */
  stop(): Promise<void>;
};

/**
 * Listens in Herald's service worker for every message it receives (from content scripts, the popup, Options)
 * and every storage change (local, session, sync, managed), from whichever context wrote it, and wraps the
 * worker's `fetch` to keep each request it makes. `read` fails when the worker restarted since, as a recorder
 * that lost its records would make the checks pass vacuously.
 *
 * Playwright sees the worker's requests too (`recordRequests`), but reports a request only once the network
 * stack has it: one refused before it (a dead endpoint, a host the test cuts off) can go unseen there.
 */
export async function recordWorker(context: BrowserContext): Promise<WorkerRecorder> {
  const worker = await heraldWorker(context);
  await worker.evaluate((name) => {
    const scope = globalThis as unknown as Record<string, Installed>;
    const record: WorkerRecord = { messages: [], writes: [], fetches: [] };
    const original = globalThis.fetch;
    const installed: Installed = {
      record,
      fetch: original,
      onMessage(message, sender) {
        record.messages.push(JSON.stringify({ message, from: sender.url }));
        // No answer: Herald's own listener answers.
        return undefined;
      },
      onChanged(changes, area) {
        for (const [key, change] of Object.entries(changes)) {
          record.writes.push({ key: `${area}:${key}`, value: JSON.stringify(change.newValue) ?? 'undefined' });
        }
      },
    };
    scope[name] = installed;
    globalThis.fetch = async (input, init) => {
      // A copy, so reading its body leaves the caller's request as it was.
      const request = new Request(input, init);
      const body = request.body ? new TextDecoder().decode(await request.clone().arrayBuffer()) : '';
      record.fetches.push({
        url: request.url,
        method: request.method,
        headers: JSON.stringify(Object.fromEntries(request.headers)),
        body,
      });
      return original.call(globalThis, input, init);
    };
    chrome.runtime.onMessage.addListener(installed.onMessage);
    chrome.storage.onChanged.addListener(installed.onChanged);
  }, RECORDER);
  return {
    async read() {
      const record = await worker.evaluate(
        (name) => (globalThis as unknown as Record<string, Installed | undefined>)[name]?.record,
        RECORDER,
      );
      if (!record) throw new Error("The service worker restarted: its recorder's messages and writes are lost");
      return record;
    },
    async stop() {
      await worker.evaluate((name) => {
        const scope = globalThis as unknown as Record<string, Installed | undefined>;
        const installed = scope[name];
        if (!installed) return;
        chrome.runtime.onMessage.removeListener(installed.onMessage);
        chrome.storage.onChanged.removeListener(installed.onChanged);
        globalThis.fetch = installed.fetch;
        delete scope[name];
      }, RECORDER);
    },
  };
}

/** The value as it could travel: as typed, URL-encoded, lower-cased, or base64-encoded. */
export function carries(haystack: string, value: string): boolean {
  const forms = [value, encodeURIComponent(value), Buffer.from(value).toString('base64')];
  const lower = haystack.toLowerCase();
  let decoded = haystack;
  try {
    decoded = decodeURIComponent(haystack);
  } catch {}
  return forms.some((form) => lower.includes(form.toLowerCase())) || decoded.includes(value);
}

/**
 * Something that must not leave the page, and the places it belongs: storage keys (`local:profile`), and
 * `share-page` for the network's share page the employee opened from the popup (its text is what they share).
 */
export type Secret = { name: string; value: string; allowedIn: readonly string[] };

export type Evidence = {
  requests: readonly RecordedRequest[];
  /** Requests that are a share page the employee opened on purpose. */
  isSharePage?: (request: RecordedRequest) => boolean;
  worker: WorkerRecord;
};

/** Each place a secret appears where it does not belong, one line each (empty when nothing leaked). */
export function leaksOf(secrets: readonly Secret[], evidence: Evidence): string[] {
  const found: string[] = [];
  for (const secret of secrets) {
    for (const request of evidence.requests) {
      if (!carries(`${request.url}\n${request.headers}\n${request.body}`, secret.value)) continue;
      if (secret.allowedIn.includes('share-page') && evidence.isSharePage?.(request)) continue;
      found.push(`${secret.name} in a request: ${request.method} ${request.url}`);
    }
    for (const request of evidence.worker.fetches) {
      if (carries(`${request.url}\n${request.headers}\n${request.body}`, secret.value)) {
        found.push(`${secret.name} in a fetch of the worker: ${request.method} ${request.url}`);
      }
    }
    evidence.worker.messages.forEach((message, index) => {
      if (carries(message, secret.value)) found.push(`${secret.name} in message #${index} to the worker: ${message}`);
    });
    for (const write of evidence.worker.writes) {
      if (carries(write.value, secret.value) && !secret.allowedIn.includes(write.key)) {
        found.push(`${secret.name} in a storage write to ${write.key}`);
      }
    }
  }
  return found;
}
