// @vitest-environment happy-dom
// The whole content script on a fake x.com page, against WXT's real ContentScriptContext: a composer gets
// focus, Herald's UI, watchers, guard and message handler run; then the extension updates. Both ways WXT
// learns that: a newer copy of the script starts on the page, or the orphaned copy finds `runtime.id` gone.
// Afterwards nothing of Herald runs: no UI, no timer, no listener, no storage watch, no message handler.
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import demoFeed from '../../../shared/feed/demo-feed.json';
import { parseFeed } from '../../../shared/feed/parse-feed';
import { DEMO_FEED_URL } from '../../../shared/sync/feed-state';
import { startComposerAssistant } from '../../../utils/content/start-composer-assistant';
import { sendMessage } from '../../../utils/messages';
import { feedStatesItem } from '../../../utils/storage';
import { FakeResizeObserver, fakeTimers, hasListeners, recordListeners, whileOrphaned } from './page-probe';

const UI = 'herald-composer-ui';

let ctx: ContentScriptContext;
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

/** Dispatches like the browser would, from inside the site's shadow root; true if Herald stopped it. */
function dispatch(target: EventTarget, event: Event): boolean {
  target.dispatchEvent(event);
  return event.defaultPrevented;
}
const init = { bubbles: true, composed: true, cancelable: true };
const focusComposer = () => dispatch(editor, new FocusEvent('focusin', init));
const pressShortcut = () =>
  dispatch(editor, new KeyboardEvent('keydown', { ...init, altKey: true, shiftKey: true, code: 'KeyH', key: 'H' }));
const clickPost = () => dispatch(postButton, new MouseEvent('click', init));
const pressCtrlEnter = () => dispatch(editor, new KeyboardEvent('keydown', { ...init, ctrlKey: true, key: 'Enter' }));

const uiRoot = () => document.querySelector(UI)?.shadowRoot ?? null;

/** Stops beforeEach's script, then a fresh page and a new content script that has done nothing yet. */
async function freshPage() {
  ctx.abort();
  buildPage();
  ctx = new ContentScriptContext('content');
  await startComposerAssistant(ctx);
}

/** What WXT sees when the extension reloads and its new copy of the content script starts on the page. */
const newerScriptStarts = () => {
  // The newer copy's own listener is not under test: only the old copy's are.
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
  expect(ctx.isValid).toBe(false);
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
  ctx = new ContentScriptContext('content');
  await startComposerAssistant(ctx);

  // Herald at work: UI mounted on focus, the first check done, a blocked term typed and checked.
  focusComposer();
  await vi.advanceTimersByTimeAsync(400);
  text.data = 'Hello Project Falcon';
  await vi.advanceTimersByTimeAsync(600);
});

afterEach(() => {
  ctx.abort();
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
  ['a newer copy of the content script starts on the page', newerScriptStarts],
  [
    'the orphaned script finds the extension gone on its heartbeat',
    () => whileOrphaned(() => vi.advanceTimersByTimeAsync(400)),
  ],
])('stops entirely and leaves the page when %s', async (_how, invalidate) => {
  await invalidate();
  await expectNothingRuns();
});

it('cancels what a session had only just scheduled (its first check, its frame, its heartbeat)', async () => {
  await freshPage();
  focusComposer();
  expect(vi.getTimerCount()).toBeGreaterThan(1);
  newerScriptStarts();
  await expectNothingRuns();
});

it('starts nothing when the context goes while it loads', async () => {
  ctx.abort();
  buildPage();
  ctx = new ContentScriptContext('content');
  const starting = startComposerAssistant(ctx);
  newerScriptStarts();
  await starting;
  await expectNothingRuns();
});

it('takes its underlines off the page: the Highlight API paints them on the text of the site itself', async () => {
  const highlights = new Map<string, unknown>();
  vi.stubGlobal('CSS', { highlights });
  vi.stubGlobal('Highlight', class {});
  await freshPage();
  focusComposer();
  text.data = 'Hello Project Falcon';
  await vi.advanceTimersByTimeAsync(1000);
  expect([...highlights.keys()]).toContain('herald-block');
  newerScriptStarts();
  expect(highlights.size).toBe(0);
});

it('does not start a session in an orphaned script: the first focus finds the extension gone', async () => {
  await freshPage();
  await whileOrphaned(focusComposer);
  await expectNothingRuns();
});
