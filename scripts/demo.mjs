// `npm run demo`: Herald on every network's playground page and its popup, in a browser you can use (with a
// display), or walked through headless, step by step, with a screenshot per step in demo-output/ (CI, servers).
// The steps live in scripts/demo-steps.mjs.
import { join, relative } from 'node:path';
import { launchHerald } from '../tests/e2e/harness/launch-herald.mjs';
import { repoRoot } from '../tests/e2e/harness/paths.mjs';
import { playgrounds } from '../tests/e2e/harness/playgrounds.mjs';
import { DEMO_INSTALL_ID } from '../tests/e2e/harness/test-install-id.mjs';
import { walkThrough } from './demo-steps.mjs';

const outputDir = join(repoRoot, 'demo-output');
const headed = !!process.env.DISPLAY && !process.env.CI;

/** @typedef {import('@playwright/test').BrowserContext} BrowserContext */

// Headed, Herald makes its own random install id, as on a real install; the headless walk-through uses one that
// shows the hiring talking point in a wording with a placeholder to fill.
const { context, extensionId } = await launchHerald({ headed, installId: headed ? null : DEMO_INSTALL_ID });
const popupUrl = `chrome-extension://${extensionId}/popup.html`;

if (headed) {
  await openForBrowsing(context);
} else {
  try {
    const { shots } = await walkThrough({ context, extensionId, outputDir });
    console.log(`\nScreenshots in ${relative(process.cwd(), outputDir) || '.'}/ (${shots.length}):`);
    const width = Math.max(...shots.map((shot) => relative(outputDir, shot.file).length));
    for (const shot of shots) console.log(`  ${relative(outputDir, shot.file).padEnd(width)}  ${shot.shows}`);
  } catch (error) {
    console.error(`✗ ${error instanceof Error ? error.message : error}`);
    console.error(`  What was on screen then: ${relative(process.cwd(), outputDir)}/*-failed.png`);
    process.exitCode = 1;
  } finally {
    await context.close();
  }
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
