import { describe, expect, it } from 'vitest';
import type { FeedState } from '../../../shared/sync/feed-state';
import { mergeFeedStates } from '../../../shared/sync/merge-feed-states';

const A = 'https://a.example/feed.json';
const B = 'https://b.example/feed.json';
const state = (url: string, lastAttemptAt?: number): FeedState => ({
  url,
  origin: 'user',
  failures: 0,
  skipped: [],
  lastAttemptAt,
});

describe('mergeFeedStates', () => {
  it('keeps a feed added while a sync ran, which the sync never saw', () => {
    const held = { [A]: state(A, 1), [B]: state(B, 5) };
    const written = { [A]: state(A, 9) };
    expect(mergeFeedStates(held, written, [A, B])).toEqual({ [A]: state(A, 9), [B]: state(B, 5) });
  });

  it('per source, keeps the later attempt', () => {
    const held = { [A]: state(A, 10) };
    expect(mergeFeedStates(held, { [A]: state(A, 3) }, [A])[A]).toEqual(state(A, 10));
    expect(mergeFeedStates(held, { [A]: state(A, 11) }, [A])[A]).toEqual(state(A, 11));
    expect(mergeFeedStates({ [A]: state(A) }, { [A]: state(A, 1) }, [A])[A]).toEqual(state(A, 1));
  });

  it('drops what is no longer configured, written or held', () => {
    const held = { [A]: state(A, 1), [B]: state(B, 1) };
    expect(mergeFeedStates(held, { [B]: state(B, 2) }, [A])).toEqual({ [A]: state(A, 1) });
  });
});
