import { expect, it } from 'vitest';
import { newestFirst } from '../../../shared/ranking/newest-first';

it('sorts by publication time, not by the string, and keeps feed order for ties and undated items', () => {
  const items = [
    { id: 'undated', publishedAt: undefined },
    { id: 'paris-midnight', publishedAt: '2026-11-02T00:30:00+01:00' },
    { id: 'utc-late', publishedAt: '2026-11-01T23:45:00Z' },
    { id: 'tie-a', publishedAt: '2026-10-01T00:00:00Z' },
    { id: 'tie-b', publishedAt: '2026-10-01T00:00:00Z' },
  ];
  expect(newestFirst(items).map((item) => item.id)).toEqual([
    'utc-late',
    'paris-midnight',
    'tie-a',
    'tie-b',
    'undated',
  ]);
});
