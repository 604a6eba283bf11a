import { bench, describe } from 'vitest';
import { buildLibrary } from '../shared/library/build-library';
import type { FeedState } from '../shared/sync/feed-state';
import { generatedLibrary } from '../tests/unit/ranking/demo-items';

// The library version is a hash of the content (issue 15): a changed rule under the same updatedAt is a new
// version. Hashing is paid once per sync that changes a feed (a feed object is hashed once), and only by
// views that compile something. The baseline in the same run is building the library without its version,
// which every view pays anyway.

const URL = 'https://feed.example.com/feed.json';
const items = generatedLibrary(100_000).map(({ key: _key, ...item }) => item);
const states = (): Record<string, FeedState> => ({
  [URL]: {
    url: URL,
    origin: 'user',
    failures: 0,
    skipped: [],
    // A new object each time, as a storage read gives: nothing is remembered between calls.
    feed: {
      version: 1,
      publisher: { id: 'lumen', name: 'Lumen' },
      updatedAt: '2026-12-01T00:00:00Z',
      items: [...items],
      policies: [],
    } as unknown as FeedState['feed'],
  },
});
const NOW = Date.parse('2026-12-01T00:00:00Z');

describe('library of 100,000 items: its content-hash version against building it', () => {
  bench(
    'buildLibrary, version not read (baseline)',
    () => {
      buildLibrary(states(), NOW);
    },
    { time: 0, iterations: 5 },
  );
  bench(
    'buildLibrary and its version',
    () => {
      void buildLibrary(states(), NOW).version;
    },
    { time: 0, iterations: 5 },
  );
});
