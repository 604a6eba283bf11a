// @vitest-environment happy-dom
// The whole content script on a fake x.com page, with the lifetime it ships with: a composer gets focus,
// Herald's UI, watchers, guard and message handler run; then the extension updates, and the orphaned copy finds
// `runtime.id` gone. Afterwards nothing of Herald runs: no UI, no timer, no listener, no storage watch, no
// message handler. What the page itself sends (a forged WXT event, synthetic clicks and keys) changes nothing.
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import demoFeed from '../../../shared/feed/demo-feed.json';
import { parseFeed } from '../../../shared/feed/parse-feed';
import { DEMO_FEED_URL } from '../../../shared/sync/feed-state';
import { createExtensionLifetime } from '../../../utils/content/extension-lifetime';
import type { Lifetime } from '../../../utils/content/lifetime';
import { startComposerAssistant } from '../../../utils/content/start-composer-assistant';
import { sendMessage } from '../../../utils/messages';
import { feedStatesItem } from '../../../utils/storage';
import {
  FakeResizeObserver,
  fakeTimers,
  hasListeners,
  recordListeners,
  SCRIPT_STARTED,
  whileOrphaned,
} from './page-probe';

const UI = 'herald-composer-ui';

let lifetime: Lifetime;
let editor: HTMLElement;
let text: Text;
let postButton: HTMLElement;
let siteRoot: ShadowRoot;
let listeners: ReturnType<typeof recordListeners>;

/** X's composer in a dialog, inside an open shadow root so the policy check's shadow scroll listener runs. */
function buildPage() {
  const host = document.createElement('div');
  document.body.replaceChildren(host);
  siteRoot = host.attachShadow({ mode: 'open' });
  siteRoot.innerHTML = `
    <div role="dialog">
      <div class="public-DraftEditor-content" role="textbox" data-testid="tweetTextarea_0" contenteditable="true">
        <div data-contents="true"><div data-block="true"><div><span data-text="true">Hello</span></div></div></div>
      </div>
      <button data-testid="tweetButton">Post</button>
    </div>`;
  editor = siteRoot.querySelector<HTMLElement>('[role="textbox"]') as HTMLElement;
  text = editor.querySelector('span')?.firstChild as Text;
  postButton = siteRoot.querySelector<HTMLElement>('button') as HTMLElement;
}

/** The employee's own input: the browser marks it trusted (happy-dom has no `isTrusted` at all). */
function fromUser<E extends Event>(event: E): E {
  Object.defineProperty(event, 'isTrusted', { value: true });
  return event;
}

/** Made by a page script: `dispatchEvent` and `click()` from the site are never trusted. */
function fromPage<E extends Event>(event: E): E {
  Object.defineProperty(event, 'isTrusted', { value: false });
  return event;
}

/** Dispatches like the browser would, from inside the site's shadow root; true if Herald stopped it. */
function dispatch(target: EventTarget, event: Event): boolean {
  target.dispatchEvent('isTrusted' in event ? event : fromUser(event));
  return event.defaultPrevented;
}
const init = { bubbles: true, composed: true, cancelable: true };
const focusComposer = () => dispatch(editor, new FocusEvent('focusin', init));
const pressShortcut = () =>
  dispatch(editor, new KeyboardEvent('keydown', { ...init, altKey: true, shiftKey: true, code: 'KeyH', key: 'H' }));
const clickPost = () => dispatch(postButton, new MouseEvent('click', init));
const pressCtrlEnter = () => dispatch(editor, new KeyboardEvent('keydown', { ...init, ctrlKey: true, key: 'Enter' }));

const uiRoot = () => document.querySelector(UI)?.shadowRoot ?? null;
const ui = (selector: string) => uiRoot()?.querySelector<HTMLElement>(selector) ?? null;

/** Whether the extension is there, as the lifetime asks it; false is an extension reload or update. */
let extensionAlive = true;
// WXT's fake runtime loses its id too while `whileOrphaned` runs, as Chromium's does in an orphaned script.
const newLifetime = () => createExtensionLifetime(() => extensionAlive && fakeBrowser.runtime.id != null);

/** Ends the script's lifetime the way a reload does, and lets it notice. */
async function orphan() {
  extensionAlive = false;
  await vi.advanceTimersByTimeAsync(1000);
}

