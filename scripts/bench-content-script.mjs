// What the content script costs the pages it runs on: its size against the 80 KB gzipped budget, and on each
// network's playground its start-up and the main-thread time it adds per keystroke while the employee types in
// the composer. The baseline is the same browser, page and typing with an empty MV3 extension instead of
// Herald. Figures are printed, never asserted: wall-clock times depend on the machine.
//
//   node scripts/bench-content-script.mjs [--rounds 3] [--keys 40] [--delay 100] [--pause 400] [--sites x,mastodon]
//
// Each round launches a fresh browser per configuration (Herald, baseline), alternating, and the table shows
// the median. Two views of the same work: Chromium's main-thread task time (Performance.getMetrics
// TaskDuration: JS, style, layout, paint; compared with the baseline), and the JS time the V8 sampling
// profiler puts inside Herald's own functions (any stack through a chrome-extension:// frame).
// HERALD_BENCH_PROFILES=<dir> also saves each phase's CPU profile there, to open in DevTools.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';

const SIZE_BUDGET_GZ = 80 * 1024;
// Words that match demo feed keywords and policies, so ranking and checks do real work on every settle.
const TYPED = 'We are hiring engineers for the robotics team. Our sustainability report shows less energy per parcel. ';

const { values: options } = parseArgs({
  options: {
    rounds: { type: 'string', default: '3' },
    keys: { type: 'string', default: '40' },
    // Steady typing: 100 ms a key (about 120 words a minute) stays under the 250 ms the content script
    // waits for the draft to settle, so ranking and checks run once the typing pauses.
    delay: { type: 'string', default: '100' },
    // Typing with a pause after every key: each key settles and pays for a re-rank and a policy check.
    pause: { type: 'string', default: '400' },
    measure: { type: 'boolean', default: false },
    // Every network's playground unless named (comma-separated ids).
    sites: { type: 'string', default: '' },
  },
});

/** @typedef {{ taskMs: number, scriptMs: number, heraldMs: number }} Cost */
/** @typedef {{ startup: Cost, focus: Cost, typing: Cost, pausing: Cost, keys: number }} Measurement */

/**
 * JS time (ms) in samples whose stack passes through the extension's scripts.
 * @param {{ nodes: { id: number, parent?: number, children?: number[], callFrame: { url: string } }[], samples?: number[], timeDeltas?: number[] }} profile
 */
function heraldTime(profile) {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  /** @type {Map<number, number>} */
  const parentOf = new Map();
  for (const node of profile.nodes) for (const child of node.children ?? []) parentOf.set(child, node.id);
  /** @type {Map<number, boolean>} */
  const inHerald = new Map();
  /** @param {number} id @returns {boolean} */
  const throughHerald = (id) => {
    const known = inHerald.get(id);
    if (known !== undefined) return known;
    const node = byId.get(id);
    const parent = parentOf.get(id);
    const result =
      !!node?.callFrame.url.startsWith('chrome-extension://') || (parent !== undefined && throughHerald(parent));
    inHerald.set(id, result);
    return result;
  };
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  let micros = 0;
  // A sample lasts until the next one.
  for (let i = 0; i < samples.length - 1; i++) {
    if (throughHerald(/** @type {number} */ (samples[i]))) micros += deltas[i + 1] ?? 0;
  }
  return micros / 1000;
}

/** The playgrounds to measure, in the registry's order. */
async function sitesToMeasure() {
  const { playgrounds } = await import('../tests/e2e/harness/playgrounds.mjs');
  const wanted = options.sites ? options.sites.split(',') : playgrounds.map((site) => site.id);
  return playgrounds.filter((site) => wanted.includes(site.id));
}

