// `npm run demo`: Herald on every network's playground page and its popup, in a browser you can use (with a
// display), or walked through headless with screenshots in demo-output/ (CI, servers).
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { launchHerald } from '../tests/e2e/harness/launch-herald.mjs';
import { repoRoot } from '../tests/e2e/harness/paths.mjs';
import { playgrounds } from '../tests/e2e/harness/playgrounds.mjs';

const sentence = 'We are hiring engineers for our robotics team';
const outputDir = join(repoRoot, 'demo-output');
const headed = !!process.env.DISPLAY && !process.env.CI;

/** @typedef {import('@playwright/test').BrowserContext} BrowserContext */
/** @typedef {import('@playwright/test').Page} Page */

const { context, extensionId } = await launchHerald({ headed });
const popupUrl = `chrome-extension://${extensionId}/popup.html`;

if (headed) {
  await openForBrowsing(context);
} else {
  const failed = await walkThroughHeadless(context);
  await context.close();
  process.exitCode = failed ? 1 : 0;
}

/** @param {BrowserContext} context */
async function openForBrowsing(context) {
  const [blank] = context.pages();
  for (const site of playgrounds) {
    const page = await context.newPage();
    await page.goto(site.url);
  }
  const popup = await context.newPage();
  await popup.setViewportSize({ width: 380, height: 600 });
  await popup.goto(popupUrl);
  await blank?.close();
  console.log(
    `Herald demo is running: the ${playgrounds.map((site) => site.label).join(', ')} playgrounds and the popup are open in tabs.`,
  );
  console.log('Close the browser window to end the demo.');
  await new Promise((resolve) => context.on('close', resolve));
}

/**
 * @param {BrowserContext} context
 * @returns {Promise<boolean>} whether a playground page itself failed
 */
async function walkThroughHeadless(context) {
  await mkdir(outputDir, { recursive: true });
  /** @type {string[]} */
  const shots = [];
  let failed = false;
  for (const site of playgrounds) {
    const page = await context.newPage();
    try {
      await page.goto(site.url);
      const editor = await site.openComposer(page);
      await editor.click();
      await page.keyboard.type(sentence);
      await clickHeraldLauncher(page, site.label);
      shots.push(await screenshot(page, `${site.id}-composer.png`));
    } catch (error) {
      failed = true;
      console.error(`✗ ${site.label}: ${error instanceof Error ? error.message : error}`);
      shots.push(await screenshot(page, `${site.id}-failed.png`));
    } finally {
      await page.close();
    }
  }
  for (const colorScheme of /** @type {const} */ (['light', 'dark'])) {
    const page = await context.newPage();
    await page.setViewportSize({ width: 380, height: 600 });
    await page.emulateMedia({ colorScheme });
    await page.goto(popupUrl);
    await page
      .getByRole('heading', { name: 'Herald' })
      .first()
      .waitFor({ timeout: 5_000 })
      .catch(() => console.warn(`! popup (${colorScheme}): no "Herald" heading yet`));
    shots.push(await screenshot(page, `popup-${colorScheme}.png`));
    await page.close();
  }
  console.log(`Screenshots (${shots.length}):`);
  for (const shot of shots) console.log(`  ${shot}`);
  return failed;
}

/**
 * Herald's launcher appears when a composer has focus; later work adds it, so a missing one is a warning.
 * @param {Page} page
 * @param {string} label
 */
async function clickHeraldLauncher(page, label) {
  const launcher = page.getByRole('button', { name: /Herald/ }).first();
  try {
    await launcher.waitFor({ state: 'visible', timeout: 4_000 });
    await launcher.click();
    await page.waitForTimeout(600);
  } catch {
    console.warn(`! ${label}: no Herald launcher next to the composer`);
  }
}

/**
 * @param {Page} page
 * @param {string} name
 */
async function screenshot(page, name) {
  const path = join(outputDir, name);
  await page.screenshot({ path });
  return path;
}
