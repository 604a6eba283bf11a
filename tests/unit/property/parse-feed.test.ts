import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { type ParsedFeed, parseFeed } from '../../../shared/feed/parse-feed';
import { isAllowedUrl } from '../../../shared/feed/schema';
import { hostileJson, POLLUTING_KEYS, prototypesArePolluted, runs } from './hostile';
import { hostileFeed } from './mutated-feed';

/** The input as fetchFeed hands it to parseFeed: through JSON text, where `__proto__` is just a key. */
function viaJson(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value) ?? 'null');
}

/** Indices of the entries of `field` that parseFeed reported as skipped. */
function skippedIndices(parsed: Extract<ParsedFeed, { ok: true }>, field: 'items' | 'policies'): Set<number> {
  const indices = new Set<number>();
  for (const { path } of parsed.skipped) {
    const match = new RegExp(`^${field}\\[(\\d+)\\]`).exec(path);
    if (match) indices.add(Number(match[1]));
  }
  return indices;
}

function entriesOf(input: unknown, field: 'items' | 'policies'): unknown[] {
  const value = (input as Record<string, unknown>)[field];
  return Array.isArray(value) ? value : [];
}

/** Every own key at any depth, to prove no polluting key reaches what Herald stores. */
function keysDeep(value: unknown, out: string[] = []): string[] {
  if (typeof value !== 'object' || value === null) return out;
  for (const key of Object.keys(value)) {
    out.push(key);
    keysDeep((value as Record<string, unknown>)[key], out);
  }
  return out;
}

/** The invariants, one per row: each returns a complaint, or undefined when it holds. */
const INVARIANTS: [string, (input: unknown, parsed: ParsedFeed) => string | undefined][] = [
  ['a rejected feed says why', (_i, parsed) => (!parsed.ok && parsed.errors.length === 0 ? 'no errors' : undefined)],
  [
    'every kept link is https (http only on localhost)',
    (_i, parsed) => {
      if (!parsed.ok) return undefined;
      const links = parsed.feed.items.flatMap((item) => [item.url, item.image?.url]).filter((url) => url !== undefined);
      return links.find((url) => !isAllowedUrl(url));
    },
  ],
  [
    'kept item ids are unique, and so are policy ids',
    (_i, parsed) => {
      if (!parsed.ok) return undefined;
      for (const list of [parsed.feed.items, parsed.feed.policies]) {
        const ids = list.map((entry) => entry.id);
        if (new Set(ids).size !== ids.length) return `duplicate ids: ${ids.join(',')}`;
      }
      return undefined;
    },
  ],
  [
    'every entry is either kept or reported skipped, never both, never neither',
    (input, parsed) => {
      if (!parsed.ok) return undefined;
      for (const field of ['items', 'policies'] as const) {
        const given = entriesOf(input, field).length;
        const kept = parsed.feed[field].length;
        const skipped = skippedIndices(parsed, field).size;
        if (kept + skipped !== given) return `${field}: ${kept} kept + ${skipped} skipped != ${given} given`;
      }
      return undefined;
    },
  ],
  [
    'no polluting key survives into the parsed feed',
    (_i, parsed) =>
      parsed.ok ? keysDeep(parsed.feed).find((key) => POLLUTING_KEYS.some((k) => k === key)) : undefined,
  ],
  ['Object.prototype is untouched', () => (prototypesArePolluted() ? 'polluted' : undefined)],
];

function check(input: unknown): void {
  const parsed = parseFeed(input);
  const broken = INVARIANTS.flatMap(([name, invariant]) => {
    const complaint = invariant(input, parsed);
    return complaint === undefined ? [] : [`${name}: ${complaint.slice(0, 200)}`];
  });
  expect(broken).toEqual([]);
}

describe('parseFeed on hostile input (property)', () => {
  afterEach(() => {
    // A polluted prototype would break every later test: fail here, loudly, and clean up.
    const polluted = prototypesArePolluted();
    delete (Object.prototype as Record<string, unknown>).polluted;
    expect(polluted).toBe(false);
  });

  it('holds every invariant on mutated and arbitrary feeds, as objects', () => {
    fc.assert(fc.property(hostileFeed, check), runs(200));
  });

  it('holds every invariant on mutated and arbitrary feeds, read through JSON text', () => {
    fc.assert(
      fc.property(hostileFeed, (feed) => check(viaJson(feed))),
      runs(200),
    );
  });

  it('never throws on any JSON value at all', () => {
    fc.assert(
      fc.property(fc.oneof(hostileJson, fc.jsonValue({ maxDepth: 30 })), (value) => {
        expect(() => parseFeed(value)).not.toThrow();
      }),
      runs(200),
    );
  });

  it('the invariants can fail: a feed that skips nothing and keeps a javascript: link is caught', () => {
    const forged: ParsedFeed = {
      ok: true,
      skipped: [],
      feed: {
        version: 1,
        publisher: { id: 'p', name: 'P' },
        updatedAt: '2026-01-01T00:00:00Z',
        items: [
          { id: 'a', type: 'news', title: 't', text: 't', url: 'javascript:alert(1)' },
          { id: 'a', type: 'talking-point', title: 't', text: 't' },
        ],
        policies: [],
      },
    };
    const complaints = INVARIANTS.map(([name, invariant]) => [name, invariant({ items: [1] }, forged) !== undefined]);
    expect(complaints).toEqual([
      ['a rejected feed says why', false],
      ['every kept link is https (http only on localhost)', true],
      ['kept item ids are unique, and so are policy ids', true],
      ['every entry is either kept or reported skipped, never both, never neither', true],
      ['no polluting key survives into the parsed feed', false],
      ['Object.prototype is untouched', false],
    ]);
  });
});
