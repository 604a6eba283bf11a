import { describe, expect, it } from 'vitest';
import demoFeed from '../../../shared/feed/demo-feed.json';
import { parseFeed } from '../../../shared/feed/parse-feed';
import type { Feed } from '../../../shared/feed/schema';
import { compilePolicies } from '../../../shared/policy/compile-policies';
import { PATTERN_RULES, revetHeldFeeds } from '../../../shared/policy/pattern-revet';
import type { FeedState } from '../../../shared/sync/feed-state';

const URL = 'https://feeds.example/a.json';

/** A feed as an older Herald stored it: its unsafe pattern passed the old check and sits in `feed`. */
function heldBeforeTheUpdate(): FeedState {
  const parsed = parseFeed({ ...demoFeed, policies: [] });
  if (!parsed.ok) throw new Error('the demo feed should parse');
  const feed: Feed = {
    ...parsed.feed,
    policies: [
      { id: 'falcon', severity: 'warn', message: 'm', pattern: '\\bFalcon\\b' },
      { id: 'numbers', severity: 'warn', message: 'm', pattern: '\\d+\\d{0,1000}x' },
    ],
  };
  return { url: URL, origin: 'user', failures: 0, skipped: [], feed, etag: '"v1"' };
}

describe('revetHeldFeeds', () => {
  it('drops a held policy whose pattern the current rules refuse, and names it', () => {
    const next = revetHeldFeeds({ [URL]: heldBeforeTheUpdate() });
    const state = next?.[URL];
    expect(state?.feed?.policies.map((policy) => policy.id)).toEqual(['falcon']);
    expect(state?.skipped).toEqual([
      { path: 'policies[1].pattern', message: expect.stringMatching(/^policy "numbers" is refused: /) },
    ]);
    expect(state?.patternRules).toBe(PATTERN_RULES);
    // The validators stay: a 304 later keeps the checked copy, not the old one.
    expect(state?.etag).toBe('"v1"');
    // What the page then compiles, trusting the held copy, no longer holds the pattern.
    const checker = compilePolicies(state?.feed?.policies ?? [], { patternsVetted: true });
    expect(checker.check('Falcon 12x').map((finding) => finding.policyId)).toEqual(['falcon']);
  });

  it('does nothing once every held feed was checked against the current rules', () => {
    const once = revetHeldFeeds({ [URL]: heldBeforeTheUpdate() });
    expect(once).toBeDefined();
    expect(revetHeldFeeds(once ?? {})).toBeUndefined();
  });

  it('stamps a source that holds no feed yet without touching it otherwise', () => {
    const empty: FeedState = { url: URL, origin: 'managed', failures: 2, skipped: [], lastError: 'HTTP 500' };
    expect(revetHeldFeeds({ [URL]: empty })).toEqual({ [URL]: { ...empty, patternRules: PATTERN_RULES } });
  });
});
