import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { metricsConsented } from '../../../utils/metrics-consent';

// Firefox's data consent: usage counts go only where the user allowed technical and interaction data.
describe('metricsConsented', () => {
  afterEach(() => vi.restoreAllMocks());

  it('needs no consent in Chrome, which has none to ask', async () => {
    const contains = vi.fn(async () => false);
    Object.assign(fakeBrowser.permissions, { contains });
    expect(await metricsConsented(false)).toBe(true);
    expect(contains).not.toHaveBeenCalled();
  });

  it('in Firefox, follows the user’s answer for technicalAndInteraction', async () => {
    const granted = new Set<string>();
    Object.assign(fakeBrowser.permissions, {
      contains: async ({ data_collection }: { data_collection: string[] }) =>
        data_collection.every((type) => granted.has(type)),
    });
    expect(await metricsConsented(true)).toBe(false);
    granted.add('technicalAndInteraction');
    expect(await metricsConsented(true)).toBe(true);
  });

  it('in a Firefox that cannot say (before 140), sends nothing', async () => {
    Object.assign(fakeBrowser.permissions, {
      contains: async () => {
        throw new Error('Type error for parameter permissions: Unexpected property "data_collection"');
      },
    });
    expect(await metricsConsented(true)).toBe(false);
  });
});
