import { placePanel } from '../../../shared/layout/place-beside-composer';
import { h } from './h';
import { setPlacement } from './set-style';
import { fromUser, isFromUser } from './trusted';

export type SuggestionView = {
  key: string;
  title: string;
  preview: string;
  /** Why this item cannot be inserted here (too long for the network), instead of cutting it. */
  unavailable?: string;
  meta?: string;
  /** Which of the item's wordings the preview shows (0-based), when it has more than one. */
  wording?: { index: number; count: number };
};

export type SuggestionPanel = {
  element: HTMLElement;
  isOpen(): boolean;
  open(): void;
  close(): void;
  show(views: SuggestionView[], status: string): void;
  setMessage(message: string): void;
  /** Beside the composer's frame, or under or over the editor. */
  place(editor: DOMRect, frame: DOMRect): void;
};

type PanelActions = {
  onInsert(key: string): void;
  /** The employee wants the item's next wording. */
  onAnotherWording(key: string): void;
  onSearch(query: string): void;
  onClose(): void;
  isDemo(): boolean;
};

let panelCount = 0;

export function createSuggestionPanel(actions: PanelActions): SuggestionPanel {
  const id = `herald-panel-${++panelCount}`;
  const search = h('input', { type: 'search', id: `${id}-search`, autocomplete: 'off', spellcheck: 'false' });
  const status = h('p', { class: 'status', role: 'status' });
  const list = h('ul', { class: 'suggestions', 'aria-label': 'Suggestions' });
  const demo = h('p', { class: 'demo-note' }, 'Demo content: no company feed is configured yet.');
  const element = h(
    'section',
    { class: 'panel', role: 'dialog', 'aria-label': 'Herald suggestions', id, hidden: true },
    h(
      // A div, not a header: inside the dialog a <header> would be a second banner landmark beside the site's.
      'div',
      { class: 'panel-header' },
      h('h2', {}, 'Herald'),
      h(
        'button',
        { type: 'button', class: 'close', 'aria-label': 'Close Herald', onClick: fromUser(actions.onClose) },
        '×',
      ),
    ),
    demo,
    h('label', { for: `${id}-search`, class: 'search-label' }, 'Search talking points'),
    search,
    status,
    list,
  );

  search.addEventListener('input', () => actions.onSearch(search.value));

  let shown = '';
  const renderSuggestion = (view: SuggestionView) =>
    h(
      'li',
      { class: 'suggestion', 'data-key': view.key },
      h('h3', { class: 'title' }, view.title),
      h('p', { class: 'preview' }, view.preview),
      view.meta ? h('p', { class: 'meta' }, view.meta) : null,
      view.unavailable ? h('p', { class: 'unavailable' }, view.unavailable) : null,
      h(
        'button',
        {
          type: 'button',
          class: 'insert',
          'aria-label': `Insert: ${view.title}`,
          disabled: view.unavailable !== undefined,
          'data-action': 'insert',
          onClick: fromUser(() => actions.onInsert(view.key)),
        },
        'Insert',
      ),
      view.wording
        ? h(
            'button',
            {
              type: 'button',
              class: 'another',
              'aria-label': `Another wording (${view.wording.index + 1} of ${view.wording.count}): ${view.title}`,
              'data-action': 'another',
              onClick: fromUser(() => actions.onAnotherWording(view.key)),
            },
            `Another wording (${view.wording.index + 1} of ${view.wording.count})`,
          )
        : null,
    );

  // Arrows move from suggestion to suggestion (its first button that works: Insert); Tab reaches the rest
  // of a suggestion's buttons ("Another wording").
  const firstButton = (li: Element | null | undefined) =>
    li?.querySelector<HTMLButtonElement>('button:not([disabled])');
  const focusables = () => [
    search,
    ...[...list.children].map(firstButton).filter((button): button is HTMLButtonElement => !!button),
  ];
  element.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && isFromUser(event)) {
      event.preventDefault();
      actions.onClose();
      return;
    }
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const items = focusables();
    const target = event.composedPath()[0] as HTMLElement;
    const current = items.indexOf(target === search ? search : (firstButton(target.closest('li')) ?? search));
    const next = Math.min(items.length - 1, Math.max(0, current + (event.key === 'ArrowDown' ? 1 : -1)));
    event.preventDefault();
    items[next]?.focus();
  });

  return {
    element,
    isOpen: () => !element.hidden,
    open() {
      element.hidden = false;
      demo.hidden = !actions.isDemo();
      search.focus();
    },
    close() {
      element.hidden = true;
    },
    show(views, message) {
      status.textContent = message;
      // The draft settles and re-ranks while the employee moves through the list: rebuild only when the list
      // changed, and keep the focus on the same suggestion when it did.
      const signature = JSON.stringify(views);
      if (signature === shown) return;
      shown = signature;
      const root = element.getRootNode() as Document | ShadowRoot;
      const focused = root.activeElement as HTMLElement | null;
      const focusedKey = focused?.closest<HTMLElement>('[data-key]')?.dataset.key;
      // The same button, too: "Another wording" pressed again and again keeps the focus where it is.
      const focusedAction = focused?.dataset.action;
      list.replaceChildren(...views.map(renderSuggestion));
      if (focusedKey !== undefined) {
        const same = [...list.querySelectorAll<HTMLElement>('[data-key]')].find((li) => li.dataset.key === focusedKey);
        const buttons = [...(same?.querySelectorAll<HTMLButtonElement>('button:not([disabled])') ?? [])];
        (buttons.find((button) => button.dataset.action === focusedAction) ?? buttons[0] ?? search).focus();
      }
    },
    setMessage(message) {
      status.textContent = message;
    },
    place(editor, frame) {
      setPlacement(element, placePanel(editor, frame, { width: window.innerWidth, height: window.innerHeight }));
    },
  };
}
