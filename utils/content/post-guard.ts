import type { BlockingReasons } from '../../shared/echo/posting-reasons';
import { findPostButton } from '../../shared/sites/find-composer';
import type { Network } from '../../shared/sites/registry';
import type { Lifetime } from './lifetime';

export type { BlockingReasons };

export type PostGuardHooks = {
  activeEditor(): HTMLElement | null;
  /** Why the draft should not go out as it is right now (blocking findings, verbatim wording); none lets it through. */
  blockingMessages(editor: HTMLElement): BlockingReasons | undefined;
  ask(reasons: BlockingReasons): Promise<'edit' | 'post'>;
  /** A post goes through (now, or after "Post anyway"): called once per post, before the site's own handlers. */
  posted(editor: HTMLElement): void;
};

function isPostShortcut(event: KeyboardEvent): boolean {
  return event.key === 'Enter' && (event.ctrlKey || event.metaKey);
}

/**
 * Stops a Post click or Ctrl/Cmd+Enter while a blocking finding stands (or, with `personalize: "before-posting"`,
 * while the draft is mostly approved wording), and asks. "Post anyway" replays the
 * click on the site's own button, so the post goes through the site's normal path. Listens on `window` in
 * the capture phase: before the site's own handlers, which React attaches lower down. Guards for as long as the
 * content script lives: asking `isValid` first lets a script orphaned by an extension update find out before
 * it stops a post (its heartbeat may be throttled in a background tab) and end itself instead.
 */
export function guardPosting(lifetime: Lifetime, network: Network, hooks: PostGuardHooks): void {
  let letThrough: HTMLElement | null = null;

  const intercept = (event: Event, editor: HTMLElement, button: HTMLElement) => {
    const reasons = hooks.blockingMessages(editor);
    if (!reasons) {
      hooks.posted(editor);
      return;
    }
    event.preventDefault();
    event.stopImmediatePropagation();
    void hooks.ask(reasons).then((choice) => {
      // A company rule is never posted past, whatever answered.
      if (choice === 'edit' || !reasons.canPostAnyway) {
        editor.focus();
        return;
      }
      hooks.posted(editor);
      letThrough = button;
      button.click();
    });
  };

  const onClick = (event: MouseEvent) => {
    const editor = hooks.activeEditor();
    if (!editor || !lifetime.isValid) return;
    const button = findPostButton(network, editor);
    if (!button || !event.composedPath().includes(button)) return;
    if (letThrough === button) {
      letThrough = null;
      return;
    }
    intercept(event, editor, button);
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (!isPostShortcut(event) || !lifetime.isValid) return;
    const editor = hooks.activeEditor();
    if (!editor || !event.composedPath().includes(editor)) return;
    const button = findPostButton(network, editor);
    if (button) intercept(event, editor, button);
  };

  const { signal } = lifetime;
  window.addEventListener('click', onClick, { capture: true, signal });
  window.addEventListener('keydown', onKeyDown, { capture: true, signal });
}
