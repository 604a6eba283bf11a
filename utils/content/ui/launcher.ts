import { placeLauncher } from '../../../shared/layout/place-launcher';
import { PANEL_SHORTCUT_LABEL } from '../watch-composers';
import { h } from './h';
import { setStyle } from './set-style';
import { textRects } from './text-rects';
import { fromUser } from './trusted';

export type Launcher = {
  element: HTMLButtonElement;
  setCount(count: number): void;
  setExpanded(expanded: boolean): void;
  /** Beside `editor` and clear of its text; see placeLauncher for where and why. */
  place(editor: HTMLElement, rect: DOMRect): void;
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
    place(editor, rect) {
      // Hidden, the button has no size yet: its CSS minimum stands in.
      const size = { width: Math.max(28, element.offsetWidth), height: Math.max(28, element.offsetHeight) };
      const viewport = { width: window.innerWidth, height: window.innerHeight };
      const { left, top } = placeLauncher(rect, textRects(editor), size, viewport);
      setStyle(element, { top: `${top}px`, left: `${left}px` });
    },
  };
}
