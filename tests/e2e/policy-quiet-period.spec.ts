import demoFeed from '../../shared/feed/demo-feed.json' with { type: 'json' };
import { expect, heraldErrors } from './fixtures';
import { facebook, linkedin, postedTexts, startDraft, x } from './harness/playgrounds.mjs';
import { addTestFeed, testWithFeed } from './own-feed';
import { guardDialog, notes } from './pages/policy-checks';

const MESSAGE = 'Quiet period before our results: no posts about earnings, guidance or forecasts.';
const HOUR = 3_600_000;

/** The same company rule three times, on different words: its window open now, over, and still to come. */
function quietFeed(now: number): object {
  const iso = (offset: number) => new Date(now + offset).toISOString();
  const rule = (id: string, term: string, from: number, until: number) => ({
    id,
    severity: 'block',
    message: MESSAGE,
    override: false,
    activeFrom: iso(from),
    activeUntil: iso(until),
    terms: [term],
  });
  const feed = {
    ...demoFeed,
    publisher: { id: 'quiet-e2e', name: 'Quiet period e2e' },
    policies: [
      rule('quiet-now', 'earnings', -HOUR, HOUR),
      rule('quiet-over', 'guidance', -48 * HOUR, -24 * HOUR),
      rule('quiet-to-come', 'forecast', 24 * HOUR, 48 * HOUR),
    ],
  };
  return feed;
}

const quietTest = testWithFeed(() => quietFeed(Date.now()));

for (const site of [linkedin, x, facebook]) {
  quietTest(
    `${site.label}: a company rule blocks with only "Edit" inside its window and is silent outside it`,
    async ({ page, extensionId, feedServer, pageErrors }) => {
      await addTestFeed(page, extensionId, feedServer);

      const draft = 'Our earnings call is on Thursday';
      const editor = await startDraft(page, site, draft);
      const note = notes(page).getByRole('listitem').filter({ hasText: MESSAGE });
      await expect(note).toBeVisible();
      await expect(note).toContainText('Company rule');

      await site.postButton(page).click();
      const dialog = guardDialog(page);
      await expect(dialog).toBeVisible();
      await expect(dialog).toContainText('Your company does not allow posting this.');
      await expect(dialog.getByRole('listitem')).toHaveText([MESSAGE]);
      await expect(dialog.getByRole('button')).toHaveText(['Edit']);
      await expect(dialog.getByRole('button', { name: 'Post anyway' })).toHaveCount(0);
      await expect(dialog.getByRole('button', { name: 'Edit' })).toBeFocused();
      // Tab has nowhere else to go: the question keeps focus on its one answer.
      await page.keyboard.press('Tab');
      await expect(dialog.getByRole('button', { name: 'Edit' })).toBeFocused();
      await dialog.getByRole('button', { name: 'Edit' }).click();
      await expect(dialog).toBeHidden();
      await expect(editor).toBeFocused();
      expect(await postedTexts(page)).toEqual([]);

      // The same rule on other words, its window over or still to come: no note, no question.
      const outside = 'Our guidance and forecast for the year';
      await startDraft(page, site, outside);
      await site.postButton(page).click();
      await expect.poll(() => postedTexts(page)).toEqual([outside]);
      await expect(guardDialog(page)).toHaveCount(0);
      await expect(notes(page)).toBeHidden();
      expect(heraldErrors(pageErrors)).toEqual([]);
    },
  );
}
