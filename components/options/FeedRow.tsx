import { refusedPatternPolicies } from '../../shared/policy/pattern-problems';
import type { FeedState } from '../../shared/sync/feed-state';
import { relativeTime } from '../../shared/time/relative-time';

const ORIGIN_LABEL: Record<FeedState['origin'], string> = {
  managed: 'Set by your organisation',
  user: 'Added by you',
  demo: 'Demo content',
};

/** What the employee can do about a feed that has never loaded depends on who set it up. */
const NEVER_LOADED_ADVICE: Record<FeedState['origin'], string> = {
  managed: 'Your IT team can check the feed; Herald tries again at every sync.',
  user: 'Check the address with whoever gave it to you; Herald tries again at every sync.',
  demo: 'Reinstalling Herald restores the demo.',
};

/** The name the employee knows a feed by: its publisher once loaded, else its host (the row shows the URL). */
export function feedName(state: FeedState | undefined, url: string): string {
  if (state?.feed) return state.feed.publisher.name;
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}

export function FeedRow({ state, onRemove }: { state: FeedState; onRemove: () => void }) {
  const name = feedName(state, state.url);
  const headingId = `feed-${state.url}`;
  const refused = refusedPatternPolicies(state.skipped);
  return (
    <li className="feed-row" aria-labelledby={headingId}>
      <div className="feed-title">
        <h3 id={headingId}>{name}</h3>
        <span className={`badge badge-${state.origin}`}>{ORIGIN_LABEL[state.origin]}</span>
      </div>
      {state.origin !== 'demo' && <div className="feed-url">{state.url}</div>}
      <div className="feed-sync">
        {state.lastSuccessAt ? `Last synced ${relativeTime(state.lastSuccessAt)}` : 'Not synced yet'}
        {state.feed && ` · ${state.feed.items.length} items, ${state.feed.policies.length} policies`}
        {state.feed &&
          state.origin !== 'demo' &&
          (state.signedBy ? ` · signed with key ${state.signedBy}` : ' · not signed')}
      </div>
      {state.lastError && (
        <p className="feed-error">
          Last error{state.lastAttemptAt ? ` (${relativeTime(state.lastAttemptAt)})` : ''}: {state.lastError}.{' '}
          {state.feed ? 'Showing the last good version.' : NEVER_LOADED_ADVICE[state.origin]}
        </p>
      )}
      {refused.length > 0 && (
        <p className="feed-refused">
          {refused.length === 1 ? 'A policy was' : `${refused.length} policies were`} left out because a pattern could
          freeze the page while you type:{' '}
          {refused.map((id, k) => (
            <span key={id}>
              {k > 0 && ', '}
              <code>{id}</code>
            </span>
          ))}
          . The details are under "skipped as invalid" below; the feed&rsquo;s publisher can rewrite them.
        </p>
      )}
      {state.skipped.length > 0 && (
        <details className="feed-skipped">
          <summary>
            {state.skipped.length} {state.skipped.length === 1 ? 'entry' : 'entries'} skipped as invalid
          </summary>
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
