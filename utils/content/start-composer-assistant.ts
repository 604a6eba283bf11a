import { effectiveSettings } from '../../shared/settings/effective-settings';
import { readDraftText } from '../../shared/sites/draft-text';
import { findComposers } from '../../shared/sites/find-composer';
import { networkForHost } from '../../shared/sites/registry';
import { countUse } from '../count-use';
import { onMessage } from '../messages';
import { namedInstances } from '../named-instances';
import { managedConfigCacheItem, settingsItem } from '../storage';
import { createComposerAssistant } from './composer-assistant';
import { createComposerUses } from './composer-uses';
import { loadLibraryStore } from './library-store';
import { type Lifetime, releasing } from './lifetime';
import { loadPhrasingStore } from './phrasing-store';
import { createPolicyAssistant } from './policy-assistant';
import { guardPosting } from './post-guard';
// Inlined, not fetched: a fetch of the extension's CSS file needs it exposed as a web-accessible resource to
// every site Herald runs on, and Mastodon servers are on any domain.
import uiCss from './ui/herald-ui.css?inline';
import { askBeforePosting } from './ui/post-guard-dialog';
import { createShadowHost } from './ui/shadow-host';
import { watchComposers } from './watch-composers';

/**
 * Runs on every page of the networks' sites, so it does nothing until a post composer gets focus: no UI, no
 * observers on the page, one focus listener. Everything it starts ends with `lifetime`: when the extension
 * updates or reloads, the orphaned script stops and its UI leaves the page.
 */
export async function startComposerAssistant(lifetime: Lifetime): Promise<void> {
  // Networks on any domain (Mastodon) run here only where the background registered the script: on a server
  // the employee or IT named. Storage is read only then, not on every page of the other networks.
  const network = networkForHost(location.hostname) ?? networkForHost(location.hostname, await namedInstances());
  if (!network) return;
  // IT's switched-off sites count as much as the employee's own choice.
  const [userSettings, managed] = await Promise.all([settingsItem.getValue(), managedConfigCacheItem.getValue()]);
  if (effectiveSettings(userSettings, managed ?? {}).disabledSites.includes(network.site)) return;

  const [store, phrasings] = await Promise.all([loadLibraryStore(lifetime), loadPhrasingStore(lifetime)]);
  // Invalidated while storage answered: nothing below may start.
  if (!lifetime.isValid) return;
  const ui = createShadowHost('herald-composer-ui', uiCss, lifetime);
  const policy = createPolicyAssistant(lifetime, network, store, ui.container);
  const uses = createComposerUses(network.site, countUse);
  const assistant = createComposerAssistant(lifetime, network, store, ui.container, policy, phrasings, uses, () => {
    return findComposers(network, document)[0] ?? null;
  });

  const ensureMounted = ui.mount;
  watchComposers(lifetime, network, {
    onFocus: (editor) => {
      ensureMounted();
      assistant.activate(editor);
    },
    onShortcut: (editor) => {
      ensureMounted();
      assistant.openPanel(editor);
    },
  });
  guardPosting(lifetime, network, {
    activeEditor: assistant.activeEditor,
    blockingMessages: policy.blockingMessages,
    ask: (reasons) => askBeforePosting(ui.container, reasons),
    posted: (editor) => uses.posted(editor, () => readDraftText(editor).text),
  });
  const stopAnswering = onMessage('insertIntoComposer', async ({ data }) => {
    ensureMounted();
    return assistant.insertItem(data);
  });
  lifetime.onInvalidated(releasing(stopAnswering));
}
