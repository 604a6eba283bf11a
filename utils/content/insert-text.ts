import { readDraftText } from '../../shared/sites/draft-text';
import type { InsertionMethod } from '../../shared/sites/network-profile';
import type { Network } from '../../shared/sites/registry';
import { minimalEdit } from '../../shared/text/minimal-edit';
import { delay, type Lifetime, nextFrame } from './lifetime';
import { insertionEvents, isFirefox } from './page-world';

export type InsertOutcome = { ok: true } | { ok: false; message: string };

/** A textarea's text is its value: selections are offsets in it, not DOM ranges. */
export function isTextarea(editor: HTMLElement): editor is HTMLTextAreaElement {
  return editor.tagName === 'TEXTAREA';
}

function selectionIn(editor: HTMLElement): Selection | null {
  // Quill in a shadow root keeps its selection there; Chromium exposes it on the shadow root only.
  const root = editor.getRootNode();
  if (root instanceof ShadowRoot && 'getSelection' in root) {
    return (root as ShadowRoot & { getSelection(): Selection | null }).getSelection();
  }
  return document.getSelection();
}

function select(editor: HTMLElement, range: Range): void {
  const selection = selectionIn(editor) ?? document.getSelection();
  selection?.removeAllRanges();
  selection?.addRange(range);
}

/** The current selection if it is inside the editor. */
export function caretIn(editor: HTMLElement): Range | null {
  const selection = selectionIn(editor);
  if (!selection || selection.rangeCount === 0) return null;
  const current = selection.getRangeAt(0);
  return editor.contains(current.commonAncestorContainer) ? current.cloneRange() : null;
}

/** The DOM range covering [start, end) of the draft text. */
function textRange(editor: HTMLElement, start: number, end: number): Range | null {
  const draft = readDraftText(editor);
  const from = draft.pointAt(start);
  const to = draft.pointAt(end);
  if (!from || !to) return null;
  const range = document.createRange();
  range.setStart(from.node, from.offset);
  range.setEnd(to.node, to.offset);
  return range;
}

/** Where the caret was, as offsets in the draft's text: unlike a Range, it survives the editor re-rendering
 *  its text nodes (Quill and Lexical replace them as the employee types). */
export type SavedCaret = { start: number; end: number };

/** The caret in the editor as text offsets, or null when the selection is elsewhere. */
export function saveCaret(editor: HTMLElement): SavedCaret | null {
  if (isTextarea(editor)) return { start: editor.selectionStart, end: editor.selectionEnd };
  const caret = caretIn(editor);
  if (!caret) return null;
  const draft = readDraftText(editor);
  const start = draft.offsetOf(caret.startContainer, caret.startOffset);
  const end = draft.offsetOf(caret.endContainer, caret.endOffset);
  return start === null || end === null ? null : { start, end };
}

/**
 * Focuses the editor with the caret where the employee left it: `focus()` alone puts it at the start of
 * a contenteditable, and the next keystroke lands there.
 */
export function refocus(editor: HTMLElement, saved: SavedCaret | null): void {
  if (editor.matches(':focus')) return;
  editor.focus();
  if (isTextarea(editor)) {
    if (saved) editor.setSelectionRange(saved.start, saved.end);
    return;
  }
  const range = saved && textRange(editor, saved.start, saved.end);
  if (range) select(editor, range);
}

/** Text offsets in the draft, or a DOM range in a contenteditable: where the next edit goes. */
type Target = { start: number; end: number } | Range;

/** The caret where the employee left it in the editor, else the end; the whole draft when it is blank. */
function insertionTarget(editor: HTMLElement, saved: SavedCaret | null): Target {
  const text = readDraftText(editor).text;
  const blank = text.trim() === '';
  if (isTextarea(editor)) {
    const caret = editor.matches(':focus') ? saveCaret(editor) : saved;
    if (blank) return { start: 0, end: text.length };
    return caret ?? { start: text.length, end: text.length };
  }
  const caret = caretIn(editor) ?? (saved && textRange(editor, saved.start, saved.end));
  if (caret && !blank) return caret;
  const range = document.createRange();
  range.selectNodeContents(editor);
  if (!blank) range.collapse(false);
  return range;
}

/** Puts the editor's selection on `target`. */
function place(editor: HTMLElement, target: Target): void {
  if (target instanceof Range) select(editor, target);
  else if (isTextarea(editor)) editor.setSelectionRange(target.start, target.end);
}

/** `target` as offsets in the draft's text, or nulls where it lies outside the text. */
function offsetsOf(editor: HTMLElement, target: Target): { start: number | null; end: number | null } {
  if (!(target instanceof Range)) return target;
  const draft = readDraftText(editor);
  return {
    start: draft.offsetOf(target.startContainer, target.startOffset),
    end: draft.offsetOf(target.endContainer, target.endOffset),
  };
}

/**
 * `execCommand('insertText')` with the text's line breaks as the editor's own: Firefox inserts a multi-line
 * string as one text run with raw newlines, which Quill and the others read as a single line.
 */
function execInsertText(text: string): void {
  const lines = text.split('\n');
  lines.forEach((line, index) => {
    if (index > 0) document.execCommand('insertParagraph');
    if (line) document.execCommand('insertText', false, line);
  });
}

function dispatchInsertion(editor: HTMLElement, method: InsertionMethod, text: string): void {
  const events = insertionEvents();
  switch (method) {
    case 'paste':
      editor.dispatchEvent(events.paste(text));
      return;
    case 'execCommand':
      // Deprecated, but the one path that Quill 1 and 2 both fold into their model.
      if (isFirefox() && !isTextarea(editor)) execInsertText(text);
      else document.execCommand('insertText', false, text);
      return;
    case 'beforeinput':
      editor.dispatchEvent(events.beforeInput(text));
      return;
    case 'setRangeText':
      // The textarea's own edit, then the event React's onChange listens to: React's value tracker still holds
      // the old value (setRangeText does not go through the `value` setter it watches), so it sees a change.
      if (!isTextarea(editor)) return;
      editor.setRangeText(text, editor.selectionStart, editor.selectionEnd, 'end');
      editor.dispatchEvent(events.input());
      return;
  }
}

