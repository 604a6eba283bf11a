import { defineContentScript } from 'wxt/utils/define-content-script';
import { manifestMatches } from '../../shared/sites/registry';
import { createExtensionLifetime } from '../../utils/content/extension-lifetime';
import { startComposerAssistant } from '../../utils/content/start-composer-assistant';

export default defineContentScript({
  matches: manifestMatches(),
  // The UI's styles are inlined into its shadow root (utils/content/start-composer-assistant.ts).
  cssInjectionMode: 'manual',
  // WXT's context (`ctx`) is not used: a page script can end it with one forged event. Herald's own lifetime
  // ends only with the extension (utils/content/lifetime.ts).
  main: () => startComposerAssistant(createExtensionLifetime()),
  // WXT would otherwise post a message to the page, which every page script receives, naming the extension's
  // id: it tells the site that Herald is installed, and the name of the event that ends WXT's context.
  noScriptStartedPostMessage: true,
});
