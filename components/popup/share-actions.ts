import { browser } from 'wxt/browser';
import { phrasingText, wordingNumber } from '../../shared/feed/phrasings';
import type { Site } from '../../shared/feed/schema';
import type { LibraryItem } from '../../shared/library/build-library';
import { composeForNetwork } from '../../shared/share/compose-for-network';
import { shareIntent, type Wording } from '../../shared/share/share-intent';
import { type InstanceSite, labelOf, networkNames, networkOf } from '../../shared/sites/registry';
import { fillPlaceholders } from '../../shared/text/placeholders';
import { countUse } from '../../utils/count-use';
import { type InsertResult, sendMessage } from '../../utils/messages';
import { namedInstances } from '../../utils/named-instances';

/**
 * Opens the network's share page (copying the caption first where the page cannot take it), in this
 * install's wording (see composeForNetwork).
 */
export async function shareItem(item: LibraryItem, site: Site, wording: Wording = {}): Promise<string> {
  // Networks on any domain share through the employee's own server: the first one named (IT's first).
  const instance = networkOf(site).instanceHosted ? (await namedInstances())[site as InstanceSite]?.[0] : undefined;
  const action = shareIntent(item, site, instance, wording);
  if (action.kind === 'unavailable') return action.reason;
  if (action.clipboardText) await navigator.clipboard.writeText(action.clipboardText);
  await sendMessage('recordShare', { key: item.key, site });
  countUse({ kind: 'shared', itemKey: item.key, phrasing: wordingNumber(item, wording.phrasing), site });
  if (action.kind === 'copy') return action.note;
  await browser.tabs.create({ url: action.url });
  return action.note ?? `Opened the ${labelOf(site)} share page.`;
}

export async function copyItem(item: LibraryItem, site: Site, wording: Wording = {}): Promise<string> {
  const composed = composeForNetwork(item, site, wording);
  // Too long for the network, the text is still copied, filled the same way: never a literal "{team}".
  await navigator.clipboard.writeText(
    composed.ok
      ? composed.text
      : fillPlaceholders(phrasingText(item, site, wording.phrasing), wording.placeholders).text,
  );
  await sendMessage('recordShare', { key: item.key, site: 'copy' });
  // A plain Copy is for no network in particular, whichever network the card previews.
  countUse({ kind: 'copied', itemKey: item.key, phrasing: wordingNumber(item, wording.phrasing), site: null });
  return composed.ok ? `Copied the ${labelOf(site)} version.` : `Copied. ${composed.reason}`;
}

/**
 * The tab the employee is posting from: the active tab when this is the toolbar popup, else (the popup
 * opened as a page) the most recently used tab. Each tab's content script answers whether it has a
 * composer open, so Herald needs no `tabs` permission to read URLs. That script composes the item in this
 * install's wording itself, from the same stored choice the card shows.
 */
export async function insertIntoOpenComposer(item: LibraryItem): Promise<string> {
  const self = await browser.tabs.getCurrent();
  const tabs = (await browser.tabs.query({ windowType: 'normal' }))
    .filter((tab) => tab.id !== undefined && tab.id !== self?.id)
    .sort((a, b) => Number(b.active) - Number(a.active) || (b.lastAccessed ?? 0) - (a.lastAccessed ?? 0));
  for (const tab of tabs.slice(0, 8)) {
    let result: InsertResult;
    try {
      result = await sendMessage('insertIntoComposer', item.key, tab.id);
    } catch {
      continue; // No Herald in that tab (another site, or opened before Herald was installed).
    }
    if (result.ok) return 'Inserted into your post.';
    if (!result.noComposer) return result.message;
  }
  return `Open the post composer on ${networkNames('disjunction')}, then press Insert again.`;
}
