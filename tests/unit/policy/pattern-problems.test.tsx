import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { FeedRow } from '../../../components/options/FeedRow';
import demoFeed from '../../../shared/feed/demo-feed.json';
import { parseFeed } from '../../../shared/feed/parse-feed';
import { patternProblems, refusedPatternPolicies } from '../../../shared/policy/pattern-problems';
import type { FeedState } from '../../../shared/sync/feed-state';

const policy = (id: string, fields: Record<string, unknown>) => ({ id, severity: 'warn', message: 'm', ...fields });

describe('refused patterns are named by their policy', () => {
  it('names the policy, the field and the pattern in each problem', () => {
    expect(patternProblems({ id: 'numbers', pattern: '\\d+\\d{0,1000}x' })).toEqual([
      {
        field: 'pattern',
        reason: expect.stringMatching(
          /^policy "numbers" is refused: its pattern \/\\d\+\\d\{0,1000\}x\/: the repeated parts/,
        ),
      },
    ]);
    expect(
      patternProblems({ id: 'w', when: { pattern: '(a*)\\1*\\1*b' }, require: { terms: ['x'] } })[0]?.reason,
    ).toMatch(/^policy "w" is refused: its "when" pattern \/\(a\*\)\\1\*\\1\*b\/: the backreference/);
    expect(patternProblems({ id: 'fine', pattern: '\\bFalcon\\b' })).toEqual([]);
  });

  it('finds the refused policies again in a synced feed, each once, with quotes in ids kept', () => {
    const parsed = parseFeed({
      ...demoFeed,
      policies: [
        policy('ok', { pattern: '\\bFalcon\\b' }),
        policy('say "hi"', { pattern: '.{0,2000}.{0,2000}!', flags: 's' }),
        policy('both', { when: { pattern: '(a|a)*$' }, require: { pattern: '\\d{0,1000}\\d{0,1000}x' } }),
        { id: 'broken' },
      ],
    });
    expect(parsed.ok && refusedPatternPolicies(parsed.skipped)).toEqual(['say "hi"', 'both']);
  });

  it('lists them by id in the feed row of Options', () => {
    const parsed = parseFeed({ ...demoFeed, policies: [policy('card-digits', { pattern: '\\d+\\d{0,1000}x' })] });
    if (!parsed.ok) throw new Error('the feed should parse');
    const state: FeedState = { url: 'https://feeds.example/a.json', origin: 'user', failures: 0, ...parsed };
    const html = renderToStaticMarkup(<FeedRow state={state} onRemove={() => {}} />);
    expect(html).toContain('A policy was left out because a pattern could freeze the page while you type');
    expect(html).toContain('<code>card-digits</code>');
    expect(html).toContain('policy &quot;card-digits&quot; is refused');
  });

  it('says nothing of refused patterns when none was', () => {
    const parsed = parseFeed(demoFeed);
    if (!parsed.ok) throw new Error('the demo feed should parse');
    const state: FeedState = { url: 'https://feeds.example/a.json', origin: 'user', failures: 0, ...parsed };
    expect(renderToStaticMarkup(<FeedRow state={state} onRemove={() => {}} />)).not.toContain('left out');
  });
});
