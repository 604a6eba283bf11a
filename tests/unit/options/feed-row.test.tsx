import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { FeedRow } from '../../../components/options/FeedRow';
import demoFeed from '../../../shared/feed/demo-feed.json';
import { parseFeed } from '../../../shared/feed/parse-feed';
import type { FeedState } from '../../../shared/sync/feed-state';

function heldState(origin: FeedState['origin'], signedBy?: string): FeedState {
  const parsed = parseFeed(demoFeed);
  if (!parsed.ok) throw new Error('the demo feed parses');
  return { url: 'https://feeds.example/a.json', origin, failures: 0, skipped: [], feed: parsed.feed, signedBy };
}

const row = (state: FeedState) => renderToStaticMarkup(<FeedRow state={state} onRemove={() => {}} />);

describe('FeedRow', () => {
  it('tells IT which key signed the feed held, or that it is not signed', () => {
    expect(row(heldState('managed', 'k1a2b3'))).toContain('signed with key k1a2b3');
    expect(row(heldState('user'))).toContain('not signed');
  });

  it('says nothing of signatures for the bundled demo', () => {
    expect(row(heldState('demo'))).not.toMatch(/signed/);
  });
});
