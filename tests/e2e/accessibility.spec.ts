// axe-core finds no violation in any of Herald's screens, in the light and the dark colour scheme: the
// popup, the options page, and on a site the suggestion panel, the policy notes and the question before
// posting. On a site only Herald's UI is checked (the playground pages are not Herald's to fix).
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { linkedin, startDraft } from './harness/playgrounds.mjs';
import { launcher, panel } from './pages/herald-ui';
import { guardDialog, noteFor } from './pages/policy-checks';

type AxeResults = Awaited<ReturnType<AxeBuilder['analyze']>>;

/** Each violation as `rule: the nodes it found`, so a failure reads without the full report. */
function violations(results: AxeResults): string[] {
  return results.violations.map(
    (violation) =>
      `${violation.id}: ${violation.nodes.map((node) => `${node.target.flat().join(' >>> ')} (${node.failureSummary})`).join('; ')}`,
  );
}

/**
 * Checks only Herald's UI on a site. axe enters the shadow root from its host; a node inside a shadow root
 * has a target that is a selector list (host, then inside), so one proves it looked there, not at a bare host.
 */
async function checkHeraldUi(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).include('herald-composer-ui').analyze();
  const inShadow = [...results.passes, ...results.violations].flatMap((rule) =>
    rule.nodes.filter((node) => node.target.some((selector) => Array.isArray(selector))),
  );
  expect(inShadow.length, 'axe checked nodes inside Herald’s shadow root').toBeGreaterThan(0);
  expect(violations(results)).toEqual([]);
}

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`${colorScheme} scheme`, () => {
    test.beforeEach(async ({ page }) => {
      await page.emulateMedia({ colorScheme });
    });

    test('the popup has no accessibility violations', async ({ page, extensionId }) => {
      await page.setViewportSize({ width: 380, height: 600 });
      await page.goto(`chrome-extension://${extensionId}/popup.html`);
      await expect(page.getByRole('article').first()).toBeVisible();
      // The colours axe checks are the scheme's (components/theme.css switches on this query).
      expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(
        colorScheme === 'dark',
      );
      expect(violations(await new AxeBuilder({ page }).analyze())).toEqual([]);
    });

    test('the options page has no accessibility violations', async ({ page, extensionId }) => {
      await page.goto(`chrome-extension://${extensionId}/options.html`);
      await expect(page.getByRole('region', { name: 'Feeds' }).getByRole('listitem').first()).toBeVisible();
      expect(violations(await new AxeBuilder({ page }).analyze())).toEqual([]);
    });

    test('the suggestion panel has no accessibility violations', async ({ page }) => {
      await startDraft(page, linkedin, '');
      await launcher(page).click();
      await expect(panel(page)).toBeVisible();
      await checkHeraldUi(page);
    });

    test('the policy notes and the question before posting have no accessibility violations', async ({ page }) => {
      await startDraft(page, linkedin, 'Project Falcon ships today');
      await expect(noteFor(page, 'codename-falcon')).toBeVisible();
      await checkHeraldUi(page);

      await linkedin.postButton(page).click();
      await expect(guardDialog(page)).toBeVisible();
      await checkHeraldUi(page);
    });
  });
}
