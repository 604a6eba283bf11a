// `npm run demo`'s headless walk-through (scripts/demo-steps.mjs), run against the e2e build so it cannot rot:
// every step checks what it shows before its screenshot, and every screenshot it lists is a real, non-empty file.
import { statSync } from 'node:fs';
import { basename } from 'node:path';
import { walkThrough } from '../../scripts/demo-steps.mjs';
import { expect, test } from './fixtures';
import { setInstallId } from './harness/launch-herald.mjs';
import { DEMO_INSTALL_ID } from './harness/test-install-id.mjs';

// One screenshot per step at least, named for it.
const EXPECTED = [
  '00-about-you.png',
  '01-suggestion-inserted.png',
  '02-another-wording.png',
  '03-echo-note.png',
  '04-confidential-term.png',
  '04-confidential-term-fixed.png',
  '05-disclosure-rule.png',
  '05-disclosure-prepend.png',
  '06-post-guard.png',
  '07-popup-light.png',
  '07-popup-dark.png',
];

test('the demo walk-through runs every step and saves a screenshot for each', async ({
  context,
  extensionId,
}, info) => {
  // As `npm run demo` does: the hiring talking point in a wording with a placeholder to fill.
  await setInstallId(context, DEMO_INSTALL_ID);
  const lines: string[] = [];
  const { shots } = await walkThrough({
    context,
    extensionId,
    outputDir: info.outputPath('demo-output'),
    log: (line) => lines.push(line),
  });
  await info.attach('walk-through', { body: lines.join('\n'), contentType: 'text/plain' });

  expect(shots.map((shot) => basename(shot.file))).toEqual(expect.arrayContaining(EXPECTED));
  for (const shot of shots) {
    expect(statSync(shot.file).size, shot.file).toBeGreaterThan(1000);
    expect(shot.shows).not.toBe('');
  }
});
