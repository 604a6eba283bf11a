// Herald's policy warnings as the employee meets them: notes beside the composer, underlines painted
// through the CSS Custom Highlight API, and the question before a post that breaks a blocking policy.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import type { Feed } from '../../../shared/feed/schema';
import { repoRoot } from '../harness/paths.mjs';

const demoFeed = JSON.parse(readFileSync(join(repoRoot, 'shared/feed/demo-feed.json'), 'utf8')) as Feed;

/** A policy's message exactly as the demo feed words it: Herald must show it verbatim. */
export function policyMessage(id: string): string {
  const policy = demoFeed.policies.find((candidate) => candidate.id === id);
  if (!policy) throw new Error(`No policy "${id}" in the demo feed`);
  return policy.message;
}

export function notes(page: Page): Locator {
  return page.getByRole('region', { name: 'Herald policy checks' });
}

/** The note (one list item) that carries a policy's message. */
export function noteFor(page: Page, policyId: string): Locator {
  return notes(page)
    .getByRole('listitem')
    .filter({ hasText: policyMessage(policyId) });
}

export function guardDialog(page: Page): Locator {
  return page.getByRole('alertdialog', { name: 'This post breaks company policy' });
}

export type HighlightName = 'herald-block' | 'herald-warn' | 'herald-info';

/**
 * The text under each of Herald's highlights, read from the page's main world: the highlight registry
 * belongs to the document, so the page sees what the content script's isolated world registered.
 */
export function highlightedTexts(page: Page): Promise<Record<string, string[]>> {
  return page.evaluate(() =>
    Object.fromEntries(
      [...CSS.highlights.entries()]
        .filter(([name]) => name.startsWith('herald-'))
        .map(([name, highlight]) => [name, [...highlight].map((range) => (range as Range).toString())]),
    ),
  );
}
