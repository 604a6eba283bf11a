import { h } from './h';
import { fromUser, isFromUser } from './trusted';

export type GuardChoice = 'edit' | 'post';

/**
 * Asks before a post that breaks a blocking policy: Edit (default) or Post anyway. Never decides alone, and
 * never on the site's word: only the employee's own click or key answers.
 */
export function askBeforePosting(root: HTMLElement, messages: string[]): Promise<GuardChoice> {
  return new Promise((resolve) => {
    const previous = document.activeElement;
    const finish = (choice: GuardChoice) => {
      backdrop.remove();
      if (choice === 'edit' && previous instanceof HTMLElement) previous.focus();
      resolve(choice);
    };
    const edit = h('button', { type: 'button', class: 'guard-edit', onClick: fromUser(() => finish('edit')) }, 'Edit');
    const post = h(
      'button',
      { type: 'button', class: 'guard-post', onClick: fromUser(() => finish('post')) },
      'Post anyway',
    );
    const dialog = h(
      'div',
      {
        class: 'guard',
        role: 'alertdialog',
        'aria-modal': 'true',
        'aria-labelledby': 'herald-guard-title',
        'aria-describedby': 'herald-guard-list',
      },
      h('h2', { id: 'herald-guard-title' }, 'This post breaks company policy'),
      h('ul', { id: 'herald-guard-list' }, ...messages.map((message) => h('li', {}, message))),
      h('div', { class: 'guard-actions' }, edit, post),
    );
    const backdrop = h('div', { class: 'guard-backdrop' }, dialog);
    dialog.addEventListener('keydown', (event) => {
      if (event.key === 'Escape' && isFromUser(event)) {
        event.preventDefault();
        finish('edit');
      } else if (event.key === 'Tab') {
        // Keep focus on the two choices while the question is open.
        event.preventDefault();
        (event.composedPath()[0] === edit ? post : edit).focus();
      }
    });
    root.append(backdrop);
    edit.focus();
  });
}
