import { type FormEvent, useState } from 'react';
import { browser } from 'wxt/browser';
import { isAllowedUrl } from '../../shared/feed/schema';
import type { FeedState } from '../../shared/sync/feed-state';
import { sendMessage } from '../../utils/messages';
import { feedStatesItem, managedConfigCacheItem } from '../../utils/storage';
import { useStorageItem } from '../use-storage-item';
import { FeedRow } from './FeedRow';

const ORDER: Record<FeedState['origin'], number> = { managed: 0, user: 1, demo: 2 };

export function FeedsSection() {
  const states = useStorageItem(feedStatesItem);
  const managed = useStorageItem(managedConfigCacheItem);
  const [url, setUrl] = useState('');
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);
  const allowUserFeeds = managed?.allowUserFeeds !== false;
  const feeds = Object.values(states ?? {}).sort((a, b) => ORDER[a.origin] - ORDER[b.origin]);

  async function run(label: string, action: () => Promise<string>) {
    setBusy(true);
    setStatus(label);
    try {
      setStatus(await action());
    } catch (error) {
      setStatus(`Something went wrong: ${error instanceof Error ? error.message : String(error)}`);
    } finally {
      setBusy(false);
    }
  }

  function addFeed(event: FormEvent) {
    event.preventDefault();
    const candidate = url.trim();
    if (!isAllowedUrl(candidate)) {
      setStatus('Enter the feed’s https:// address (http:// only for localhost).');
      return;
    }
    const origin = `${new URL(candidate).origin}/*`;
    // The permission prompt needs the click's user gesture: ask before anything else is awaited.
    const granted = browser.permissions.request({ origins: [origin] });
    void run('Adding the feed…', async () => {
      if (!(await granted)) return `Not added: Herald needs your permission to read ${new URL(candidate).host}.`;
      const result = await sendMessage('addFeed', candidate);
      if (!result.ok) return result.message;
      setUrl('');
      return 'Feed added and synced.';
    });
  }

  function syncNow() {
    void run('Syncing…', async () => {
      const report = await sendMessage('syncNow');
      if (report.errors.length === 0) return 'All feeds are up to date.';
      return `Synced, with ${report.errors.length} problem${report.errors.length === 1 ? '' : 's'}: ${report.errors
        .map((error) => `${error.url}: ${error.message}`)
        .join('; ')}. The last good content is kept.`;
    });
  }

  return (
    <section aria-labelledby="feeds-heading">
      <h2 id="feeds-heading">Feeds</h2>
      <ul className="feed-list">
        {feeds.map((state) => (
          <FeedRow
            key={state.url}
            state={state}
            onRemove={() =>
              void run('Removing…', async () => (await sendMessage('removeFeed', state.url), 'Feed removed.'))
            }
          />
        ))}
      </ul>
      {allowUserFeeds ? (
        <form className="add-feed" onSubmit={addFeed}>
          <label htmlFor="feed-url">Feed URL</label>
          <input
            id="feed-url"
            type="url"
            inputMode="url"
            placeholder="https://comms.example.com/herald/feed.json"
            value={url}
            onChange={(event) => setUrl(event.target.value)}
            required
          />
          <button type="submit" disabled={busy}>
            Add feed
          </button>
        </form>
      ) : (
        <p>Your organisation manages Herald’s feeds.</p>
      )}
      <button type="button" onClick={syncNow} disabled={busy}>
        Sync now
      </button>
      <p role="status" className="status">
        {status}
      </p>
    </section>
  );
}
