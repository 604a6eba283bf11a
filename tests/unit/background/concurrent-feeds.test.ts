// Adds and syncs started in any order and answered in any order: every feed added is kept, in the list
// and in the states, and nothing else is.
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { runs } from '../property/hostile';
import { feedBody, freshBackground, stubPermissions } from './background-harness';

const URLS = ['a', 'b', 'c', 'd'].map((name) => `https://${name}.example.com/feed.json`);

type Step = { kind: 'add'; url: string } | { kind: 'sync' };

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('feeds added during syncs (property)', () => {
  it('keeps every feed added, whatever the order of requests and answers', async () => {
    const step: fc.Arbitrary<Step> = fc.oneof(
      fc.constantFrom(...URLS).map((url) => ({ kind: 'add' as const, url })),
      fc.constant({ kind: 'sync' as const }),
    );
    await fc.assert(
      fc.asyncProperty(
        fc.array(step, { minLength: 1, maxLength: 6 }),
        fc.infiniteStream(fc.nat()),
        async (steps, picks) => {
          const bg = await freshBackground();
          bg.startBackground();
          stubPermissions(URLS.map((url) => `${new URL(url).origin}/*`));
          // Every request waits; the answers are released one at a time, in an order the property picks.
          const waiting: (() => void)[] = [];
          vi.stubGlobal(
            'fetch',
            (url: string) =>
              new Promise<Response>((resolve) =>
                waiting.push(() => resolve(new Response(feedBody(new URL(url).host), { status: 200 }))),
              ),
          );
          let settled = 0;
          const started = steps.map((s) =>
            (s.kind === 'add' ? bg.messages.sendMessage('addFeed', s.url) : bg.runSync()).finally(() => settled++),
          );
          const pick = picks[Symbol.iterator]();
          while (settled < started.length) {
            await new Promise((resolve) => setTimeout(resolve, 0));
            if (waiting.length === 0) continue;
            const [release] = waiting.splice((pick.next().value as number) % waiting.length, 1);
            release?.();
          }
          await Promise.all(started);
          const expectAllKept = async () => {
            const added = [...new Set(steps.flatMap((s) => (s.kind === 'add' ? [s.url] : [])))].sort();
            expect((await bg.storage.userFeedUrlsItem.getValue()).sort()).toEqual(added);
            const states = await bg.storage.feedStatesItem.getValue();
            if (added.length > 0) {
              expect(Object.keys(states).sort()).toEqual(added);
              for (const url of added) expect(states[url]?.feed?.publisher.name).toBe(new URL(url).host);
            }
          };
          await expectAllKept();
          // One more sync, as the next alarm would run: it must not lose anything either.
          let finalDone = false;
          const final = bg.runSync().finally(() => {
            finalDone = true;
          });
          while (!finalDone) {
            await new Promise((resolve) => setTimeout(resolve, 0));
            waiting.shift()?.();
          }
          await final;

          await expectAllKept();
        },
      ),
      runs(40),
    );
  }, 60_000);
});
