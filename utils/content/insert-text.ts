import { readDraftText } from '../../shared/sites/draft-text';
import type { InsertionMethod, SiteAdapter } from '../../shared/sites/site-adapter';
import { minimalEdit } from '../../shared/text/minimal-edit';
import { delay, type Lifetime, nextFrame } from './lifetime';

export type InsertOutcome = { ok: true } | { ok: false; message: string };

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
  const range = saved && textRange(editor, saved.start, saved.end);
  if (range) select(editor, range);
}

/** The caret where the employee left it in the editor, else the end; the whole draft when it is blank. */
function insertionRange(editor: HTMLElement, saved: SavedCaret | null): Range {
  const blank = readDraftText(editor).text.trim() === '';
  const caret = caretIn(editor) ?? (saved && textRange(editor, saved.start, saved.end));
  if (caret && !blank) return caret;
  const range = document.createRange();
  range.selectNodeContents(editor);
  if (!blank) range.collapse(false);
  return range;
}

function dispatchInsertion(editor: HTMLElement, method: InsertionMethod, text: string): void {
  switch (method) {
    case 'paste': {
      const data = new DataTransfer();
      data.setData('text/plain', text);
      editor.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
      return;
    }
    case 'execCommand':
      // Deprecated, but the one path that Quill 1 and 2 both fold into their model.
      document.execCommand('insertText', false, text);
      return;
    case 'beforeinput':
      editor.dispatchEvent(
        new InputEvent('beforeinput', { inputType: 'insertText', data: text, bubbles: true, cancelable: true }),
      );
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
  adapter: SiteAdapter,
  editor: HTMLElement,
  range: () => Range | null,
  text: string,
  verdict: () => Verdict,
): Promise<InsertOutcome> {
  for (const method of adapter.insertion.slice(0, 2)) {
    editor.focus();
    const target = range();
    if (!target) break;
    select(editor, target);
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
function spacedFor(editor: HTMLElement, range: Range, text: string): string {
  const draft = readDraftText(editor);
  const start = draft.offsetOf(range.startContainer, range.startOffset);
  const end = draft.offsetOf(range.endContainer, range.endOffset);
  const glued = (char: string | undefined) => char !== undefined && /\S/.test(char);
  const before = start !== null && start > 0 && glued(draft.text[start - 1]) && !/^\s/.test(text);
  const after = end !== null && glued(draft.text[end]) && !/\s$/.test(text);
  return `${before ? ' ' : ''}${text}${after ? ' ' : ''}`;
}

/** Inserts a talking point at the caret, or in place of a blank draft. */
export async function insertIntoEditor(
  lifetime: Lifetime,
  adapter: SiteAdapter,
  editor: HTMLElement,
  text: string,
  saved: SavedCaret | null = null,
): Promise<InsertOutcome> {
  const before = occurrences(readDraftText(editor).text, text);
  const range = insertionRange(editor, saved);
  return typeOver(
    lifetime,
    adapter,
    editor,
    () => range,
    spacedFor(editor, range, text),
    () => {
      const after = occurrences(readDraftText(editor).text, text);
      return after === before + 1 ? 'done' : after > before + 1 ? 'doubled' : 'untouched';
    },
  );
}

/** Turns the draft into `expected` (a quick fix's result) with the smallest edit the editor can take. */
export async function rewriteDraft(
  lifetime: Lifetime,
  adapter: SiteAdapter,
  editor: HTMLElement,
  expected: string,
): Promise<InsertOutcome> {
  const edit = minimalEdit(readDraftText(editor).text, expected);
  if (!edit) return { ok: true };
  return typeOver(
    lifetime,
    adapter,
    editor,
    () => textRange(editor, edit.start, edit.end),
    edit.text,
    () => {
      const now = flat(readDraftText(editor).text);
      return now === flat(expected) ? 'done' : now.length > flat(expected).length ? 'doubled' : 'untouched';
    },
  );
}
