import { defineContentScript } from 'wxt/utils/define-content-script';
import { SITE_MATCHES } from '../../shared/sites/site-matches';
import { startComposerAssistant } from '../../utils/content/start-composer-assistant';

export default defineContentScript({
  matches: Object.values(SITE_MATCHES).flat(),
  cssInjectionMode: 'ui',
  main: startComposerAssistant,
});
