import { defineContentScript } from 'wxt/utils/define-content-script';
import { manifestMatches } from '../../shared/sites/registry';
import { startComposerAssistant } from '../../utils/content/start-composer-assistant';

export default defineContentScript({
  matches: manifestMatches(),
  // The UI's styles are inlined into its shadow root (utils/content/start-composer-assistant.ts).
  cssInjectionMode: 'manual',
  main: startComposerAssistant,
});
