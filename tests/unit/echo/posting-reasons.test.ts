import { describe, expect, it } from 'vitest';
import type { Echo } from '../../../shared/echo/echo-index';
import { echoGuardMessage, postingReasons } from '../../../shared/echo/posting-reasons';

const echo = (approvedWords: number, words: number): Echo => ({
  share: approvedWords / words,
  words,
  approvedWords,
  sources: [0],
});

describe('echoGuardMessage', () => {
  it('asks for own words before posting a mostly verbatim draft, only with "before-posting"', () => {
    const message = echoGuardMessage(echo(19, 20), 'before-posting');
    expect(message).toContain('95% of this post is the approved wording');
    expect(message).toContain('own words');
    expect(echoGuardMessage(echo(19, 20), 'suggest')).toBeUndefined();
    expect(echoGuardMessage(echo(19, 20), 'off')).toBeUndefined();
  });

  it('uses the note’s threshold', () => {
    expect(echoGuardMessage(echo(8, 10), 'before-posting')).toContain('80%');
    expect(echoGuardMessage(echo(79, 100), 'before-posting')).toBeUndefined();
  });
});

describe('postingReasons', () => {
  const block = { message: 'No code names.' };
  const rule = { message: 'Quiet period.', noOverride: true } as const;
  const own = 'Say it in your own words.';

  it('lets a draft through with neither a blocking finding nor an echo question', () => {
    expect(postingReasons([], undefined)).toBeUndefined();
  });

  it('asks the echo question alone, with Post anyway', () => {
    expect(postingReasons([], own)).toEqual({ messages: [], echo: own, canPostAnyway: true });
  });

  it('lists blocking findings once each, and the echo question beside them', () => {
    expect(postingReasons([block, block], own)).toEqual({
      messages: ['No code names.'],
      echo: own,
      canPostAnyway: true,
    });
    expect(postingReasons([block], undefined)).toEqual({ messages: ['No code names.'], canPostAnyway: true });
  });

  it('asks about a gap left to fill, alone or beside the rest, with Post anyway', () => {
    const gap = 'This post still has “[team]”.';
    expect(postingReasons([], undefined, gap)).toEqual({ messages: [], gaps: gap, canPostAnyway: true });
    expect(postingReasons([block], own, gap)).toEqual({
      messages: ['No code names.'],
      echo: own,
      gaps: gap,
      canPostAnyway: true,
    });
  });

  it('offers only Edit when a company rule stands, echo question or not', () => {
    expect(postingReasons([block, rule], own)?.canPostAnyway).toBe(false);
    expect(postingReasons([rule], undefined)?.canPostAnyway).toBe(false);
  });
});
