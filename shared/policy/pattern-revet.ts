import type { FeedState } from '../sync/feed-state';
import { patternProblems } from './pattern-problems';

// The page compiles held policies without checking their patterns again (parseFeed checked them at
// sync), so a feed stored before the analysis grew stricter would keep running patterns it now refuses,
// and a 304 would keep that copy for good. Each held feed records the rules it was checked against;
// the worker checks again any feed checked against older rules before its next sync.

/** Raise whenever the analysis refuses patterns it used to accept. 2: issue 15 (bounded repeats, backreferences...). */
export const PATTERN_RULES = 2;

/** The states with every held feed checked against the current rules, or undefined when all already were. */
export function revetHeldFeeds(states: Readonly<Record<string, FeedState>>): Record<string, FeedState> | undefined {
  const stale = Object.values(states).filter((state) => (state.patternRules ?? 1) < PATTERN_RULES);
  if (stale.length === 0) return undefined;
  const next = { ...states };
  for (const state of stale) {
    const { feed } = state;
    if (!feed) {
      next[state.url] = { ...state, patternRules: PATTERN_RULES };
      continue;
    }
    const refused: FeedState['skipped'] = [];
    const policies = feed.policies.filter((policy, index) => {
      const problems = patternProblems(policy);
      refused.push(...problems.map(({ field, reason }) => ({ path: `policies[${index}].${field}`, message: reason })));
      return problems.length === 0;
    });
    const revised: FeedState = {
      ...state,
      feed: refused.length > 0 ? { ...feed, policies } : feed,
      skipped: [...state.skipped, ...refused],
      patternRules: PATTERN_RULES,
    };
    // The stored hash was of the feed before; the page hashes the new one until the sync stores its hash.
    if (refused.length > 0) delete revised.contentHash;
    next[state.url] = revised;
  }
  return next;
}
