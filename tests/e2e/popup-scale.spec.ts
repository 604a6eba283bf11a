// Issue 6, a large library stays smooth: the popup's lists are virtualised, so with thousands of items the
// DOM holds only the cards in view, and scrolling to the end still reaches the last item.
import type { FeedItem } from '../../shared/feed/schema';
import { expect, heraldErrors, test } from './fixtures';
import { addItems, firstSyncDone } from './pages/herald-library';

// Only what this spec calls, evaluated in the service worker (no @types/chrome here).
declare const chrome: { alarms: { get(name: string): Promise<object | undefined> } };

const COUNT = 3_000;

/** Plain items, two talking points to each news item, with titles and texts of different lengths. */
function manyItems(count: number): FeedItem[] {
  const words = 'robots warehouse parcel energy hiring engineers safety customers fleet launch team'.split(' ');
  return Array.from({ length: count }, (_, i) => ({
    id: `many-${i}`,
    type: i % 3 === 0 ? 'news' : 'talking-point',
    title: `Item ${i}: ${words.slice(0, 1 + (i % words.length)).join(' ')}`,
    text: `${words.join(' ')} `.repeat(1 + (i % 4)).trim(),
    campaign: `campaign-${i % 50}`,
    ...(i % 3 === 0
      ? { url: `https://news.example.com/${i}`, publishedAt: new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString() }
      : {}),
  }));
}

test(`with ${COUNT.toLocaleString('en')} extra items, the lists render only the cards in view`, async ({
  context,
  page,
  extensionId,
  pageErrors,
}) => {
  const generated = manyItems(COUNT);
  await firstSyncDone(context);
  await addItems(context, generated);
  const talkingPoints = generated.filter((item) => item.type === 'talking-point');

  await page.setViewportSize({ width: 380, height: 600 });
  await page.goto(`chrome-extension://${extensionId}/popup.html`);
  await page.getByRole('tab', { name: 'Talking points' }).click();
  const list = page.getByRole('region', { name: 'Talking points' });
  await expect(list.getByRole('article').first()).toBeVisible();

  // The whole list is announced, though only a few cards exist; the first cards may come from the library's
  // head (issue 15), and the whole list replaces them once read.
  const rows = list.getByRole('listitem');
  await expect
    .poll(async () => Number(await rows.first().getAttribute('aria-setsize')))
    .toBeGreaterThan(talkingPoints.length);
  const setSize = Number(await rows.first().getAttribute('aria-setsize'));
  expect(await rows.count()).toBeLessThan(20);

  // Scrolling to the end renders the last card, still with only a few in the DOM.
  await list.evaluate((scroller) => scroller.scrollTo({ top: scroller.scrollHeight }));
  await expect(rows.last()).toHaveAttribute('aria-posinset', String(setSize));
  await expect(list.getByRole('article').last()).toBeInViewport();
  expect(await rows.count()).toBeLessThan(20);

  // Search over the whole library also renders only what is in view.
  await page.getByRole('searchbox', { name: 'Search' }).fill('robots');
  const results = page.getByRole('region', { name: 'Search results' });
  await expect(results.getByRole('article').first()).toBeVisible();
  expect(Number(await results.getByRole('listitem').first().getAttribute('aria-setsize'))).toBeGreaterThan(20);
  expect(await results.getByRole('listitem').count()).toBeLessThan(20);
  expect(heraldErrors(pageErrors)).toEqual([]);
});
