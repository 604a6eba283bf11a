import { browser } from 'wxt/browser';
import { isAllowedUrl } from '../../shared/feed/schema';
import { feedPermissionOrigin } from '../../shared/sync/feed-origin';
import type { AddFeedResult } from '../messages';
import { feedStatesItem, userFeedUrlsItem } from '../storage';
import { addUserFeedUrl, removeUserFeedUrl } from './feed-store';
import { loadManagedConfig } from './managed-config';
import { runSync, syncAddedFeed } from './run-sync';

/** How long Add feed waits for managed storage before going by the last policy seen. */
export const ADD_FEED_MANAGED_TIMEOUT_MS = 1_000;

/** Adds an employee's feed and fetches it (it alone) at once, so the options page can show whether it loaded. */
export async function addUserFeed(rawUrl: string): Promise<AddFeedResult> {
  const url = rawUrl.trim();
  if (!isAllowedUrl(url)) return { ok: false, message: 'Enter an https:// address (http:// only for localhost).' };
  const managed = await loadManagedConfig('start-up', { timeoutMs: ADD_FEED_MANAGED_TIMEOUT_MS });
  if (managed.allowUserFeeds === false) {
    return { ok: false, message: 'Your organisation does not allow adding feeds.' };
  }
  if (managed.feedUrls?.includes(url)) return { ok: false, message: 'Your organisation already provides this feed.' };
  if (!(await browser.permissions.contains({ origins: [feedPermissionOrigin(url)] }))) {
    return { ok: false, message: `Herald needs permission to read ${new URL(url).host} to sync this feed.` };
  }
  await addUserFeedUrl(url);
  const report = await syncAddedFeed(url, managed);
  const error = report.errors.find((failure) => failure.url === url);
  if (error && !(await feedStatesItem.getValue())[url]?.feed) {
    return { ok: false, message: `Added, but the feed could not be loaded: ${error.message}` };
  }
  return { ok: true, report };
}

export async function removeUserFeed(url: string): Promise<void> {
  await removeUserFeedUrl(url);
  await runSync();
  // Give back the host permission unless another feed still lives there, IT's included: the employee may
  // have granted the origin IT's feed is served from, and that feed would fail without it.
  const origin = feedPermissionOrigin(url);
  const managed = await loadManagedConfig('start-up');
  const stillUsed = [...(await userFeedUrlsItem.getValue()), ...(managed.feedUrls ?? [])].some(
    (kept) => URL.canParse(kept) && feedPermissionOrigin(kept) === origin,
  );
  if (!stillUsed) await browser.permissions.remove({ origins: [origin] }).catch(() => false);
}
