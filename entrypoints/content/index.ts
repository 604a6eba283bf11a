import { defineContentScript } from 'wxt/utils/define-content-script';
import { manifestMatches } from '../../shared/sites/registry';
import { startComposerAssistant } from '../../utils/content/start-composer-assistant';

export default defineContentScript({
  matches: manifestMatches(),
  cssInjectionMode: 'ui',
  main: startComposerAssistant,
});
