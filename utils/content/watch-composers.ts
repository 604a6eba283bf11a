import { composerInPath } from '../../shared/sites/find-composer';
import type { Network } from '../../shared/sites/registry';
import { type Lifetime, startScope } from './lifetime';
import { isFromUser } from './ui/trusted';

export type ComposerListeners = {
  /** A post composer got focus. */
  onFocus(editor: HTMLElement): void;
  /** The employee asked for the panel from the keyboard (Alt+Shift+H) while in a composer. */
  onShortcut(editor: HTMLElement): void;
};

export const PANEL_SHORTCUT_LABEL = 'Alt+Shift+H';

/**
 * One capture-phase listener per event type on the document: events from inside open shadow roots reach
 * it, and `composedPath()` names the real target. Nothing rescans the page. Listens for the content
 * script's whole life.
 */
export function watchComposers(lifetime: Lifetime, network: Network, listeners: ComposerListeners): void {
  // Every session starts here: asking `isValid` first keeps a script orphaned by an extension update from
  // starting one, and ends everything it still runs.
  const onFocusIn = (event: Event) => {
    if (!lifetime.isValid) return;
    const editor = composerInPath(network, event.composedPath());
    if (editor) listeners.onFocus(editor);
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (!(event.altKey && event.shiftKey && event.code === 'KeyH') || !isFromUser(event) || !lifetime.isValid) return;
    const editor = composerInPath(network, event.composedPath());
    if (!editor) return;
    event.preventDefault();
    event.stopPropagation();
    listeners.onShortcut(editor);
  };
  const { signal } = lifetime;
  document.addEventListener('focusin', onFocusIn, { capture: true, signal });
  document.addEventListener('keydown', onKeyDown, { capture: true, signal });
}

/**
 * Calls back after the draft stops changing for a moment, in idle time. A MutationObserver on the editor
 * alone sees every change (typing, paste, undo, the site's own edits) at the cost of one timer per burst.
 * 250 ms is longer than the gap between keys within a word for most typists, so the re-ranking and the
 * policy check run at pauses, not on every key (see scripts/bench-content-script.mjs for both cases).
 */
export function watchDraft(lifetime: Lifetime, editor: HTMLElement, onSettled: () => void, delayMs = 250): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let idle = 0;
  const run = () => {
    idle = 0;
    onSettled();
  };
  const schedule = () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      // Firefox and Chromium have requestIdleCallback; the timeout keeps a busy page from starving Herald.
      idle = requestIdleCallback(run, { timeout: 300 });
    }, delayMs);
  };
  const observer = new MutationObserver(schedule);
  observer.observe(editor, { childList: true, characterData: true, subtree: true });
  const scope = startScope(lifetime, () => {
    observer.disconnect();
    clearTimeout(timer);
    if (idle) cancelIdleCallback(idle);
  });
  // A textarea's value is not in the DOM: no mutation tells of typing there, its `input` event does.
  if (editor.tagName === 'TEXTAREA') editor.addEventListener('input', schedule, { signal: scope.signal });
  return scope.stop;
}