/** Runs in a child process whose HERALD_EXTENSION_DIR picks the extension; prints one JSON line. */
async function measure() {
  const { launchHerald } = await import('../tests/e2e/harness/launch-herald.mjs');
  const [site] = await sitesToMeasure();
  if (!site) throw new Error(`No playground "${options.sites}"`);
  const keys = Number(options.keys);
  const delay = Number(options.delay);
  // Each phase types `keys` keys; the draft keeps growing from one phase to the next, as a real one does.
  const { context } = await launchHerald();
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    const metrics = async () => {
      const { metrics: list } = await cdp.send('Performance.getMetrics');
      const value = (/** @type {string} */ name) => (list.find((metric) => metric.name === name)?.value ?? 0) * 1000;
      return { task: value('TaskDuration'), script: value('ScriptDuration') };
    };
    let saved = 0;
    /**
     * @param {() => Promise<void>} action
     * @param {boolean} [navigates] the page's counters start again from zero with a new document
     * @returns {Promise<Cost>}
     */
    const cost = async (action, navigates = false) => {
      await cdp.send('Profiler.start');
      const before = navigates ? { task: 0, script: 0 } : await metrics();
      await action();
      const after = await metrics();
      const { profile } = await cdp.send('Profiler.stop');
      if (process.env.HERALD_BENCH_PROFILES) {
        const name = `${process.env.HERALD_EXTENSION_DIR?.includes('herald-baseline-') ? 'baseline' : 'herald'}-${++saved}.cpuprofile`;
        writeFileSync(join(process.env.HERALD_BENCH_PROFILES, name), JSON.stringify(profile));
      }
      return {
        taskMs: after.task - before.task,
        scriptMs: after.script - before.script,
        heraldMs: heraldTime(profile),
      };
    };

    // The first visit starts the site's renderer and fills caches; the measured start-up is a reload.
    await page.goto(site.url, { waitUntil: 'load' });
    await page.waitForTimeout(1000);
    const startup = await cost(async () => {
      await page.reload({ waitUntil: 'load' });
      await page.waitForTimeout(1500);
    }, true);
    const focus = await cost(async () => {
      const editor = await site.openComposer(page);
      await editor.click();
      await page.waitForTimeout(1000);
    });
    const text = TYPED.repeat(Math.ceil((2 * keys) / TYPED.length)).slice(0, 2 * keys);
    const typing = await cost(async () => {
      await page.keyboard.type(text.slice(0, keys), { delay });
      // Let the last settle (250 ms, then idle time) run inside the measured window.
      await page.waitForTimeout(800);
    });
    const pausing = await cost(async () => {
      await page.keyboard.type(text.slice(keys), { delay: Number(options.pause) });
      await page.waitForTimeout(800);
    });
    process.stdout.write(`${JSON.stringify({ startup, focus, typing, pausing, keys })}\n`);
  } finally {
    await context.close();
  }
}

/** An MV3 extension that does nothing, with a service worker so the harness finds its id. */
function emptyExtension() {
  const dir = mkdtempSync(join(tmpdir(), 'herald-baseline-'));
  writeFileSync(
    join(dir, 'manifest.json'),
    JSON.stringify({
      manifest_version: 3,
      name: 'Empty baseline',
      version: '1.0.0',
      background: { service_worker: 'sw.js' },
    }),
  );
  writeFileSync(join(dir, 'sw.js'), '');
  return dir;
}