// Editors pick up a new DOM selection on `selectionchange`, which fires asynchronously. Neither wait ends in
// a script orphaned by an extension update: an insertion cut short there stops where it is.
const selectionTaken = (lifetime: Lifetime) => nextFrame(lifetime).then(() => delay(lifetime, 0));
const settle = (lifetime: Lifetime) => delay(lifetime, 40);

const flat = (value: string) => value.replace(/\s+/g, ' ').trim();

function occurrences(haystack: string, needle: string): number {
  const [h, n] = [flat(haystack), flat(needle)];
  if (!n) return 0;
  let count = 0;
  for (let at = h.indexOf(n); at !== -1; at = h.indexOf(n, at + n.length)) count++;
  return count;
}

type Verdict = 'done' | 'doubled' | 'untouched';

/**
 * Types `text` over a range through the editor's own input handling, so its model registers it, then
 * reads the result back. The first method that gives the right result wins; at most one retry.
 */
async function typeOver(
  lifetime: Lifetime,
  network: Network,
  editor: HTMLElement,
  target: () => Target | null,
  text: string,
  verdict: () => Verdict,
): Promise<InsertOutcome> {
  for (const method of network.insertion.slice(0, 2)) {
    editor.focus();
    const where = target();
    if (!where) break;
    place(editor, where);
    await selectionTaken(lifetime);
    dispatchInsertion(editor, method, text);
    await settle(lifetime);
    const result = verdict();
    if (result === 'done') return { ok: true };
    if (result === 'doubled') return { ok: false, message: 'The editor took the text twice: press Ctrl+Z to undo.' };
  }
  return { ok: false, message: 'This editor did not take the text. Use Copy and paste it instead.' };
}

/** `text` with a space on each side where it would otherwise run into the draft's words. */
function spacedFor(editor: HTMLElement, target: Target, text: string): string {
  const draft = readDraftText(editor);
  const { start, end } = offsetsOf(editor, target);
  const glued = (char: string | undefined) => char !== undefined && /\S/.test(char);
  const before = start !== null && start > 0 && glued(draft.text[start - 1]) && !/^\s/.test(text);
  const after = end !== null && glued(draft.text[end]) && !/\s$/.test(text);
  return `${before ? ' ' : ''}${text}${after ? ' ' : ''}`;
}

/** Where, in the text being inserted, to leave the selection afterwards: a placeholder's gap, say. */
export type SelectAfter = { start: number; end: number };

/**
 * Inserts a talking point at the caret, or in place of a blank draft. With `selectAfter`, the selection then
 * covers that part of the inserted text (a gap like "[team]"), so what the employee types replaces it.
 */
export async function insertIntoEditor(
  lifetime: Lifetime,
  network: Network,
  editor: HTMLElement,
  text: string,
  saved: SavedCaret | null = null,
  selectAfter?: SelectAfter,
): Promise<InsertOutcome> {
  const before = occurrences(readDraftText(editor).text, text);
  const target = insertionTarget(editor, saved);
  const spaced = spacedFor(editor, target, text);
  const insertedAt = (offsetsOf(editor, target).start ?? 0) + (spaced.startsWith(text) ? 0 : 1);
  const outcome = await typeOver(
    lifetime,
    network,
    editor,
    () => target,
    spaced,
    () => {
      const after = occurrences(readDraftText(editor).text, text);
      return after === before + 1 ? 'done' : after > before + 1 ? 'doubled' : 'untouched';
    },
  );
  if (outcome.ok && selectAfter) {
    await selectText(lifetime, editor, text.slice(selectAfter.start, selectAfter.end), insertedAt + selectAfter.start);
  }
  return outcome;
}

/**
 * Selects the occurrence of `words` in the draft nearest to `near` (editors may rewrite spaces and line
 * breaks, so the offset alone is a hint), then waits for the editor to take the selection: Lexical, ProseMirror
 * and Draft.js read it on `selectionchange`, and the next keystroke must replace it in their model.
 */
async function selectText(lifetime: Lifetime, editor: HTMLElement, words: string, near: number): Promise<void> {
  const draft = readDraftText(editor).text;
  let best = -1;
  for (let at = draft.indexOf(words); at !== -1; at = draft.indexOf(words, at + 1)) {
    if (best === -1 || Math.abs(at - near) < Math.abs(best - near)) best = at;
  }
  if (best === -1) return;
  const span = { start: best, end: best + words.length };
  editor.focus();
  if (isTextarea(editor)) editor.setSelectionRange(span.start, span.end);
  else {
    const range = textRange(editor, span.start, span.end);
    if (!range) return;
    select(editor, range);
  }
  await selectionTaken(lifetime);
}

/** Turns the draft into `expected` (a quick fix's result) with the smallest edit the editor can take. */
export async function rewriteDraft(
  lifetime: Lifetime,
  network: Network,
  editor: HTMLElement,
  expected: string,
): Promise<InsertOutcome> {
  const edit = minimalEdit(readDraftText(editor).text, expected);
  if (!edit) return { ok: true };
  return typeOver(
    lifetime,
    network,
    editor,
    () => (isTextarea(editor) ? edit : textRange(editor, edit.start, edit.end)),
    edit.text,
    () => {
      const now = flat(readDraftText(editor).text);
      return now === flat(expected) ? 'done' : now.length > flat(expected).length ? 'doubled' : 'untouched';
    },
  );
}
