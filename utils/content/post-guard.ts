import { findPostButton } from '../../shared/sites/find-composer';
import type { SiteAdapter } from '../../shared/sites/site-adapter';

export type PostGuardHooks = {
  activeEditor(): HTMLElement | null;
  /** Messages of the blocking findings in the draft right now; empty lets the post through. */
  blockingMessages(editor: HTMLElement): string[];
  ask(messages: string[]): Promise<'edit' | 'post'>;
};

function isPostShortcut(event: KeyboardEvent): boolean {
  return event.key === 'Enter' && (event.ctrlKey || event.metaKey);
}

/**
 * Stops a Post click or Ctrl/Cmd+Enter while a blocking finding stands, and asks. "Post anyway" replays the
 * click on the site's own button, so the post goes through the site's normal path. Listens on `window` in
 * the capture phase: before the site's own handlers, which React attaches lower down.
 */
export function guardPosting(adapter: SiteAdapter, hooks: PostGuardHooks): () => void {
  let letThrough: HTMLElement | null = null;

  const intercept = (event: Event, editor: HTMLElement, button: HTMLElement) => {
    const messages = hooks.blockingMessages(editor);
    if (messages.length === 0) return;
    event.preventDefault();
    event.stopImmediatePropagation();
    void hooks.ask(messages).then((choice) => {
      if (choice === 'edit') {
        editor.focus();
        return;
      }
      letThrough = button;
      button.click();
    });
  };

  const onClick = (event: MouseEvent) => {
    const editor = hooks.activeEditor();
    if (!editor) return;
    const button = findPostButton(adapter, editor);
    if (!button || !event.composedPath().includes(button)) return;
    if (letThrough === button) {
      letThrough = null;
      return;
    }
    intercept(event, editor, button);
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (!isPostShortcut(event)) return;
    const editor = hooks.activeEditor();
    if (!editor || !event.composedPath().includes(editor)) return;
    const button = findPostButton(adapter, editor);
    if (button) intercept(event, editor, button);
  };

  window.addEventListener('click', onClick, true);
  window.addEventListener('keydown', onKeyDown, true);
  return () => {
    window.removeEventListener('click', onClick, true);
    window.removeEventListener('keydown', onKeyDown, true);
  };
}
