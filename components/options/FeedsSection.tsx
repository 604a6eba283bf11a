import { type FormEvent, useState } from 'react';
import { browser } from 'wxt/browser';
import { isAllowedUrl } from '../../shared/feed/schema';
import { feedPermissionOrigin } from '../../shared/sync/feed-origin';
import type { FeedState } from '../../shared/sync/feed-state';
import { type SyncReport, sendMessage } from '../../utils/messages';
import { feedStatesItem, managedConfigCacheItem } from '../../utils/storage';
import { useStorageItem } from '../use-storage-item';
import { FeedRow, feedName } from './FeedRow';

const ORDER: Record<FeedState['origin'], number> = { managed: 0, user: 1, demo: 2 };

/** "All feeds are up to date", or which feeds failed and why, by the names the employee sees in the list. */
function describeSync(report: SyncReport, states: Readonly<Record<string, FeedState>>): string {
  if (report.errors.length === 0) return 'All feeds are up to date.';
  const problems = report.errors.map((error) => `${feedName(states[error.url], error.url)}: ${error.message}`);
  const count = report.errors.length === 1 ? 'a problem' : `${report.errors.length} problems`;
  return `Synced, with ${count}: ${problems.join('; ')}. Herald keeps the last good content and tries again soon.`;
}

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
      const reason = error instanceof Error ? error.message : String(error);
      setStatus(`Something went wrong: ${reason}. Try again, or reload this page.`);
    } finally {
      setBusy(false);
    }
  }

  function addFeed(event: FormEvent) {
    event.preventDefault();
    const candidate = url.trim();
    if (!isAllowedUrl(candidate)) {
      setStatus('Enter the feed’s full address, starting with https:// (http:// only for localhost).');
      return;
    }
    const { host } = new URL(candidate);
    // The permission prompt needs the click's user gesture: ask before anything else is awaited.
    const granted = browser.permissions.request({ origins: [feedPermissionOrigin(candidate)] });
    void run(`Waiting for your permission to read ${host}…`, async () => {
      if (!(await granted)) {
        return `Not added: Herald needs your permission to read ${host}. Click Add feed again and choose Allow.`;
      }
      setStatus('Adding the feed…');
      const result = await sendMessage('addFeed', candidate);
      if (!result.ok) return result.message;
      setUrl('');
      return 'Feed added and synced.';
    });
  }

  function syncNow() {
    void run('Syncing…', async () => {
      const report = await sendMessage('syncNow');
      return describeSync(report, await feedStatesItem.getValue());
    });
  }

  return (
    <section aria-labelledby="feeds-heading">
      <h2 id="feeds-heading">Feeds</h2>
      {states === undefined ? (
        <p className="hint">Loading…</p>
      ) : (
        <ul className="feed-list">
          {feeds.map((state) => (
            <FeedRow
              key={state.url}
              state={state}
              onRemove={() =>
                void run('Removing…', async () => {
                  await sendMessage('removeFeed', state.url);
                  return `Removed ${feedName(state, state.url)}.`;
                })
              }
            />
          ))}
        </ul>
      )}
      {allowUserFeeds ? (
        // noValidate: Herald's own message in the status region says what to fix; the browser's bubble is
        // easy to miss and not read out everywhere.
        <form className="add-feed" onSubmit={addFeed} noValidate>
          <label htmlFor="feed-url">Feed URL</label>
          <input
            id="feed-url"
            type="url"
            inputMode="url"
            autoComplete="url"
            spellCheck={false}
            placeholder="https://comms.example.com/herald/feed.json"
            aria-describedby="feed-url-hint"
            value={url}
            onChange={(event) => setUrl(event.target.value)}
            required
          />
          <button type="submit" disabled={busy}>
            Add feed
          </button>
          <p id="feed-url-hint" className="hint">
            The address your communications team gave you. Herald asks your permission to read that site.
          </p>
        </form>
      ) : (
        <p className="hint">Your organisation manages Herald’s feeds, so you cannot add your own.</p>
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
