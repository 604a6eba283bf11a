// Issue 15, item 2: a hostile page. On each network's playground a page script tries everything that used to
// work against Herald: read its shadow root, list the page's CSS highlights to learn which words Herald flags,
// search or select the page's text for the notes, press Herald's buttons and its shortcut with synthetic
// events, forge WXT's "a newer content script started" event and message, and listen for messages that
// name the extension. All of it against the build that ships (closed shadow root), not the e2e build: the
// test reads and clicks Herald's UI through DevTools (tests/e2e/pages/closed-herald-ui.ts), as the employee
// sees and uses it.
import { cpSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { test as base, expect } from './fixtures';
import { launchHerald } from './harness/launch-herald.mjs';
import { repoRoot } from './harness/paths.mjs';
import { modelText, moveCaret, playgrounds, postedTexts, startDraft } from './harness/playgrounds.mjs';
import { ClosedHeraldUi } from './pages/closed-herald-ui';
import { policyMessage } from './pages/policy-checks';

/**
 * `npm run build`'s output with only the origins headless Chromium cannot be asked for added, as the e2e
 * build adds them (wxt.config.ts): the content script is the shipped one, closed shadow root and all.
 */
function shippedBuildForTests(): string {
  const shipped = join(repoRoot, '.output/chrome-mv3');
  if (!existsSync(join(shipped, 'manifest.json')))
    throw new Error('No build in .output/chrome-mv3: run `npm run build`');
  const e2e = JSON.parse(readFileSync(join(repoRoot, '.output/chrome-mv3-e2e/manifest.json'), 'utf8'));
  const copy = join(repoRoot, '.output/chrome-mv3-shipped-e2e');
  rmSync(copy, { recursive: true, force: true });
  cpSync(shipped, copy, { recursive: true });
  const manifest = JSON.parse(readFileSync(join(copy, 'manifest.json'), 'utf8'));
  writeFileSync(join(copy, 'manifest.json'), JSON.stringify({ ...manifest, host_permissions: e2e.host_permissions }));
  return copy;
}

const test = base.extend({
  // biome-ignore lint/correctness/noEmptyPattern: Playwright requires the destructuring pattern here.
  context: async ({}, use) => {
    const { context } = await launchHerald({ extensionDir: shippedBuildForTests() });
    await use(context);
    await context.close();
  },
});

declare global {
  interface Window {
    __hostile: { messages: string[]; heraldRoots: number };
  }
}

/** The hostile page's script, in the main world before anything else: it listens to every message. */
function listenLikeAHostilePage() {
  window.__hostile = { messages: [], heraldRoots: 0 };
  window.addEventListener(
    'message',
    (event) => {
      let data: string;
      try {
        data = JSON.stringify(event.data) ?? String(event.data);
      } catch {
        data = String(event.data);
      }
      window.__hostile.messages.push(data);
    },
    true,
  );
  // Catching the root as it is made does not work either: the content script's DOM methods are its own.
  const attach = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (init) {
    if (this.localName === 'herald-composer-ui') window.__hostile.heraldRoots++;
    return attach.call(this, init);
  };
}

/** Everything the page can read of Herald's notes without anyone clicking. */
function snoop(page: Page, secret: string) {
  return page.evaluate((words) => {
    const host = document.querySelector('herald-composer-ui');
    const selection = document.getSelection();
    selection?.selectAllChildren(document.body);
    const selected = selection?.toString() ?? '';
    selection?.removeAllRanges();
    return {
      hostThere: host !== null,
      shadowRoot: host?.shadowRoot ?? null,
      caughtRoots: window.__hostile.heraldRoots,
      highlights: [...CSS.highlights.keys()],
      inSelection: selected.includes(words),
      // biome-ignore lint/performance/useDomNodeTextContent: the rendered text is what a page would scrape.
      inText: document.body.innerText.includes(words) || (document.body.textContent ?? '').includes(words),
    };
  }, secret);
}

/** WXT's event and message that tell an older copy of a content script to stop, forged with the public id. */
function forgeScriptStarted(page: Page, extensionId: string) {
  return page.evaluate((id) => {
    const type = `${id}:content:wxt:content-script-started`;
    document.dispatchEvent(new CustomEvent(type, { detail: { contentScriptName: 'content', messageId: 'forged' } }));
    window.postMessage({ type, contentScriptName: 'content', messageId: 'forged' }, '*');
  }, extensionId);
}

const blocked = 'Project Falcon ships today';
const click = 'function () { this.click(); }';
const key = (init: KeyboardEventInit) =>
  `function () { this.dispatchEvent(new KeyboardEvent('keydown', ${JSON.stringify({ bubbles: true, composed: true, cancelable: true, ...init })})); }`;

for (const site of playgrounds) {
  test(`${site.label}: a hostile page script can neither read nor drive Herald, nor end it`, async ({
    page,
    extensionId,
  }) => {
    await page.addInitScript(listenLikeAHostilePage);
    const editor = await startDraft(page, site, blocked);
    const ui = await ClosedHeraldUi.open(page);
    const secret = 'is a confidential code name';
    await expect.poll(() => ui.text('notes')).toContain(policyMessage('codename-falcon'));
    expect((await ui.root())?.shadowRootType).toBe('closed');

    // Reading: no root, no highlight names, no text to select or scrape. (window.find still answers whether a
    // string is shown anywhere on the page, Herald's closed root included: a known gap, CSS-generated text aside.)
    expect(await snoop(page, secret)).toEqual({
      hostThere: true,
      shadowRoot: null,
      caughtRoots: 0,
      highlights: [],
      inSelection: false,
      inText: false,
    });
    await editor.click();
    await moveCaret(page, 'Control+End');

    // Ending Herald: the forged event and message change nothing; the notes follow the draft on.
    await forgeScriptStarted(page, extensionId);
    await page.keyboard.type(' with 555 0100 2000');
    await expect.poll(() => ui.text('notes')).toContain(policyMessage('personal-phone'));
    const draft = await modelText(page);

    // Driving: the shortcut and the launcher, synthetic, open nothing; the employee's own shortcut does.
    await editor.evaluate((element) =>
      element.dispatchEvent(
        new KeyboardEvent('keydown', {
          altKey: true,
          shiftKey: true,
          code: 'KeyH',
          key: 'H',
          bubbles: true,
          composed: true,
        }),
      ),
    );
    expect(await ui.isShown('panel')).toBe(false);
    await ui.fromPage('launcher', click);
    expect(await ui.isShown('panel')).toBe(false);
    await page.keyboard.press('Alt+Shift+H');
    await expect.poll(() => ui.isShown('panel')).toBe(true);
    await expect.poll(async () => (await ui.find('insert')) !== null).toBe(true);

    // Insert, close and Escape from the page do nothing; nor does a policy note's fix.
    await ui.fromPage('insert', click);
    await ui.fromPage('close', click);
    await ui.fromPage('panel', key({ key: 'Escape' }));
    await ui.fromPage('note-fix', click);
    expect(await ui.isShown('panel')).toBe(true);
    expect(await modelText(page)).toBe(draft);
    await ui.click('close');
    await expect.poll(() => ui.isShown('panel')).toBe(false);

    // Posting: the guard still stops Post, and only the employee's own click posts anyway.
    await site.postButton(page).click();
    await expect.poll(() => ui.isShown('guard')).toBe(true);
    await ui.fromPage('guard-post', click);
    await ui.fromPage('guard', key({ key: 'Escape' }));
    expect(await ui.isShown('guard')).toBe(true);
    expect(await postedTexts(page)).toEqual([]);
    await ui.click('guard-post');
    await expect.poll(() => postedTexts(page)).toEqual([draft]);

    // No message the page received names the extension, or WXT's start-up message (the forged one aside).
    const messages = await page.evaluate(() => window.__hostile.messages);
    expect(messages.filter((message) => !message.includes('forged'))).not.toContainEqual(
      expect.stringMatching(new RegExp(`${extensionId}|content-script-started`)),
    );
  });
}
