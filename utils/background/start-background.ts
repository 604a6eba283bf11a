import demoFeed from '../../shared/feed/demo-feed.json';
import { parseFeed } from '../../shared/feed/parse-feed';
import { DEMO_FEED_URL } from '../../shared/sync/feed-state';
import { feedStatesItem } from '../storage';

export function startBackground(): void {
  void seedDemoFeed();
}

async function seedDemoFeed(): Promise<void> {
  const parsed = parseFeed(demoFeed);
  if (!parsed.ok) throw new Error(`the bundled demo feed is invalid: ${parsed.errors[0]?.message}`);
  const states = await feedStatesItem.getValue();
  await feedStatesItem.setValue({
    ...states,
    [DEMO_FEED_URL]: {
      url: DEMO_FEED_URL,
      origin: 'demo',
      feed: parsed.feed,
      failures: 0,
      skipped: [],
      lastSuccessAt: Date.now(),
    },
  });
}
