import { PANEL_SHORTCUT_LABEL } from '../watch-composers';
import { h } from './h';
import { setStyle } from './set-style';
import { fromUser } from './trusted';

export type Launcher = {
  element: HTMLButtonElement;
  setCount(count: number): void;
  setExpanded(expanded: boolean): void;
  place(rect: DOMRect): void;
};

export function createLauncher(onToggle: () => void): Launcher {
  const count = h('span', { class: 'launcher-count', 'aria-hidden': 'true' });
  const element = h(
    'button',
    {
      type: 'button',
      class: 'launcher',
      'aria-haspopup': 'dialog',
      'aria-expanded': 'false',
      title: `Herald suggestions (${PANEL_SHORTCUT_LABEL})`,
      // Keep the editor's caret and focus: the panel opens without taking the draft's selection away.
      onMousedown: (event: Event) => event.preventDefault(),
      onClick: fromUser(onToggle),
    },
    h('span', { class: 'launcher-mark', 'aria-hidden': 'true' }, 'H'),
    count,
  );
  let shown = -1;
  // Runs each time the draft settles; the count rarely changes, and rewriting it would mutate the UI's DOM.
  const setCount = (value: number) => {
    if (value === shown) return;
    shown = value;
    count.textContent = value > 0 ? String(value) : '';
    element.setAttribute(
      'aria-label',
      value === 1 ? 'Herald: 1 suggestion fits your draft' : `Herald: ${value} suggestions fit your draft`,
    );
  };
  setCount(0);
  return {
    element,
    setCount,
    setExpanded: (expanded) => element.setAttribute('aria-expanded', String(expanded)),
    place(rect) {
      setStyle(element, {
        top: `${Math.max(4, rect.bottom - 36)}px`,
        left: `${Math.max(4, rect.right - 40)}px`,
      });
    },
  };
}
