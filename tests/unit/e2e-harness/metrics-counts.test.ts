// The metrics e2e compares what an endpoint received with what these helpers work out from the session: if
// they added wrongly, the e2e would pass on a wrong batch or fail on a right one.
import { describe, expect, test } from 'vitest';
import { countRows, type DoneUse, funnelRows, plausibleDigests } from '../../e2e/pages/metrics-counts';

const uses: DoneUse[] = [
  { kind: 'suggested', item: 'a', phrasing: 1, network: 'x' },
  { kind: 'suggested', item: 'a', phrasing: 1, network: 'x' },
  { kind: 'inserted', item: 'a', phrasing: 1, network: 'x' },
  { kind: 'posted-edited', item: 'a', phrasing: 1, network: 'x' },
  { kind: 'posted-verbatim', item: 'a', phrasing: 1, network: 'linkedin' },
  { kind: 'copied', item: 'a', phrasing: 2, network: null },
];
const zero = { suggested: 0, inserted: 0, copied: 0, shared: 0, posted: 0, postedVerbatim: 0, postedEdited: 0 };

describe('the counts a session should produce', () => {
  test('one batch row per item, wording and network, posted the sum of both kinds', () => {
    expect(countRows('lumen', uses)).toEqual([
      { feed: 'lumen', item: 'a', phrasing: 1, network: 'linkedin', ...zero, posted: 1, postedVerbatim: 1 },
      {
        feed: 'lumen',
        item: 'a',
        phrasing: 1,
        network: 'x',
        ...zero,
        suggested: 2,
        inserted: 1,
        posted: 1,
        postedEdited: 1,
      },
      { feed: 'lumen', item: 'a', phrasing: 2, network: null, ...zero, copied: 1 },
    ]);
  });

  test('the funnel adds the networks up', () => {
    expect(funnelRows('lumen', uses)).toEqual([
      {
        feed: 'lumen',
        item: 'a',
        phrasing: 1,
        ...zero,
        suggested: 2,
        inserted: 1,
        posted: 2,
        postedVerbatim: 1,
        postedEdited: 1,
      },
      { feed: 'lumen', item: 'a', phrasing: 2, ...zero, copied: 1 },
    ]);
  });

  test('one Plausible event per use, Posted saying whether it was edited', () => {
    const digests = plausibleDigests('lumen', uses);
    expect(digests).toHaveLength(uses.length);
    expect(digests.filter((event) => event.name === 'Posted').map((event) => event.edited)).toEqual([false, true]);
    expect(digests.every((event) => event.url === 'app://herald/lumen/a')).toBe(true);
  });
});
