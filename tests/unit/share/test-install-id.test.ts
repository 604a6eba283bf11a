import { describe, expect, it } from 'vitest';
import demoFeed from '../../../shared/feed/demo-feed.json';
import { phrasingCount, phrasingText } from '../../../shared/feed/phrasings';
import type { FeedItem } from '../../../shared/feed/schema';
import { pickPhrasing } from '../../../shared/share/pick-phrasing';
import { DEMO_FEED_URL } from '../../../shared/sync/feed-state';
import { DEMO_INSTALL_ID, TEST_INSTALL_ID } from '../../e2e/harness/test-install-id.mjs';

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

describe('the demo walk-through install id', () => {
  it('picks a wording of the hiring item that holds a placeholder, so the demo shows one filled', () => {
    const hiring = (demoFeed.items as FeedItem[]).find((item) => item.id === 'tp-hiring-engineers') as FeedItem;
    const index = pickPhrasing(DEMO_INSTALL_ID, `${DEMO_FEED_URL}#${hiring.id}`, phrasingCount(hiring));
    expect(index).toBeGreaterThan(0);
    expect(phrasingText(hiring, 'linkedin', index)).toMatch(/\{(firstName|jobTitle|team|location)\}/);
  });
});
