import type { Lifetime } from '../lifetime';

export type ShadowHost = {
  /** Where Herald's UI goes: the body of the shadow tree. */
  container: HTMLElement;
  /** Adds the host to the page, once; again if the site's own rendering took it out. */
  mount(): void;
};

/** Keys typed in Herald's panel must not trigger the site's shortcuts, nor its focus handling. */
const ISOLATED_EVENTS = ['keydown', 'keyup', 'keypress', 'input', 'focusin', 'focusout'];

/**
 * Herald's own shadow root at the end of the page's body. Not WXT's `createShadowRootUi`: that removes the
 * UI when WXT's context ends, and a page script can end that context by dispatching one event. This host
 * leaves only with `lifetime`, which ends when the extension is really gone.
 */
export function createShadowHost(name: string, css: string, lifetime: Lifetime): ShadowHost {
  const host = document.createElement(name);
  // Closed everywhere Herald ships, so page scripts cannot reach into the UI (read the policy notes or the
  // library, press its buttons). Open only in the e2e build and unit tests, whose helpers read the UI through
  // the page (tests/e2e/pages/herald-ui.ts). Written inline so the build folds it to one literal, which
  // tests/build/manifest.test.ts reads in each build.
  const shadow = host.attachShadow({
    mode: import.meta.env.MODE === 'e2e' || import.meta.env.MODE === 'test' ? 'open' : 'closed',
  });
  const html = document.createElement('html');
  const head = document.createElement('head');
  const style = document.createElement('style');
  // The page's inherited styles stop at the host; the UI's own come from `css`.
  style.textContent = `:host{all:initial !important;}\n${css}`;
  head.append(style);
  const container = document.createElement('body');
  html.append(head, container);
  shadow.append(html);
  for (const type of ISOLATED_EVENTS) container.addEventListener(type, (event) => event.stopPropagation());
  lifetime.onInvalidated(() => host.remove());
  return {
    container,
    mount() {
      if (!lifetime.isValid || host.isConnected) return;
      document.body.append(host);
    },
  };
}
