import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { effectiveSettings } from '../../shared/settings/effective-settings';
import { findComposers } from '../../shared/sites/find-composer';
import { networkForHost } from '../../shared/sites/registry';
import { onMessage } from '../messages';
import { namedInstances } from '../named-instances';
import { managedConfigCacheItem, settingsItem } from '../storage';
import { createComposerAssistant } from './composer-assistant';
import { loadLibraryStore } from './library-store';
import { releasing } from './lifetime';
import { createPolicyAssistant } from './policy-assistant';
import { guardPosting } from './post-guard';
// Inlined, not fetched: a fetch of the extension's CSS file needs it exposed as a web-accessible resource to
// every site Herald runs on, and Mastodon servers are on any domain.
import uiCss from './ui/herald-ui.css?inline';
import { askBeforePosting } from './ui/post-guard-dialog';
import { watchComposers } from './watch-composers';

/**
 * Runs on every page of the networks' sites, so it does nothing until a post composer gets focus: no UI, no
 * observers on the page, one focus listener. Everything it starts ends with `ctx`: when the extension
 * updates or reloads, the orphaned script stops and its UI leaves the page (WXT removes the shadow root UI).
 */
export async function startComposerAssistant(ctx: ContentScriptContext): Promise<void> {
  // Networks on any domain (Mastodon) run here only where the background registered the script: on a server
  // the employee or IT named. Storage is read only then, not on every page of the other networks.
  const network = networkForHost(location.hostname) ?? networkForHost(location.hostname, await namedInstances());
  if (!network) return;
  // IT's switched-off sites count as much as the employee's own choice.
  const [userSettings, managed] = await Promise.all([settingsItem.getValue(), managedConfigCacheItem.getValue()]);
  if (effectiveSettings(userSettings, managed ?? {}).disabledSites.includes(network.site)) return;

  const store = await loadLibraryStore(ctx);
  const ui = await createShadowRootUi(ctx, {
    name: 'herald-composer-ui',
    css: uiCss,
    position: 'inline',
    anchor: 'body',
    append: 'last',
    // Keys typed in Herald's panel must not trigger the site's shortcuts.
    isolateEvents: ['keydown', 'keyup', 'keypress', 'input', 'focusin', 'focusout'],
    onMount: (container) => container,
  });
  // Invalidated while storage answered or the UI loaded: nothing below may start.
  if (ctx.isInvalid) return;
  const policy = createPolicyAssistant(ctx, network, store, ui.uiContainer);
  const assistant = createComposerAssistant(ctx, network, store, ui.uiContainer, policy, () => {
    return findComposers(network, document)[0] ?? null;
  });

  let mounted = false;
  const ensureMounted = () => {
    if (!mounted) ui.mount();
    mounted = true;
  };
  watchComposers(ctx, network, {
    onFocus: (editor) => {
      ensureMounted();
      assistant.activate(editor);
    },
    onShortcut: (editor) => {
      ensureMounted();
      assistant.openPanel(editor);
    },
  });
  guardPosting(ctx, network, {
    activeEditor: assistant.activeEditor,
    blockingMessages: policy.blockingMessages,
    ask: (messages) => askBeforePosting(ui.uiContainer, messages),
  });
  const stopAnswering = onMessage('insertIntoComposer', async ({ data }) => {
    ensureMounted();
    return assistant.insertItem(data);
  });
  ctx.onInvalidated(releasing(stopAnswering));
}
