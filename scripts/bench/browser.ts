// Real-browser figures: keystroke-to-updated-warning latency on the compose
// page, beside a same-run floor (a minimal extension that sets the same hook
// in the page on each keystroke, checking nothing), and the time to annotate 500 review
// cards (with the longest task the page saw). Needs a build (npm run build)
// and Chromium.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { EXTENSION_DIR, fixturePage, launch, type Session } from '../lib/browser.ts';
import { longTasks, mountManyReviews, ownScriptByTask, watchLongTasks, type OwnScriptFigures } from '../lib/stress.ts';
import { percentile, table } from './_stats.ts';

if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
  console.error('No build in .output/chrome-mv3: run "npm run build" first.');
  process.exit(1);
}

const KEYSTROKES = 120;
const FLOOR_EXTENSION = join(dirname(fileURLToPath(import.meta.url)), 'floor-extension');
const s = await launch();
let failed = false;
/** Keystroke → the hook shows findings for the text that includes that key, in the page. */
async function keystrokeLatency(session: Session, throttle: number): Promise<number[]> {
  const page = await session.context.newPage();
  await page.goto(fixturePage('contact-buyer-us').url);
  const field = page.locator('kat-textarea textarea').first();
  await field.waitFor({ timeout: 15_000 });
  const base =
    'Hello Palmer, thank you for your order 113-4567890-1234567. We are sorry the lid of your blender cracked after two uses. ' +
    'We have shipped a replacement lid today; it should arrive within three business days. If the new lid does not fit, or if anything else ' +
    'is wrong with the blender, reply to this message and we will help right away. ';
  let text = '';
  while (text.length < 1500) text += base;
  text = text.slice(0, 1500);
  await field.click();
  await page.keyboard.insertText(text);
  await page.waitForFunction(
    (len) => document.querySelector('reviewguard-compose')?.getAttribute('data-length') === String(len),
    text.length,
    { timeout: 10_000 },
  );
  if (throttle > 1) {
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
  }
  await page.evaluate(() => {
    const w = window as unknown as { __lat: number[]; __pending: Array<{ t: number; len: number }> };
    w.__lat = [];
    w.__pending = [];
    const ta = document.querySelector('kat-textarea')!.shadowRoot!.querySelector('textarea')!;
    document.addEventListener('keydown', () => w.__pending.push({ t: performance.now(), len: ta.value.length + 1 }), true);
    const host = document.querySelector('reviewguard-compose')!;
    new MutationObserver(() => {
      const len = Number(host.getAttribute('data-length'));
      const now = performance.now();
      while (w.__pending.length && w.__pending[0]!.len <= len) w.__lat.push(now - w.__pending.shift()!.t);
    }).observe(host, { attributes: true, attributeFilter: ['data-length'] });
  });
  const typed = 'Sorry again for the trouble with the lid, we hope the blender serves you well for years. ';
  for (let k = 0; k < KEYSTROKES; k++) {
    const ch = typed[k % typed.length]!;
    await page.keyboard.press(ch === ' ' ? 'Space' : ch);
    await page.waitForTimeout(35); // a fast typist: ~28 keys per second
  }
  await page.waitForTimeout(300);
  const lat = (await page.evaluate(() => (window as unknown as { __lat: number[] }).__lat)).sort((a, b) => a - b);
  await page.close();
  return lat;
}