/** Stops beforeEach's script, then a fresh page and a new content script that has done nothing yet. */
async function freshPage() {
  await orphan();
  buildPage();
  extensionAlive = true;
  lifetime = newLifetime();
  await startComposerAssistant(lifetime);
}

/**
 * What the page can send to end WXT's context: WXT's "a newer copy started" document event, named after the
 * extension's id (public for a store extension), and a newer copy of WXT's context announcing itself.
 */
const forgeScriptStarted = () => {
  document.dispatchEvent(
    new CustomEvent(SCRIPT_STARTED, {
      detail: { contentScriptName: 'content', messageId: 'forged' },
    }),
  );
  new ContentScriptContext('content').abort();
};

/** Everything that made Herald act before: typing, scrolling, resizing, focus, shortcuts, posting, syncs. */
async function exerciseThePage() {
  text.data = 'Hello Project Falcon, again';
  window.dispatchEvent(new Event('scroll'));
  window.dispatchEvent(new Event('resize'));
  siteRoot.dispatchEvent(new Event('scroll'));
  FakeResizeObserver.resizeAll();
  editor.dispatchEvent(new FocusEvent('focusout', init));
  const prevented = [focusComposer(), pressShortcut(), clickPost(), pressCtrlEnter()];
  await feedStatesItem.setValue({});
  await vi.advanceTimersByTimeAsync(2000);
  return prevented;
}

/** Nothing of the old script is left, and using the page brings none of it back. */
async function expectNothingRuns() {
  expect(lifetime.isValid).toBe(false);
  expect(document.querySelector(UI)).toBeNull();
  expect(vi.getTimerCount()).toBe(0);
  expect(FakeResizeObserver.observing.size).toBe(0);
  expect(listeners.live()).toEqual([]);
  expect(hasListeners(fakeBrowser.runtime.onMessage)).toBe(false);
  expect(hasListeners(fakeBrowser.storage.local.onChanged)).toBe(false);

  expect(await exerciseThePage()).toEqual([false, false, false, false]);
  await expect(sendMessage('insertIntoComposer', 'no-such-item')).rejects.toThrow('No listeners');
  expect(document.querySelector(UI)).toBeNull();
  expect(vi.getTimerCount()).toBe(0);
}

