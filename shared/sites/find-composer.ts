import type { Network } from './registry';

function isElement(target: EventTarget | null): target is HTMLElement {
  return target !== null && typeof (target as Element).matches === 'function';
}

/** A visible post composer, not a comment box or a hidden copy. */
export function isPostComposer(network: Network, element: Element): boolean {
  return (
    element.isConnected &&
    element.matches(network.composer) &&
    !network.ignoreWithin.some((selector) => element.closest(selector)) &&
    element.getClientRects().length > 0
  );
}

/** The post composer an event came from; `path` is `event.composedPath()`, which crosses open shadow roots. */
export function composerInPath(network: Network, path: readonly EventTarget[]): HTMLElement | null {
  for (const target of path) {
    if (isElement(target) && target.matches(network.composer)) {
      return isPostComposer(network, target) ? target : null;
    }
  }
  return null;
}

/** Every post composer on the page, including those in the site's open shadow roots. */
export function findComposers(network: Network, doc: Document): HTMLElement[] {
  const roots: ParentNode[] = [doc];
  for (const host of network.shadowHosts) {
    for (const element of doc.querySelectorAll(host)) if (element.shadowRoot) roots.push(element.shadowRoot);
  }
  return roots
    .flatMap((root) => [...root.querySelectorAll<HTMLElement>(network.composer)])
    .filter((element) => isPostComposer(network, element));
}

/** The composer's Post button: the first one in the nearest ancestor that holds one. */
export function findPostButton(network: Network, editor: Element): HTMLElement | null {
  const isPost = (button: HTMLElement) =>
    network.postButtonText === undefined || button.textContent?.trim() === network.postButtonText;
  let ancestor = editor.parentElement;
  for (let depth = 0; ancestor && depth < 25; depth++, ancestor = ancestor.parentElement) {
    const button = [...ancestor.querySelectorAll<HTMLElement>(network.postButton)].find(isPost);
    if (button) return button;
  }
  return null;
}
