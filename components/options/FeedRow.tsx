import type { FeedState } from '../../shared/sync/feed-state';
import { relativeTime } from '../../shared/time/relative-time';

const ORIGIN_LABEL: Record<FeedState['origin'], string> = {
  managed: 'Set by your organisation',
  user: 'Added by you',
  demo: 'Demo content',
};

export function FeedRow({ state, onRemove }: { state: FeedState; onRemove: () => void }) {
  const name = state.feed?.publisher.name ?? state.url;
  return (
    <li className="feed-row">
      <div className="feed-title">
        <strong>{name}</strong> <span className={`badge badge-${state.origin}`}>{ORIGIN_LABEL[state.origin]}</span>
      </div>
      {state.origin !== 'demo' && <div className="feed-url">{state.url}</div>}
      <div className="feed-sync">
        {state.lastSuccessAt ? `Last synced ${relativeTime(state.lastSuccessAt)}` : 'Not synced yet'}
        {state.feed && ` · ${state.feed.items.length} items, ${state.feed.policies.length} policies`}
      </div>
      {state.lastError && (
        <div className="feed-error">
          Last error{state.lastAttemptAt ? ` (${relativeTime(state.lastAttemptAt)})` : ''}: {state.lastError}
          {state.feed ? '. Showing the last good version.' : ''}
        </div>
      )}
      {state.skipped.length > 0 && (
        <details className="feed-skipped">
          <summary>{state.skipped.length} entries skipped as invalid</summary>
          <ul>
            {state.skipped.slice(0, 50).map((problem) => (
              <li key={`${problem.path}:${problem.message}`}>
                <code>{problem.path}</code>: {problem.message}
              </li>
            ))}
          </ul>
        </details>
      )}
      {state.origin === 'user' && (
        <button type="button" onClick={onRemove} aria-label={`Remove feed ${name}`}>
          Remove
        </button>
      )}
    </li>
  );
}
