import { describe, expect, it } from 'vitest';
import { effectiveSettings } from '../../../shared/settings/effective-settings';
import { effectiveManagedConfig, readManagedConfig } from '../../../shared/sync/managed-config';

describe('readManagedConfig', () => {
  it('keeps the valid keys when another key is malformed', () => {
    expect(
      readManagedConfig({
        feedUrls: ['https://it.example/feed.json'],
        syncIntervalMinutes: 'often',
        allowUserFeeds: false,
      }),
    ).toEqual({ feedUrls: ['https://it.example/feed.json'], allowUserFeeds: false });
  });

  it('drops unknown site names and bounds the interval', () => {
    expect(readManagedConfig({ disabledSites: ['x', 'myspace', 'x'], syncIntervalMinutes: 1 })).toEqual({
      disabledSites: ['x'],
    });
  });

  it.each([null, undefined, 'text', 42, []])('reads %j as no configuration', (raw) => {
    expect(readManagedConfig(raw)).toEqual({});
  });
});

describe('effectiveManagedConfig', () => {
  const cached = { feedUrls: ['https://it.example/feed.json'] };

  it('falls back to the cached policy when Chrome reads {} at start-up', () => {
    expect(effectiveManagedConfig({}, cached, 'start-up')).toBe(cached);
  });

  it('trusts an empty read that follows a policy change, so IT can clear the policy', () => {
    expect(effectiveManagedConfig({}, cached, 'policy-changed')).toEqual({});
  });

  it('prefers a fresh non-empty policy over the cache', () => {
    const fresh = { feedUrls: ['https://it.example/new.json'] };
    expect(effectiveManagedConfig(fresh, cached, 'start-up')).toBe(fresh);
  });
});

describe('effectiveSettings', () => {
  it('lets IT fix the interval and switch sites off for good', () => {
    const settings = effectiveSettings(
      { syncIntervalMinutes: 30, disabledSites: ['facebook'] },
      { syncIntervalMinutes: 120, disabledSites: ['x'] },
    );
    expect(settings).toMatchObject({
      syncIntervalMinutes: 120,
      intervalSetByOrganisation: true,
      disabledSites: ['x', 'facebook'],
      sitesDisabledByOrganisation: ['x'],
      allowUserFeeds: true,
    });
  });
});