beforeEach(async () => {
  fakeBrowser.reset();
  vi.spyOn(console, 'debug').mockImplementation(() => {});
  const parsed = parseFeed(demoFeed);
  if (!parsed.ok) throw new Error('the demo feed no longer parses');
  await feedStatesItem.setValue({
    [DEMO_FEED_URL]: { url: DEMO_FEED_URL, origin: 'demo', feed: parsed.feed, failures: 0, skipped: [] },
  });
  (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL('https://x.com/home');
  buildPage();
  fakeTimers();
  listeners = recordListeners();
  extensionAlive = true;
  lifetime = newLifetime();
  await startComposerAssistant(lifetime);

  // Herald at work: UI mounted on focus, the first check done, a blocked term typed and checked.
  focusComposer();
  await vi.advanceTimersByTimeAsync(400);
  text.data = 'Hello Project Falcon';
  await vi.advanceTimersByTimeAsync(600);
});

afterEach(async () => {
  await orphan();
  vi.useRealTimers();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

it('works on the page while its context is valid', async () => {
  const ui = uiRoot();
  expect(ui?.querySelector('.launcher')?.hasAttribute('hidden')).toBe(false);
  expect(ui?.querySelector('.notes')?.textContent).toContain('Project Falcon');
  expect(await sendMessage('insertIntoComposer', 'no-such-item')).toEqual({
    ok: false,
    message: 'This item is no longer in the library.',
  });
  expect(hasListeners(fakeBrowser.storage.local.onChanged)).toBe(true);
  expect(listeners.live().length).toBeGreaterThan(0);
  expect(vi.getTimerCount()).toBeGreaterThan(0);
  expect(pressShortcut()).toBe(true);
  expect(ui?.querySelector('.panel')?.hasAttribute('hidden')).toBe(false);
  expect(clickPost()).toBe(true);
  expect(ui?.querySelector('.guard')).not.toBeNull();
});

it.each([
  ['the orphaned script finds the extension gone on its heartbeat', () => orphan()],
  ['a session heartbeat asks while the extension is gone', () => whileOrphaned(() => vi.advanceTimersByTimeAsync(400))],
])('stops entirely and leaves the page when %s', async (_how, invalidate) => {
  await invalidate();
  await expectNothingRuns();
});

it('survives a page forging the event that ends WXT content scripts: UI, notes and guard stay', async () => {
  forgeScriptStarted();
  await vi.advanceTimersByTimeAsync(2000);
  expect(lifetime.isValid).toBe(true);
  expect(ui('.notes')?.textContent).toContain('Project Falcon');
  expect(clickPost()).toBe(true);
  expect(ui('.guard')).not.toBeNull();
});

it('ignores what page scripts click and press: launcher, shortcut, Insert, close, Escape, fix, Post anyway', async () => {
  const panelOpen = () => ui('.panel')?.hasAttribute('hidden') === false;
  ui('.launcher')?.dispatchEvent(fromPage(new MouseEvent('click', init)));
  expect(panelOpen()).toBe(false);
  expect(
    dispatch(editor, fromPage(new KeyboardEvent('keydown', { ...init, altKey: true, shiftKey: true, code: 'KeyH' }))),
  ).toBe(false);
  expect(panelOpen()).toBe(false);

  ui('.launcher')?.dispatchEvent(fromUser(new MouseEvent('click', init)));
  expect(panelOpen()).toBe(true);
  await vi.advanceTimersByTimeAsync(600);
  const before = text.data;
  ui('.panel .insert')?.dispatchEvent(fromPage(new MouseEvent('click', init)));
  ui('.panel .close')?.dispatchEvent(fromPage(new MouseEvent('click', init)));
  ui('.panel')?.dispatchEvent(fromPage(new KeyboardEvent('keydown', { ...init, key: 'Escape' })));
  await vi.advanceTimersByTimeAsync(600);
  expect(panelOpen()).toBe(true);
  expect(text.data).toBe(before);

  expect(ui('.note-fix')).not.toBeNull();
  ui('.note-fix')?.dispatchEvent(fromPage(new MouseEvent('click', init)));
  await vi.advanceTimersByTimeAsync(600);
  expect(text.data).toBe(before);

  const posted = vi.fn();
  postButton.addEventListener('click', posted);
  expect(clickPost()).toBe(true);
  ui('.guard-post')?.dispatchEvent(fromPage(new MouseEvent('click', init)));
  ui('.guard')?.dispatchEvent(fromPage(new KeyboardEvent('keydown', { ...init, key: 'Escape' })));
  await vi.advanceTimersByTimeAsync(100);
  expect(ui('.guard')).not.toBeNull();
  expect(posted).not.toHaveBeenCalled();
  // The employee's own click is what lets the post through.
  ui('.guard-post')?.dispatchEvent(fromUser(new MouseEvent('click', init)));
  await vi.advanceTimersByTimeAsync(100);
  expect(ui('.guard')).toBeNull();
  expect(posted).toHaveBeenCalledTimes(1);
});

it('cancels what a session had only just scheduled (its first check, its frame, its heartbeat)', async () => {
  await freshPage();
  focusComposer();
  expect(vi.getTimerCount()).toBeGreaterThan(1);
  await orphan();
  await expectNothingRuns();
});

it('starts nothing when the extension goes while it loads', async () => {
  await orphan();
  buildPage();
  extensionAlive = true;
  lifetime = newLifetime();
  const starting = startComposerAssistant(lifetime);
  extensionAlive = false;
  await starting;
  await vi.advanceTimersByTimeAsync(1000);
  await expectNothingRuns();
});

it("registers nothing in the page's CSS.highlights: underlines are Herald's own, inside its shadow root", async () => {
  const highlights = new Map<string, unknown>();
  vi.stubGlobal('CSS', { highlights });
  vi.stubGlobal('Highlight', class {});
  await freshPage();
  focusComposer();
  text.data = 'Hello Project Falcon';
  await vi.advanceTimersByTimeAsync(1000);
  expect(highlights.size).toBe(0);
  // The check ran (happy-dom lays nothing out, so the boxes themselves are for the e2e tests).
  expect(ui('.notes')?.textContent).toContain('Project Falcon');
});

it('does not start a session in an orphaned script: the first focus finds the extension gone', async () => {
  await freshPage();
  await whileOrphaned(focusComposer);
  await expectNothingRuns();
});
