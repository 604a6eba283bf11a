import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { effectiveSettings } from '../../shared/settings/effective-settings';
import { adapterForHost } from '../../shared/sites/adapters';
import { findComposers } from '../../shared/sites/find-composer';
import { onMessage } from '../messages';
import { managedConfigCacheItem, settingsItem } from '../storage';
import { createComposerAssistant } from './composer-assistant';
import { loadLibraryStore } from './library-store';
import { createPolicyAssistant } from './policy-assistant';
import { guardPosting } from './post-guard';
import { askBeforePosting } from './ui/post-guard-dialog';
import { watchComposers } from './watch-composers';
import './ui/herald-ui.css';

/**
 * Runs on every page of the three sites, so it does nothing until a post composer gets focus: no UI, no
 * observers on the page, one focus listener. Everything it starts ends with `ctx`: when the extension
 * updates or reloads, the orphaned script stops and its UI leaves the page (WXT removes the shadow root UI).
 */
export async function startComposerAssistant(ctx: ContentScriptContext): Promise<void> {
  const adapter = adapterForHost(location.hostname);
  if (!adapter) return;
  // IT's switched-off sites count as much as the employee's own choice.
  const [userSettings, managed] = await Promise.all([settingsItem.getValue(), managedConfigCacheItem.getValue()]);
  if (effectiveSettings(userSettings, managed ?? {}).disabledSites.includes(adapter.site)) return;

  const store = await loadLibraryStore(ctx);
  const ui = await createShadowRootUi(ctx, {
    name: 'herald-composer-ui',
    position: 'inline',
    anchor: 'body',
    append: 'last',
    // Keys typed in Herald's panel must not trigger the site's shortcuts.
    isolateEvents: ['keydown', 'keyup', 'keypress', 'input', 'focusin', 'focusout'],
    onMount: (container) => container,
  });
  // Invalidated while storage answered or the UI loaded: nothing below may start.
  if (ctx.isInvalid) return;
  const policy = createPolicyAssistant(ctx, adapter, store, ui.uiContainer);
  const assistant = createComposerAssistant(ctx, adapter, store, ui.uiContainer, policy, () => {
    return findComposers(adapter, document)[0] ?? null;
  });

  let mounted = false;
  const ensureMounted = () => {
    if (!mounted) ui.mount();
    mounted = true;
  };
  watchComposers(ctx, adapter, {
    onFocus: (editor) => {
      ensureMounted();
      assistant.activate(editor);
    },
    onShortcut: (editor) => {
      ensureMounted();
      assistant.openPanel(editor);
    },
  });
  guardPosting(ctx, adapter, {
    activeEditor: assistant.activeEditor,
    blockingMessages: policy.blockingMessages,
    ask: (messages) => askBeforePosting(ui.uiContainer, messages),
  });
  const stopAnswering = onMessage('insertIntoComposer', async ({ data }) => {
    ensureMounted();
    return assistant.insertItem(data);
  });
  ctx.onInvalidated(stopAnswering);
}
