// Inlined, as the content script inlines it (start-composer-assistant.ts): the composer's own styles.
import uiCss from '../../utils/content/ui/herald-ui.css?inline';

/**
 * Herald's composer UI in a shadow root of its own, as the content script has it (ui/shadow-host.ts): the
 * page's styles stop at the host, the UI's come from herald-ui.css. Open, unlike on the networks' sites:
 * no site script shares this page, and the e2e test reads the notes through it.
 */
export function mountHeraldUi(host: HTMLElement): HTMLElement {
  const shadow = host.shadowRoot ?? host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  style.textContent = `:host{all:initial !important;}\n${uiCss}`;
  const container = document.createElement('body');
  const html = document.createElement('html');
  const head = document.createElement('head');
  head.append(style);
  html.append(head, container);
  shadow.replaceChildren(html);
  return container;
}
