import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { freshBackground, stubFeeds, stubPermissions } from './background-harness';

let bg: Awaited<ReturnType<typeof freshBackground>>;

beforeEach(async () => {
  bg = await freshBackground();
  stubFeeds();
});

afterEach(() => {
  vi.unstubAllGlobals();
});

const registered = () => bg.scripting.registered.get('herald-instances');

/** What the background registers once its current round of work settles. */
async function settled() {
  await vi.waitFor(async () => {
    const pending = bg.scripting.getRegisteredContentScripts.mock.results.map((result) => result.value);
    await Promise.all(pending);
  });
  await new Promise((resolve) => setTimeout(resolve, 20));
  return registered();
}

describe('the content script on the Mastodon servers an employee or IT names', () => {
  it('is registered, at start, on each named server Herald holds the permission for, and nowhere else', async () => {
    stubPermissions(['https://social.example/*', 'https://it.example/*']);
    await bg.storage.instanceHostsItem.setValue({ mastodon: ['social.example', 'not-granted.example'] });
    await bg.storage.managedConfigCacheItem.setValue({ mastodonInstances: ['it.example'] });

    bg.startBackground();

    expect(await settled()).toEqual({
      id: 'herald-instances',
      js: ['content-scripts/content.js'],
      matches: ['https://it.example/*', 'https://social.example/*'],
      runAt: 'document_idle',
      persistAcrossSessions: true,
    });
  });

  it('follows servers added and removed, and goes when none is left', async () => {
    const permissions = stubPermissions(['https://social.example/*']);
    bg.startBackground();
    expect(await settled()).toBeUndefined();

    await bg.storage.instanceHostsItem.setValue({ mastodon: ['social.example'] });
    expect((await settled())?.matches).toEqual(['https://social.example/*']);

    permissions.origins.add('https://second.example/*');
    await bg.storage.instanceHostsItem.setValue({ mastodon: ['social.example', 'second.example'] });
    expect((await settled())?.matches).toEqual(['https://social.example/*', 'https://second.example/*']);

    await bg.storage.instanceHostsItem.setValue({ mastodon: [] });
    expect(await settled()).toBeUndefined();
    expect(bg.scripting.unregisterContentScripts).toHaveBeenCalledWith({ ids: ['herald-instances'] });
  });

  it('follows the permission: granted later, the script comes; taken back, it goes', async () => {
    const permissions = stubPermissions();
    await bg.storage.instanceHostsItem.setValue({ mastodon: ['social.example'] });
    bg.startBackground();
    expect(await settled()).toBeUndefined();

    permissions.origins.add('https://social.example/*');
    bg.permissionEvents.onAdded.fire({ origins: ['https://social.example/*'] });
    expect((await settled())?.matches).toEqual(['https://social.example/*']);

    permissions.origins.delete('https://social.example/*');
    bg.permissionEvents.onRemoved.fire({ origins: ['https://social.example/*'] });
    expect(await settled()).toBeUndefined();
  });

  it('mends a registration left over from before: a server removed while the worker was stopped', async () => {
    stubPermissions(['https://social.example/*']);
    await bg.scripting.registerContentScripts([
      { id: 'herald-instances', js: ['content-scripts/content.js'], matches: ['https://gone.example/*'] },
    ]);
    await bg.storage.instanceHostsItem.setValue({ mastodon: ['social.example'] });

    bg.startBackground();

    expect((await settled())?.matches).toEqual(['https://social.example/*']);
  });

  it('takes changes that arrive together one after the other: a permission and the server list at once', async () => {
    stubPermissions(['https://social.example/*']);
    await bg.storage.instanceHostsItem.setValue({ mastodon: ['social.example'] });
    const { syncInstanceScripts } = await import('../../../utils/background/instance-scripts');

    // Both would see no registration yet and both register: the second would fail on the duplicate id.
    await expect(Promise.all([syncInstanceScripts(), syncInstanceScripts()])).resolves.toEqual([
      ['https://social.example/*'],
      ['https://social.example/*'],
    ]);
    expect(bg.scripting.registerContentScripts).toHaveBeenCalledTimes(1);
    expect(registered()?.matches).toEqual(['https://social.example/*']);
  });
});
