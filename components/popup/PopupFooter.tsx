import { browser } from 'wxt/browser';
import type { FeedState } from '../../shared/sync/feed-state';
import { relativeTime } from '../../shared/time/relative-time';
import { sendMessage } from '../../utils/messages';
import { usePopupStore } from './popup-store';

export function PopupFooter({ states }: { states: Record<string, FeedState> }) {
  const say = usePopupStore((state) => state.say);
  const feeds = Object.values(states);
  const lastSync = Math.max(0, ...feeds.map((feed) => feed.lastSuccessAt ?? 0));
  const errors = feeds.filter((feed) => feed.lastError);

  async function syncNow() {
    say('Syncing…');
    const report = await sendMessage('syncNow');
    say(
      report.errors.length === 0
        ? 'Up to date.'
        : `Sync problem: ${report.errors.map((error) => error.message).join('; ')}. Showing the last good content.`,
    );
  }

  return (
    <footer className="popup-footer">
      <div className="footer-feeds">
        <span>
          {feeds.map((feed) => feed.feed?.publisher.name ?? feed.url).join(', ') || 'No feed'}
          {lastSync > 0 && ` · synced ${relativeTime(lastSync)}`}
        </span>
        {errors.map((feed) => (
          <span key={feed.url} className="footer-error">
            {feed.feed?.publisher.name ?? feed.url}: {feed.lastError}
          </span>
        ))}
      </div>
      <div className="footer-actions">
        <button type="button" onClick={() => void syncNow()}>
          Sync now
        </button>
        <button type="button" className="link" onClick={() => void browser.runtime.openOptionsPage()}>
          Options
        </button>
      </div>
    </footer>
  );
}
