import { describe, expect, it } from 'vitest';
import { relativeTime } from '../../../shared/time/relative-time';

const NOW = Date.parse('2026-11-28T12:00:00Z');

describe('relativeTime', () => {
  it.each([
    [10_000, 'just now'],
    [5 * 60_000, '5 minutes ago'],
    [3 * 3_600_000, '3 hours ago'],
    [2 * 86_400_000, '2 days ago'],
  ])('%i ms ago reads "%s"', (elapsed, text) => {
    expect(relativeTime(NOW - elapsed, NOW)).toBe(text);
  });
});
