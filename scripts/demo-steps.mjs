// The story `npm run demo` tells headless, on the bundled demo feed and the LinkedIn playground: one named step
// after another, each checking that what it shows is on screen before it takes its screenshot, so the demo
// fails loudly instead of saving a picture of nothing. tests/e2e/demo-walkthrough.spec.ts runs it too.
import { readFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { heraldWorker } from '../tests/e2e/harness/launch-herald.mjs';
import { repoRoot } from '../tests/e2e/harness/paths.mjs';
import { linkedin, modelText, moveCaret, postedTexts, startDraft } from '../tests/e2e/harness/playgrounds.mjs';

/** @typedef {import('@playwright/test').BrowserContext} BrowserContext */
/** @typedef {import('@playwright/test').Page} Page */
/** @typedef {import('@playwright/test').Locator} Locator */
/** @typedef {import('../tests/e2e/harness/playgrounds.mjs').Playground} Playground */

/**
 * @typedef {object} Shot
 * @property {string} file the screenshot's path
 * @property {string} shows one line saying what it shows
 */

/**
 * @typedef {object} StepContext
 * @property {BrowserContext} context
 * @property {string} extensionId
 * @property {Page} page the playground's tab, shared by the steps so the story runs on one draft
 * @property {Playground} site
 * @property {(name: string, shows: string, target?: Page) => Promise<void>} shot
 * @property {{ profile?: Record<string, string> }} story what earlier steps set up that later ones check
 */

/**
 * @typedef {object} Step
 * @property {string} number
 * @property {string} title
 * @property {(step: StepContext) => Promise<void>} run
 */

const WAIT_MS = 10_000;
const HIRING_TITLE = 'We are hiring robotics engineers';
/** The employee's "About you" (Options), by placeholder name and by the label of its field. */
const PROFILE = { firstName: 'Camille', jobTitle: 'Robotics engineer', team: 'Fleet autonomy', location: 'Grenoble' };
const PROFILE_LABELS = { firstName: 'First name', jobTitle: 'Job title', team: 'Team', location: 'Location' };

/** @type {{ policies: { id: string, message: string }[] }} */
const demoFeed = JSON.parse(readFileSync(join(repoRoot, 'shared/feed/demo-feed.json'), 'utf8'));

/** @param {string} id */
function policyMessage(id) {
  const policy = demoFeed.policies.find((candidate) => candidate.id === id);
  if (!policy) throw new Error(`the demo feed has no policy "${id}" (shared/feed/demo-feed.json)`);
  return policy.message;
}

// Herald's UI as the employee meets it; the e2e build's shadow root is open, so role locators reach it.
/** @param {Page} page */
const launcher = (page) => page.getByRole('button', { name: /^Herald:/ });
/** @param {Page} page */
const panel = (page) => page.getByRole('dialog', { name: 'Herald suggestions' });
/** @param {Page} page */
const noteList = (page) => page.getByRole('region', { name: 'Herald policy checks' }).getByRole('listitem');
/** @param {Page} page @param {string} policyId */
const noteFor = (page, policyId) => noteList(page).filter({ hasText: policyMessage(policyId) });
/** @param {Page} page */
const echoNote = (page) => noteList(page).filter({ hasText: 'of this post is the approved wording' });
/** @param {Page} page */
const guardDialog = (page) => page.getByRole('alertdialog', { name: 'This post breaks company policy' });
/** @param {Page} page @param {string} title */
const suggestion = (page, title) => panel(page).locator('li.suggestion').filter({ hasText: title });

/**
 * Waits for what a step shows; fails the step with what was missing.
 * @param {Locator} locator
 * @param {string} what
 * @param {'visible' | 'hidden'} [state]
 */
async function see(locator, what, state = 'visible') {
  try {
    await locator.first().waitFor({ state, timeout: WAIT_MS });
  } catch {
    throw new Error(`${state === 'visible' ? 'never saw' : 'still saw'} ${what} (waited ${WAIT_MS / 1000} s)`);
  }
}

/**
 * Polls until `check` holds; fails the step with what was expected and the last value.
 * @template T
 * @param {() => Promise<T>} read
 * @param {(value: T) => boolean} check
 * @param {string} what
 */
async function until(read, check, what) {
  const deadline = Date.now() + WAIT_MS;
  let value = await read();
  while (!check(value)) {
    if (Date.now() > deadline) throw new Error(`${what}; got ${JSON.stringify(value)}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
    value = await read();
  }
  return value;
}

/** @param {Page} page */
async function openSuggestions(page, query = 'hiring') {
  await see(launcher(page), 'the Herald launcher beside the composer');
  if (!(await panel(page).isVisible())) await launcher(page).click();
  await see(panel(page), 'the suggestion panel');
  await panel(page).getByRole('searchbox', { name: 'Search talking points' }).fill(query);
  await see(suggestion(page, HIRING_TITLE), `the "${HIRING_TITLE}" suggestion`);
}

/** @param {Page} page */
async function closeSuggestions(page) {
  if (await panel(page).isVisible()) await page.keyboard.press('Escape');
  await see(panel(page), 'the suggestion panel closing', 'hidden');
}

/** @type {Step[]} */
export const steps = [
  {
    number: '00',
    title: 'About you',
    async run({ context, extensionId, shot, story }) {
      const options = await context.newPage();
      try {
        await options.goto(`chrome-extension://${extensionId}/options.html`);
        await see(options.getByRole('heading', { name: 'Feeds' }), 'the Options page');
        const section = options.getByRole('region', { name: 'About you' });
        await see(section, 'the "About you" section in Options');
        for (const [key, label] of Object.entries(PROFILE_LABELS)) {
          await section.getByLabel(label, { exact: true }).fill(PROFILE[/** @type {keyof PROFILE} */ (key)]);
        }
        // Saved as typed: no Save button.
        await options.keyboard.press('Tab');
        const worker = await heraldWorker(context);
        await until(
          () =>
            worker.evaluate(async () => {
              // @ts-expect-error chrome is the service worker's global
              const { profile } = await chrome.storage.local.get('profile');
              return profile;
            }),
          (profile) => profile?.firstName === PROFILE.firstName,
          '"About you" did not store the first name in storage.local `profile`',
        );
        story.profile = PROFILE;
        await shot(
          '00-about-you',
          'Options, "About you": the values placeholders like {firstName} are filled with',
          options,
        );
      } finally {
        await options.close();
      }
    },
  },
  {
    number: '01',
    title: 'Suggestion inserted',
    async run({ page, site, shot, story }) {
      await page.goto(site.url);
      const editor = await site.openComposer(page);
      await editor.click();
      await openSuggestions(page);
      const preview = (await suggestion(page, HIRING_TITLE).locator('.preview').textContent()) ?? '';
      // This install's wording, up to its first placeholder or gap: the insert starts the same way.
      const opening = preview.split(/[{[]/)[0]?.slice(0, 30) ?? '';
      await shot('01-suggestions', 'the suggestion panel beside the LinkedIn composer, searched for "hiring"');
      await panel(page)
        .getByRole('button', { name: `Insert: ${HIRING_TITLE}` })
        .click();
      const text = await until(
        () => modelText(page),
        (value) => value.length > 40 && value.includes(opening),
        `the composer never held the inserted talking point (expected it to contain "${opening}")`,
      );
      const literal = text.match(/\{(firstName|jobTitle|team|location|company)\}/);
      if (literal) throw new Error(`the insert left the placeholder ${literal[0]} in the post`);
      // A placeholder without a value is a gap named in words ("[job title]"); step 00 filled them all.
      const gap = text.match(/\[(first name|job title|team|location)\]/);
      if (gap) throw new Error(`"About you" is filled in, yet the insert left the gap ${gap[0]}`);
      const filled = Object.values(story.profile ?? {}).filter((value) => text.includes(value));
      // The walk-through's install id picks a wording with {jobTitle} (test-install-id.mjs).
      if (story.profile && !text.includes(story.profile.jobTitle)) {
        throw new Error(`the insert does not hold the job title "${story.profile.jobTitle}" from "About you"`);
      }
      await shot(
        '01-suggestion-inserted',
        `the hiring talking point inserted in this install's wording${filled.length > 0 ? `, with ${filled.join(', ')} from "About you"` : ''}`,
      );
    },
  },
  {
    number: '02',
    title: 'Another wording',
    async run({ page, shot }) {
      await openSuggestions(page);
      const card = suggestion(page, HIRING_TITLE);
      const another = card.getByRole('button', { name: /^Another wording/ });
      await see(another, 'the suggestion\'s "Another wording" button');
      const preview = card.locator('.preview');
      const before = await preview.textContent();
      await another.click();
      await until(
        () => preview.textContent(),
        (text) => text !== before,
        '"Another wording" did not change the suggestion\'s text',
      );
      await shot('02-another-wording', 'the same talking point in another wording after "Another wording"');
      await closeSuggestions(page);
    },
  },
  {
    number: '03',
    title: 'Echo note',
    async run({ page, shot }) {
      await closeSuggestions(page);
      await see(echoNote(page), 'the echo note ("… of this post is the approved wording")');
      await shot(
        '03-echo-note',
        'the echo note: how much of the post is the approved wording, asking for an own angle',
      );
      await moveCaret(page, 'Control+End');
      await page.keyboard.type(
        ' Last spring I spent three weeks with the night shift in our Boston hub, and what they taught me about aisles and patience still shapes my work.',
      );
      await see(echoNote(page), 'the echo note going once the post has a sentence of its own', 'hidden');
      await shot('03-echo-note-gone', 'the echo note gone once the employee added a sentence of their own');
    },
  },
  {
    number: '04',
    title: 'Confidential term',
    async run({ page, site, shot }) {
      await startDraft(page, site, 'Next week I get to demo Project Falcon to our first customers.');
      await see(noteFor(page, 'codename-falcon'), 'the note on the confidential code name "Project Falcon"');
      await see(page.locator('.underlines .underline-block'), 'the underline under "Project Falcon"');
      const fix = noteFor(page, 'codename-falcon').getByRole('button', { name: /^Remove “.*Falcon”/ });
      await see(fix, 'the note\'s "Remove “Project Falcon”" fix');
      await shot('04-confidential-term', 'a confidential code name underlined, with its note and its "Remove" fix');
      await fix.click();
      await until(
        () => modelText(page),
        (text) => !text.includes('Falcon'),
        'the "Remove" fix left the code name in the draft',
      );
      await see(noteFor(page, 'codename-falcon'), 'the code-name note going after the fix', 'hidden');
      await shot('04-confidential-term-fixed', 'the draft after the fix: code name, underline and note gone');
    },
  },
  {
    number: '05',
    title: 'Disclosure',
    async run({ page, site, shot }) {
      await startDraft(page, site, "Lumen's robots now slow down whenever a person is near. Proud of this one!");
      const note = noteFor(page, 'employee-disclosure');
      await see(note, 'the disclosure note ("say early on that you work here")');
      const prepend = note.getByRole('button', { name: /^Start with “\(I work at Lumen\)”/ });
      await see(prepend, 'the disclosure note\'s "Start with “(I work at Lumen)”" fix');
      await shot('05-disclosure-rule', 'a post about the company without the tie disclosed: the note and its fix');
      await prepend.click();
      await until(
        () => modelText(page),
        (text) => text.startsWith('(I work at Lumen)'),
        'the prepend fix did not put "(I work at Lumen)" at the start of the post',
      );
      await see(note, 'the disclosure note going after the prepend fix', 'hidden');
      await shot('05-disclosure-prepend', 'the same post after the fix: it now starts with "(I work at Lumen)"');
    },
  },
  {
    number: '06',
    title: 'Post guard',
    async run({ page, site, shot }) {
      await startDraft(page, site, 'Project Falcon ships today, more soon!');
      await see(noteFor(page, 'codename-falcon'), 'the note on "Project Falcon"');
      await site.postButton(page).click();
      const dialog = guardDialog(page);
      await see(dialog, 'the post guard asking before a post that breaks a blocking policy');
      await see(dialog.getByRole('button', { name: 'Edit' }), 'the guard\'s "Edit" button');
      await shot('06-post-guard', 'Post pressed on a draft with a code name: Herald asks first (Edit / Post anyway)');
      if ((await postedTexts(page)).length > 0) throw new Error('the site posted the draft while the guard asked');
      await dialog.getByRole('button', { name: 'Edit' }).click();
      await see(dialog, 'the post guard closing after "Edit"', 'hidden');
    },
  },
  {
    number: '07',
    title: 'Popup',
    async run({ context, extensionId, shot }) {
      for (const colorScheme of /** @type {const} */ (['light', 'dark'])) {
        const popup = await context.newPage();
        try {
          await popup.setViewportSize({ width: 380, height: 600 });
          await popup.emulateMedia({ colorScheme });
          await popup.goto(`chrome-extension://${extensionId}/popup.html`);
          await see(popup.getByRole('article'), 'an item card in the popup');
          await shot(
            `07-popup-${colorScheme}`,
            `the popup's library of approved news and talking points (${colorScheme})`,
            popup,
          );
        } finally {
          await popup.close();
        }
      }
    },
  },
];

/**
 * Runs every step in order on one LinkedIn tab; stops at the first step whose check fails, after a screenshot
 * of what was on screen then (`NN-failed.png`).
 * @param {{ context: BrowserContext, extensionId: string, outputDir: string, log?: (line: string) => void }} options
 * @returns {Promise<{ shots: Shot[] }>}
 */
export async function walkThrough({ context, extensionId, outputDir, log = console.log }) {
  await mkdir(outputDir, { recursive: true });
  /** @type {Shot[]} */
  const shots = [];
  const page = await context.newPage();
  /** @type {StepContext} */
  const step = {
    context,
    extensionId,
    page,
    site: linkedin,
    story: {},
    async shot(name, shows, target = page) {
      const file = join(outputDir, `${name}.png`);
      await target.screenshot({ path: file });
      shots.push({ file, shows });
    },
  };
  try {
    for (const { number, title, run } of steps) {
      const label = `${number} ${title}`;
      try {
        await run(step);
        log(`✓ ${label}`);
      } catch (error) {
        await step.shot(`${number}-failed`, `what was on screen when step ${label} failed`).catch(() => undefined);
        throw new Error(`demo step ${label}: ${error instanceof Error ? error.message : error}`);
      }
    }
  } finally {
    await page.close();
  }
  return { shots };
}
