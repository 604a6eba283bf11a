import { describe, expect, it } from 'vitest';
import { checkFeed } from '../../../cli/src/check/check-feed';
import { pathText } from '../../../cli/src/check/finding';
import demoFeed from '../../../shared/feed/demo-feed.json';
import { parseFeed } from '../../../shared/feed/parse-feed';
import { personalizeOf } from '../../../shared/feed/schema';
import { NOW } from '../cli/cli-harness';

const personalized = (feed: unknown) => {
  const parsed = parseFeed(feed);
  if (!parsed.ok) throw new Error('feed rejected');
  return personalizeOf(parsed.feed);
};

describe('the feed field "personalize"', () => {
  it('is "suggest" when the feed does not say', () => {
    expect(personalized(demoFeed)).toBe('suggest');
  });

  it('keeps each value the format knows', () => {
    for (const value of ['off', 'suggest', 'before-posting'] as const) {
      expect(personalized({ ...demoFeed, personalize: value })).toBe(value);
    }
  });

  it('reads a value this Herald does not know as the default, keeping the feed', () => {
    expect(personalized({ ...demoFeed, personalize: 'always' })).toBe('suggest');
  });

  it('is checked by herald-feed validate', () => {
    expect(checkFeed({ ...demoFeed, personalize: 'before-posting' }, NOW)).toEqual([]);
    const findings = checkFeed({ ...demoFeed, personalize: 'always' }, NOW);
    expect(findings.map((finding) => [finding.severity, pathText(finding.path)])).toEqual([['error', 'personalize']]);
  });
});
