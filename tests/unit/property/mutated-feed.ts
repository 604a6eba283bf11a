import fc from 'fast-check';
import demoFeed from '../../../shared/feed/demo-feed.json';
import { deeplyNested, hostileJson, hostileString, hostileUrl, jsonObject, POLLUTING_KEYS, POLLUTION } from './hostile';

type Json = unknown;

/** What to do at the end of a random walk into the feed. */
type Mutation =
  | { kind: 'set'; walk: number[]; value: Json }
  | { kind: 'delete'; walk: number[] }
  | { kind: 'add-key'; walk: number[]; key: string; value: Json }
  | { kind: 'clone-item'; from: number; walk: number[]; value: Json };

const hostileValue: fc.Arbitrary<Json> = fc.oneof(
  { weight: 4, arbitrary: hostileString },
  { weight: 4, arbitrary: hostileUrl },
  { weight: 2, arbitrary: hostileJson },
  { weight: 1, arbitrary: fc.constant(POLLUTION) },
  { weight: 1, arbitrary: fc.integer({ min: 10, max: 2_000 }).map((depth) => deeplyNested(depth)) },
);

// The demo feed's keys in order: version, publisher, updatedAt, items, policies. Most walks go into items
// and policies, where the hostile text lands in fields Herald shows and links it offers.
const ITEMS = 3;
const POLICIES = 4;
const steps = fc.array(fc.nat(), { minLength: 1, maxLength: 4 });
const walk = fc.oneof(
  { weight: 1, arbitrary: steps },
  { weight: 5, arbitrary: steps.map((rest) => [ITEMS, ...rest]) },
  { weight: 2, arbitrary: steps.map((rest) => [POLICIES, ...rest]) },
);

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  { weight: 6, arbitrary: fc.record({ kind: fc.constant('set' as const), walk, value: hostileValue }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('delete' as const), walk }) },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('add-key' as const),
      walk,
      key: fc.oneof(fc.constantFrom(...POLLUTING_KEYS), fc.string({ maxLength: 6 })),
      value: hostileValue,
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({ kind: fc.constant('clone-item' as const), from: fc.nat(), walk, value: hostileValue }),
  },
);

function isContainer(value: Json): value is Record<string, Json> {
  return typeof value === 'object' && value !== null;
}

/** Follows `steps` into `root` as far as containers go; returns the last container and a key in it. */
function locate(root: Record<string, Json>, steps: readonly number[]): [Record<string, Json>, string] | undefined {
  let container = root;
  for (let i = 0; i < steps.length; i++) {
    const keys = Object.keys(container);
    if (keys.length === 0) return undefined;
    const key = keys[(steps[i] as number) % keys.length] as string;
    const child = container[key];
    if (i === steps.length - 1 || !isContainer(child)) return [container, key];
    container = child;
  }
  return undefined;
}

function setOwn(container: Record<string, Json>, key: string, value: Json): void {
  Object.defineProperty(container, key, { value, enumerable: true, writable: true, configurable: true });
}

function apply(feed: Record<string, Json>, change: Mutation): void {
  if (change.kind === 'clone-item') {
    const items = feed.items;
    if (!Array.isArray(items) || items.length === 0) return;
    const copy = structuredClone(items[change.from % items.length]);
    items.push(copy);
    if (isContainer(copy)) apply(copy, { kind: 'set', walk: change.walk, value: change.value });
    return;
  }
  const spot = locate(feed, change.walk);
  if (!spot) return;
  const [container, key] = spot;
  if (change.kind === 'set') setOwn(container, key, change.value);
  else if (change.kind === 'delete') delete container[key];
  else {
    const target = container[key];
    setOwn(isContainer(target) ? target : container, change.key, change.value);
  }
}

/** The demo feed after a few random hostile edits, as an object built the way JSON.parse would build it. */
export const mutatedFeed: fc.Arbitrary<Record<string, Json>> = fc
  .array(mutation, { minLength: 1, maxLength: 8 })
  .map((changes) => {
    const feed = structuredClone(demoFeed) as Record<string, Json>;
    for (const change of changes) apply(feed, change);
    return feed;
  });

/** A hostile feed: mostly mutated demo feeds, sometimes arbitrary JSON, sometimes a valid envelope of junk. */
export const hostileFeed: fc.Arbitrary<Json> = fc.oneof(
  { weight: 6, arbitrary: mutatedFeed },
  { weight: 2, arbitrary: hostileJson },
  {
    weight: 2,
    arbitrary: fc
      .record({ items: fc.array(hostileJson, { maxLength: 6 }), policies: fc.array(hostileJson, { maxLength: 4 }) })
      .map(({ items, policies }) =>
        jsonObject([
          ['version', 1],
          ['publisher', demoFeed.publisher],
          ['updatedAt', demoFeed.updatedAt],
          ['items', items],
          ['policies', policies],
        ]),
      ),
  },
);
