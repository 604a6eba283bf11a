import type { SiteAdapter } from './site-adapter';

function isElement(target: EventTarget | null): target is HTMLElement {
  return target !== null && typeof (target as Element).matches === 'function';
}

/** A visible post composer, not a comment box or a hidden copy. */
export function isPostComposer(adapter: SiteAdapter, element: Element): boolean {
  return (
    element.isConnected &&
    element.matches(adapter.composer) &&
    !adapter.ignoreWithin.some((selector) => element.closest(selector)) &&
    element.getClientRects().length > 0
  );
}

/** The post composer an event came from; `path` is `event.composedPath()`, which crosses open shadow roots. */
export function composerInPath(adapter: SiteAdapter, path: readonly EventTarget[]): HTMLElement | null {
  for (const target of path) {
    if (isElement(target) && target.matches(adapter.composer)) {
      return isPostComposer(adapter, target) ? target : null;
    }
  }
  return null;
}

/** Every post composer on the page, including those in the site's open shadow roots. */
export function findComposers(adapter: SiteAdapter, doc: Document): HTMLElement[] {
  const roots: ParentNode[] = [doc];
  for (const host of adapter.shadowHosts) {
    for (const element of doc.querySelectorAll(host)) if (element.shadowRoot) roots.push(element.shadowRoot);
  }
  return roots
    .flatMap((root) => [...root.querySelectorAll<HTMLElement>(adapter.composer)])
    .filter((element) => isPostComposer(adapter, element));
}

/** The composer's Post button: the first one in the nearest ancestor that holds one. */
export function findPostButton(adapter: SiteAdapter, editor: Element): HTMLElement | null {
  let ancestor = editor.parentElement;
  for (let depth = 0; ancestor && depth < 25; depth++, ancestor = ancestor.parentElement) {
    const button = ancestor.querySelector<HTMLElement>(adapter.postButton);
    if (button) return button;
  }
  return null;
}

export function isPostButtonEnabled(button: HTMLElement): boolean {
  return !(button as HTMLButtonElement).disabled && button.getAttribute('aria-disabled') !== 'true';
}
