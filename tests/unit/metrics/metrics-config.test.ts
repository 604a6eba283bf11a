import { describe, expect, it } from 'vitest';
import { isMetricsEndpoint } from '../../../shared/metrics/metrics-config';
import { readManagedConfig } from '../../../shared/sync/managed-config';

describe('the managed metrics key', () => {
  it('takes an https endpoint, or plain http to this computer only', () => {
    expect(isMetricsEndpoint('https://plausible.example/api/event')).toBe(true);
    expect(isMetricsEndpoint('http://127.0.0.1:8080/metrics')).toBe(true);
    expect(isMetricsEndpoint('http://localhost:8080/metrics')).toBe(true);
    expect(isMetricsEndpoint('http://analytics.example/metrics')).toBe(false);
    expect(isMetricsEndpoint('https://user:secret@analytics.example/')).toBe(false);
    expect(isMetricsEndpoint('not a url')).toBe(false);
  });

  it('reads a valid key as it is, and drops a bad one without voiding the other keys', () => {
    const metrics = { endpoint: 'https://plausible.example/api/event', format: 'plausible', domain: 'herald.example' };
    expect(readManagedConfig({ metrics, allowUserFeeds: false })).toEqual({ metrics, allowUserFeeds: false });
    expect(readManagedConfig({ metrics: { ...metrics, format: 'csv' }, allowUserFeeds: false })).toEqual({
      allowUserFeeds: false,
    });
    expect(readManagedConfig({ metrics: { endpoint: 'http://a.example/', format: 'json' } })).toEqual({});
  });
});
