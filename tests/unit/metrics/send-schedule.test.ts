import { describe, expect, it } from 'vitest';
import { nextDailySendAt, RETRY_CAP_MINUTES, retrySendAt } from '../../../shared/metrics/send-schedule';

const NOW = Date.parse('2026-12-03T09:30:00Z');

describe('nextDailySendAt', () => {
  it('is a random moment of the next UTC day', () => {
    expect(nextDailySendAt(NOW, () => 0)).toBe(Date.parse('2026-12-04T00:00:00Z'));
    expect(nextDailySendAt(NOW, () => 0.5)).toBe(Date.parse('2026-12-04T12:00:00Z'));
    expect(nextDailySendAt(NOW, () => 0.999_999_99)).toBeLessThan(Date.parse('2026-12-05T00:00:00Z'));
  });
});

describe('retrySendAt', () => {
  it('backs off exponentially after each failure, up to six hours', () => {
    const minutes = (failures: number) => (retrySendAt(NOW, failures, () => 1) - NOW) / 60_000;
    expect(minutes(1)).toBe(1);
    expect(minutes(2)).toBe(2);
    expect(minutes(5)).toBe(16);
    expect(minutes(30)).toBe(RETRY_CAP_MINUTES);
  });
});
