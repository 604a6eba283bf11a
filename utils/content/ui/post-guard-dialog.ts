import type { BlockingReasons } from '../post-guard';
import { h } from './h';
import { fromUser, isFromUser } from './trusted';

export type GuardChoice = 'edit' | 'post';

/** Said when a company rule (`override: false`) stands: the employee cannot post past it. */
export const COMPANY_RULE_NOTICE = 'Your company does not allow posting this.';

/**
 * Asks before a post that breaks a blocking policy, still holds a placeholder's gap ("[team]"), or is mostly
 * the approved wording when the feed asks for that (all listed in one question): Edit (default) or Post anyway. Never decides alone, and never on the
 * site's word: only the employee's own click or key answers. A company rule offers Edit only.
 */
export function askBeforePosting(
  root: HTMLElement,
  { messages, echo, gaps, canPostAnyway }: BlockingReasons,
): Promise<GuardChoice> {
  return new Promise((resolve) => {
    const previous = document.activeElement;
    const finish = (choice: GuardChoice) => {
      backdrop.remove();
      if (choice === 'edit' && previous instanceof HTMLElement) previous.focus();
      resolve(choice);
    };
    const edit = h('button', { type: 'button', class: 'guard-edit', onClick: fromUser(() => finish('edit')) }, 'Edit');
    const post = canPostAnyway
      ? h('button', { type: 'button', class: 'guard-post', onClick: fromUser(() => finish('post')) }, 'Post anyway')
      : null;
    const dialog = h(
      'div',
      {
        class: 'guard',
        role: 'alertdialog',
        'aria-modal': 'true',
        'aria-labelledby': 'herald-guard-title',
        'aria-describedby': canPostAnyway ? 'herald-guard-list' : 'herald-guard-rule herald-guard-list',
      },
      h(
        'h2',
        { id: 'herald-guard-title' },
        messages.length > 0
          ? 'This post breaks company policy'
          : gaps !== undefined
            ? 'Fill in the gaps first'
            : 'Make this post your own',
      ),
      canPostAnyway ? null : h('p', { id: 'herald-guard-rule', class: 'guard-rule' }, COMPANY_RULE_NOTICE),
      h(
        'ul',
        { id: 'herald-guard-list' },
        ...[...messages, gaps, echo].flatMap((message) => (message === undefined ? [] : [h('li', {}, message)])),
      ),
      h('div', { class: 'guard-actions' }, edit, post),
    );
    const backdrop = h('div', { class: 'guard-backdrop' }, dialog);
    dialog.addEventListener('keydown', (event) => {
      if (event.key === 'Escape' && isFromUser(event)) {
        event.preventDefault();
        finish('edit');
      } else if (event.key === 'Tab') {
        // Keep focus on the choices while the question is open.
        event.preventDefault();
        (event.composedPath()[0] === edit && post ? post : edit).focus();
      }
    });
    root.append(backdrop);
    edit.focus();
  });
}
