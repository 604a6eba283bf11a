// Issue 12, echo meter: a verbatim insert gets a note beside the composer saying how much of the post is the
// approved wording, and the note goes once the employee adds enough of their own words.
import { expect, heraldErrors, test } from './fixtures';
import { facebook, linkedin, modelText, moveCaret, playgrounds, postedTexts, x } from './harness/playgrounds.mjs';
import { insertFirstFound } from './pages/herald-ui';
import { notes } from './pages/policy-checks';

const OWN =
  ' Last spring I spent three weeks with the night shift in our Boston hub, and what they taught me about aisles, pallets and patience still shapes every line I write.';

for (const site of playgrounds) {
  test(`${site.label}: a verbatim insert shows the echo note, an own sentence takes it away`, async ({
    page,
    pageErrors,
  }) => {
    await insertFirstFound(page, site, 'hiring');
    await expect.poll(() => modelText(page)).toContain('Lumen Robotics is hiring robotics engineers');

    const note = notes(page).getByRole('listitem').filter({ hasText: 'of this post is the approved wording' });
    await expect(note).toBeVisible();
    await expect(note).toContainText('100% of this post is the approved wording');
    await expect(note).toContainText('own angle');

    await moveCaret(page, 'Control+End');
    await page.keyboard.type(OWN);
    await expect(note).toHaveCount(0);
    expect(heraldErrors(pageErrors)).toEqual([]);
  });
}

// The demo feed leaves `personalize` at its default, "suggest": the note only, never a question before posting.
for (const site of [linkedin, x, facebook]) {
  test(`${site.label}: with "suggest" a verbatim insert posts without a question`, async ({ page, pageErrors }) => {
    await insertFirstFound(page, site, 'hiring');
    await expect.poll(() => modelText(page)).toContain('Lumen Robotics is hiring robotics engineers');
    await expect(notes(page).getByRole('listitem').filter({ hasText: '100% of this post' })).toBeVisible();
    const draft = await modelText(page);

    await site.postButton(page).click();
    await expect.poll(() => postedTexts(page)).toEqual([draft]);
    await expect(page.getByRole('alertdialog')).toHaveCount(0);
    expect(heraldErrors(pageErrors)).toEqual([]);
  });
}
