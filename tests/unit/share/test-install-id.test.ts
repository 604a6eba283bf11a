import { describe, expect, it } from 'vitest';
import demoFeed from '../../../shared/feed/demo-feed.json';
import { phrasingCount } from '../../../shared/feed/phrasings';
import type { FeedItem } from '../../../shared/feed/schema';
import { pickPhrasing } from '../../../shared/share/pick-phrasing';
import { DEMO_FEED_URL } from '../../../shared/sync/feed-state';
import { TEST_INSTALL_ID } from '../../e2e/harness/test-install-id.mjs';

// The e2e browsers' install id must read every demo item in its own words: the specs that check what Insert
// puts in a composer expect the item's text. If this fails, a demo item gained phrasings or the hash changed:
// pick another TEST_INSTALL_ID that passes.
describe('the e2e install id', () => {
  it.each((demoFeed.items as FeedItem[]).filter((item) => phrasingCount(item) > 1))(
    'picks the own text of $id',
    (item) => {
      expect(pickPhrasing(TEST_INSTALL_ID, `${DEMO_FEED_URL}#${item.id}`, phrasingCount(item))).toBe(0);
    },
  );

  it('is checked against at least one demo item with phrasings', () => {
    expect((demoFeed.items as FeedItem[]).some((item) => phrasingCount(item) > 1)).toBe(true);
  });
});