try {
  // ---- keystroke → updated warning, plain and with the page's CPU 4× slower --
  // Beside the floor: the same typing with only a minimal extension that sets
  // the same hook in the page on each keystroke. What is left between the
  // floor and us is our own work: linting, underlines, the panel. Runs
  // alternate (ours, floor, ours, floor) so both meet the same machine load.
  const floorSession = await launch({ extensionDir: FLOOR_EXTENSION });
  try {
    for (const throttle of [1, 4]) {
      const lat: number[] = [];
      const floor: number[] = [];
      for (let round = 0; round < 2; round++) {
        lat.push(...(await keystrokeLatency(s, throttle)));
        floor.push(...(await keystrokeLatency(floorSession, throttle)));
      }
      lat.sort((a, b) => a - b);
      floor.sort((a, b) => a - b);
      const p95 = percentile(lat, 0.95);
      const floorP95 = percentile(floor, 0.95);
      table(`Keystroke → updated warning (1,500-char message, real Chromium${throttle > 1 ? `, page CPU throttled ${throttle}×` : ''})`, [
        ['keystrokes measured (ours / floor)', `${lat.length} / ${floor.length}`],
        ['median (ours / floor)', `${percentile(lat, 0.5).toFixed(1)} / ${percentile(floor, 0.5).toFixed(1)} ms`],
        ['p95 (ours / floor)', `${p95.toFixed(1)} / ${floorP95.toFixed(1)} ms`],
        ['max (ours / floor)', `${lat[lat.length - 1]!.toFixed(1)} / ${floor[floor.length - 1]!.toFixed(1)} ms`],
        ['floor', 'a minimal extension: each keystroke sets the same hook in the page, checking nothing'],
        ['target', `p95 ≤ 16 ms (one frame): ${p95 <= 16 ? 'met' : `not met${floorP95 > 16 ? ` (the floor itself: ${floorP95.toFixed(1)} ms)` : ''}`}; what we add to the floor's p95 ≤ 16 ms`],
      ]);
      if (lat.length < 200 || p95 - floorP95 > 16) failed = true;
    }
  } finally {
    await floorSession.close();
  }

  // ---- 500 cards (three runs: a shared 2-core machine is noisy) -------------
  const runs: Array<{ ms: number; ours: number[]; script: OwnScriptFigures }> = [];
  for (let run = 0; run < 3; run++) {
    const rp = await s.context.newPage();
    await rp.goto(fixturePage('reviews-us').url);
    await rp.waitForSelector('reviewguard-annotation', { timeout: 20_000 });
    await watchLongTasks(rp);
    const t0 = Date.now();
    let ms = 0;
    const script = await ownScriptByTask(rp, async () => {
      await mountManyReviews(rp, 500);
      await rp.waitForFunction(() => document.querySelectorAll('reviewguard-annotation').length === 500, null, { timeout: 60_000 });
      ms = Date.now() - t0;
      await rp.waitForTimeout(300);
    });
    runs.push({ ms, ours: (await longTasks(rp)).ours, script });
    await rp.close();
  }
  runs.sort((a, b) => a.ours.length - b.ours.length || a.ms - b.ms);
  const median = runs[1]!;
  const ms = median.ms;
  const ours = median.ours;
  const script = Math.max(0, ...runs.map((r) => r.script.longestInTask));
  const withOurs = runs.flatMap((r) => r.script.longTasksWithOurs);

  // Floor, same run: the same 500-card page where ReviewGuard does not run (a
  // Seller Central path it leaves alone), with a plain box of the same height
  // added under every card in two writes. What that costs is the browser's
  // own layout and pre-paint of a 500-card page, which no extension avoids.
  const fp = await s.context.newPage();
  await fp.goto('https://sellercentral.amazon.com/home');
  await fp.evaluate(() => {
    document.body.innerHTML = '<div data-fixture-mount></div>';
  });
  await mountManyReviews(fp, 500);
  await watchLongTasks(fp);
  await fp.evaluate(async () => {
    const cards = [...document.querySelectorAll('[data-testid^="review-R"]')];
    for (let i = 0; i < cards.length; i++) {
      const box = document.createElement('div');
      box.style.cssText = 'height:96px;margin:8px 0 2px;border:1px solid #ddd';
      box.textContent = 'annotation';
      cards[i]!.append(box);
      // The top ten at once, the rest in one write: the fewest geometry
      // changes any annotator of this page could make.
      if (i === 9) await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
    }
    await new Promise((r) => setTimeout(r, 300));
  });
  const floor = (await longTasks(fp)).ours;
  await fp.close();
  const worst = (xs: number[]) => (xs.length ? Math.max(...xs) : 0);
  table('Annotating 500 review cards (real Chromium, median of 3 runs)', [
    ['time to all 500 annotated', `${ms} ms (after the page rendered them)`],
    ['long tasks while annotating', `${ours.length}${ours.length ? ` (longest ${worst(ours).toFixed(0)} ms)` : ''}`],
    ['long tasks in each run', runs.map((r) => `${r.ours.length}${r.ours.length ? ` (≤ ${worst(r.ours).toFixed(0)} ms)` : ''}`).join(', ')],
    ['most of our own script in one task (all runs)', `${script.toFixed(1)} ms (${runs.map((r) => `${r.script.longestInTask.toFixed(1)} of a ${r.script.taskOfLongest.toFixed(0)} ms task`).join('; ')})`],
    ['long tasks our script ran in (all runs)', withOurs.length ? withOurs.map((x) => `${x.task.toFixed(0)} ms (ours ${x.ours.toFixed(1)})`).join(', ') : 'none'],
    ['floor: same inserts, no extension', `${floor.length}${floor.length ? ` (longest ${worst(floor).toFixed(0)} ms)` : ''}`],
    ['target', 'our own script never runs 50 ms within one task; median run: at most 3 long tasks, the longest within 1.5× max(50 ms, the floor\'s longest)'],
  ]);
  if (script > 50 || ours.length > 3 || worst(ours) > 1.5 * Math.max(50, worst(floor))) failed = true;
} finally {
  await s.close();
}
console.log(failed ? '\nbrowser benchmark: a target was missed (see above)' : '\nbrowser benchmark: targets met');
process.exitCode = failed ? 1 : 0;
