// @vitest-environment happy-dom
// Mastodon's composer is a React-controlled textarea: Herald types into it through the textarea's own edit
// and the `input` event React's onChange listens to, at the caret, and rewrites only what a fix changes.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { mastodon } from '../../../shared/sites/mastodon';
import { insertIntoEditor, rewriteDraft, saveCaret } from '../../../utils/content/insert-text';
import { fakeTimers } from './page-probe';

let ctx: ContentScriptContext;
let textarea: HTMLTextAreaElement;
const inputs: string[] = [];
// setRangeText alone: happy-dom has no execCommand, the path Mastodon's profile tries first.
const network = { ...mastodon, insertion: ['setRangeText'] as const };

beforeEach(() => {
  fakeBrowser.reset();
  fakeTimers();
  ctx = new ContentScriptContext('content');
  textarea = document.createElement('textarea');
  document.body.replaceChildren(textarea);
  inputs.length = 0;
  textarea.addEventListener('input', () => inputs.push(textarea.value));
});

afterEach(() => ctx.abort());

async function settled<T>(promise: Promise<T>): Promise<T> {
  await vi.advanceTimersByTimeAsync(1000);
  return promise;
}

describe('insertIntoEditor on a textarea', () => {
  it('fills a blank draft and tells React through an input event', async () => {
    textarea.value = '   ';
    const result = await settled(insertIntoEditor(ctx, network, textarea, 'We are hiring.'));
    expect(result).toEqual({ ok: true });
    expect(textarea.value).toBe('We are hiring.');
    expect(inputs).toEqual(['We are hiring.']);
  });

  it('goes in at the caret the employee left, with spaces where it would run into words', async () => {
    textarea.value = 'Big newsand more';
    textarea.setSelectionRange(8, 8);
    const caret = saveCaret(textarea);
    textarea.blur();
    const result = await settled(insertIntoEditor(ctx, network, textarea, 'we are hiring', caret));
    expect(result).toEqual({ ok: true });
    expect(textarea.value).toBe('Big news we are hiring and more');
  });

  it('says so when the textarea does not take the text', async () => {
    textarea.value = 'Draft';
    const stuck = { ...mastodon, insertion: ['paste'] as const };
    const result = await settled(insertIntoEditor(ctx, stuck, textarea, 'Talking point'));
    expect(result).toEqual({ ok: false, message: 'This editor did not take the text. Use Copy and paste it instead.' });
    expect(textarea.value).toBe('Draft');
  });
});

describe('rewriteDraft on a textarea', () => {
  it('replaces only what the fix changes', async () => {
    textarea.value = 'Big news: Project Falcon ships today';
    const result = await settled(rewriteDraft(ctx, network, textarea, 'Big news: ships today'));
    expect(result).toEqual({ ok: true });
    expect(textarea.value).toBe('Big news: ships today');
    expect(inputs).toHaveLength(1);
  });
});
