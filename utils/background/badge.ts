import { browser } from 'wxt/browser';
import { buildLibrary } from '../../shared/library/build-library';
import { feedStatesItem, seenItemKeysItem } from '../storage';

/** The toolbar badge counts live items the employee has not seen in the popup yet. */
export async function updateBadge(): Promise<void> {
  const [states, seen] = await Promise.all([feedStatesItem.getValue(), seenItemKeysItem.getValue()]);
  const seenKeys = new Set(seen);
  const unseen = buildLibrary(states, Date.now()).items.filter((item) => !seenKeys.has(item.key)).length;
  // Firefox's MV2 build has browserAction where Chrome's MV3 has action.
  const action = browser.action ?? browser.browserAction;
  await action.setBadgeText({ text: unseen > 0 ? String(Math.min(unseen, 99)) : '' });
  await action.setBadgeBackgroundColor({ color: '#0a66c2' });
}
