// @vitest-environment happy-dom
// The whole content script on a fake x.com page, with a fake background answering `countUse`: what the
// employee is shown, inserts and posts is reported, once each, and nothing waits for the answer.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import demoFeed from '../../../shared/feed/demo-feed.json';
import { parseFeed } from '../../../shared/feed/parse-feed';
import type { Use } from '../../../shared/metrics/use';
import { DEMO_FEED_URL } from '../../../shared/sync/feed-state';
import { createExtensionLifetime } from '../../../utils/content/extension-lifetime';
import type { Lifetime } from '../../../utils/content/lifetime';
import { startComposerAssistant } from '../../../utils/content/start-composer-assistant';
import { onMessage, sendMessage } from '../../../utils/messages';
import { feedStatesItem } from '../../../utils/storage';
import { fakeTimers } from './page-probe';

let lifetime: Lifetime;
let alive: boolean;
let editor: HTMLElement;
let text: Text;
let postButton: HTMLElement;
let posts: number;
let uses: Use[];
let stopCounting: () => void;

function buildPage() {
  document.body.innerHTML = `
    <div role="dialog">
      <div class="public-DraftEditor-content" role="textbox" data-testid="tweetTextarea_0" contenteditable="true">
        <div data-contents="true"><div data-block="true"><div><span data-text="true">Hello</span></div></div></div>
      </div>
      <button data-testid="tweetButton">Post</button>
    </div>`;
  editor = document.querySelector<HTMLElement>('[role="textbox"]') as HTMLElement;
  text = editor.querySelector('span')?.firstChild as Text;
  postButton = document.querySelector<HTMLElement>('button') as HTMLElement;
  // X's editor takes a paste into its own model: here, onto the end of the draft.
  editor.addEventListener('paste', (event) => {
    text.data += (event as ClipboardEvent).clipboardData?.getData('text/plain') ?? '';
  });
  posts = 0;
  postButton.addEventListener('click', () => posts++);
}

function fromUser<E extends Event>(event: E): E {
  Object.defineProperty(event, 'isTrusted', { value: true });
  return event;
}
const init = { bubbles: true, composed: true, cancelable: true };
const focusComposer = () => editor.dispatchEvent(fromUser(new FocusEvent('focusin', init)));
const toggleLauncher = () => ui('.launcher')?.dispatchEvent(fromUser(new MouseEvent('click', init)));
const clickPost = () => postButton.dispatchEvent(fromUser(new MouseEvent('click', init)));
const pressCtrlEnter = () =>
  editor.dispatchEvent(fromUser(new KeyboardEvent('keydown', { ...init, ctrlKey: true, key: 'Enter' })));
const ui = (selector: string) =>
  document.querySelector('herald-composer-ui')?.shadowRoot?.querySelector<HTMLElement>(selector) ?? null;
const shownKeys = () =>
  [
    ...(document.querySelector('herald-composer-ui')?.shadowRoot?.querySelectorAll<HTMLElement>('[data-key]') ?? []),
  ].map((li) => li.dataset.key ?? '');
const kinds = (kind: Use['kind']) => uses.filter((use) => use.kind === kind);
const settle = () => vi.advanceTimersByTimeAsync(1000);

/** Inserts the item as the popup's Insert does, and returns the text it put in the draft. */
async function insert(key: string): Promise<string> {
  const before = text.data;
  const result = sendMessage('insertIntoComposer', key);
  await settle();
  expect(await result).toEqual({ ok: true });
  return text.data.slice(before.length).trim();
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
  uses = [];
  stopCounting = onMessage('countUse', ({ data }) => {
    uses.push(data);
  });
  alive = true;
  lifetime = createExtensionLifetime(() => alive && fakeBrowser.runtime.id != null);
  await startComposerAssistant(lifetime);
  focusComposer();
  await settle();
});

afterEach(async () => {
  stopCounting();
  alive = false;
  await vi.advanceTimersByTimeAsync(1000);
  vi.useRealTimers();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('suggested', () => {
  it('counts each item the panel shows once per opening, not again as typing re-ranks it', async () => {
    expect(uses).toEqual([]);
    toggleLauncher();
    await settle();
    const shown = shownKeys();
    expect(shown.length).toBeGreaterThan(0);
    expect(kinds('suggested').map((use) => use.itemKey)).toEqual(shown);
    expect(kinds('suggested').every((use) => use.site === 'x' && use.phrasing >= 1)).toBe(true);

    text.data = 'Hello, we are hiring robotics engineers';
    await settle();
    text.data = 'Hello, we are hiring robotics engineers for the warehouse';
    await settle();
    const keys = kinds('suggested').map((use) => use.itemKey);
    expect(new Set(keys).size).toBe(keys.length);

    toggleLauncher();
    toggleLauncher();
    await settle();
    expect(kinds('suggested')).toHaveLength(keys.length + shownKeys().length);
  });
});

describe('inserted and posted', () => {
  const KEY = `${DEMO_FEED_URL}#tp-culture-learning`;

  it('counts the insert, and the Post press verbatim once when the draft is the inserted text', async () => {
    const inserted = await insert(KEY);
    expect(kinds('inserted')).toEqual([{ kind: 'inserted', itemKey: KEY, phrasing: 1, site: 'x' }]);
    text.data = `  ${inserted} `;
    clickPost();
    await settle();
    expect(posts).toBe(1);
    expect(kinds('posted-verbatim')).toEqual([{ kind: 'posted-verbatim', itemKey: KEY, phrasing: 1, site: 'x' }]);
    // Posted: the next post from this composer is the employee's own.
    pressCtrlEnter();
    await settle();
    expect(kinds('posted-verbatim')).toHaveLength(1);
    expect(kinds('posted-edited')).toHaveLength(0);
  });

  it('counts the shortcut post edited when the employee wrote around the inserted text', async () => {
    await insert(KEY);
    text.data = `${text.data} and I love it here`;
    pressCtrlEnter();
    await settle();
    expect(kinds('posted-edited')).toEqual([{ kind: 'posted-edited', itemKey: KEY, phrasing: 1, site: 'x' }]);
  });

  it('counts a post the guard stopped only after Post anyway, never after Edit', async () => {
    await insert(KEY);
    text.data = `${text.data} Project Falcon`;
    await settle();
    clickPost();
    await settle();
    expect(posts).toBe(0);
    ui('.guard-edit')?.dispatchEvent(fromUser(new MouseEvent('click', init)));
    await settle();
    expect(kinds('posted-edited')).toEqual([]);
    clickPost();
    await settle();
    ui('.guard-post')?.dispatchEvent(fromUser(new MouseEvent('click', init)));
    await settle();
    expect(posts).toBe(1);
    expect(kinds('posted-edited')).toEqual([{ kind: 'posted-edited', itemKey: KEY, phrasing: 1, site: 'x' }]);
  });

  it('inserts and posts without waiting when no background answers countUse', async () => {
    stopCounting();
    await insert(KEY);
    clickPost();
    expect(posts).toBe(1);
    await settle();
    expect(uses).toEqual([]);
  });
});