/** @param {string} extensionDir @param {string} site @returns {Measurement} */
function measureWith(extensionDir, site) {
  const args = [fileURLToPath(import.meta.url), '--measure', '--sites', site, ...passThrough()];
  const out = execFileSync(process.execPath, args, {
    env: { ...process.env, HERALD_EXTENSION_DIR: extensionDir },
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const line = out.trim().split('\n').pop() ?? '';
  return JSON.parse(line);
}

function passThrough() {
  return ['--keys', String(options.keys), '--delay', String(options.delay), '--pause', String(options.pause)];
}

/** @param {number[]} values */
function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? /** @type {number} */ (sorted[mid]) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

const kb = (/** @type {number} */ bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const ms = (/** @type {number} */ value) => `${value.toFixed(value < 10 ? 3 : 1)} ms`;

/** @param {string[][]} rows */
function printTable(rows) {
  const widths = rows[0]?.map((_, column) => Math.max(...rows.map((row) => (row[column] ?? '').length))) ?? [];
  const line = (/** @type {string[]} */ row) =>
    `| ${row.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join(' | ')} |`;
  console.log(line(/** @type {string[]} */ (rows[0])));
  console.log(`|${widths.map((width) => '-'.repeat(width + 2)).join('|')}|`);
  for (const row of rows.slice(1)) console.log(line(row));
}

async function main() {
  const { ensureBuilt, extensionDir } = await import('../tests/e2e/harness/paths.mjs');
  ensureBuilt();
  const heraldDir = extensionDir;

  const script = join(heraldDir, 'content-scripts/content.js');
  const style = join(heraldDir, 'content-scripts/content.css');
  const files = [script, style].filter((file) => existsSync(file)).map((file) => readFileSync(file));
  const raw = files.reduce((sum, file) => sum + file.length, 0);
  const gzipped = files.reduce((sum, file) => sum + gzipSync(file, { level: 9 }).length, 0);
  console.log(`\nContent script size (${heraldDir}/content-scripts)`);
  printTable([
    ['file', 'raw', 'gzipped', 'budget (gzipped)', 'of budget'],
    ...[script, style]
      .filter((file) => existsSync(file))
      .map((file) => {
        const bytes = readFileSync(file);
        return [file.split('/').pop() ?? file, kb(bytes.length), kb(gzipSync(bytes, { level: 9 }).length), '', ''];
      }),
    [
      'total',
      kb(raw),
      kb(gzipped),
      kb(SIZE_BUDGET_GZ),
      `${((gzipped / SIZE_BUDGET_GZ) * 100).toFixed(0)}% ${gzipped <= SIZE_BUDGET_GZ ? '(within)' : '(OVER)'}`,
    ],
  ]);

  const rounds = Number(options.rounds);
  const baselineDir = emptyExtension();
  try {
    for (const site of await sitesToMeasure()) {
      /** @type {Measurement[]} */
      const herald = [];
      /** @type {Measurement[]} */
      const baseline = [];
      for (let round = 1; round <= rounds; round++) {
        console.error(`${site.label}, round ${round}/${rounds}: baseline, then Herald…`);
        baseline.push(measureWith(baselineDir, site.id));
        herald.push(measureWith(heraldDir, site.id));
      }
      printSite(site.label, rounds, baseline, herald);
    }
  } finally {
    rmSync(baselineDir, { recursive: true, force: true });
  }
}

/** @param {string} label @param {number} rounds @param {Measurement[]} baseline @param {Measurement[]} herald */
function printSite(label, rounds, baseline, herald) {
  const keys = Number(options.keys);
  /** @typedef {'startup' | 'focus' | 'typing' | 'pausing'} Phase */
  /** @param {Measurement[]} runs @param {Phase} phase @param {keyof Cost} field */
  const med = (runs, phase, field) => median(runs.map((run) => run[phase][field]));
  /** @param {string} name @param {Phase} phase @param {keyof Cost} field @param {number} [per] */
  const row = (name, phase, field, per = 1) => {
    const base = med(baseline, phase, field) / per;
    const with_ = med(herald, phase, field) / per;
    const ratio = base > 0 ? `${(with_ / base).toFixed(2)}x` : '-';
    return [name, ms(base), ms(with_), ms(with_ - base), ratio];
  };
  console.log(
    `\n${label} playground (feed growing, composer open), median of ${rounds} rounds;` +
      '\nbaseline: the same page and typing with an empty MV3 extension. Target: < 1 ms added per keystroke.' +
      `\nSteady typing: ${keys} keys ${options.delay} ms apart. With pauses: ${keys} keys ${options.pause} ms apart,` +
      ' so every key settles and re-ranks and re-checks the draft (the worst case).',
  );
  printTable([
    ['measure', 'baseline', 'Herald', 'added', 'ratio'],
    row('start-up (reload + 1.5 s): main-thread tasks', 'startup', 'taskMs'),
    row('start-up: script', 'startup', 'scriptMs'),
    row("start-up: Herald's own JS (profiler)", 'startup', 'heraldMs'),
    row('open composer + focus: main-thread tasks', 'focus', 'taskMs'),
    row("open composer + focus: Herald's own JS", 'focus', 'heraldMs'),
    row('per keystroke, steady: main-thread tasks', 'typing', 'taskMs', keys),
    row('per keystroke, steady: script', 'typing', 'scriptMs', keys),
    row("per keystroke, steady: Herald's own JS", 'typing', 'heraldMs', keys),
    row('per keystroke, with pauses: main-thread tasks', 'pausing', 'taskMs', keys),
    row('per keystroke, with pauses: script', 'pausing', 'scriptMs', keys),
    row("per keystroke, with pauses: Herald's own JS", 'pausing', 'heraldMs', keys),
  ]);
}

if (options.measure) await measure();
else await main();
