// `npm start`: builds the extension and shows it working on the demo Seller
// Central pages (the fixtures, served locally at their real URLs). With a
// display it opens Chromium for you to click around; without one (or with
// --headless) it writes a screenshot of each page and says where.
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Page } from 'playwright-core';
import { ROOT, findChromium, fixturePages, launch, type FixturePage, type Session } from './lib/browser.ts';

const args = new Set(process.argv.slice(2));
const headless = args.has('--headless') || (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY);
const OUT = join(ROOT, 'demo-output');
const DEMO_KINDS = ['brand-reviews', 'feedback-manager', 'contact-buyer', 'request-review', 'inbox'];

const DEMO_MESSAGE =
  "Hi Palmer, so sorry the blender arrived with a cracked lid 😞 We'd love to send a free replacement if you update your review. Email me at palmer.help@gmail.com or visit http://blendpro-shop.com/help";

/** What the demo does on each page kind so the screenshot shows the product at work. */
async function showcase(page: Page, p: FixturePage): Promise<void> {
  switch (p.kind) {
    case 'brand-reviews':
    case 'feedback-manager':
      await page.waitForSelector('reviewguard-annotation', { timeout: 15_000 }).catch(() => {});
      if (p.name === 'reviews-us') {
        // Pick the first removable review for the checklist, as a seller would.
        await page.locator('reviewguard-annotation[data-removable="true"] button[data-action="select"]').first().click().catch(() => {});
      }
      break;
    case 'contact-buyer': {
      const field = page.locator('kat-textarea textarea').first();
      await field.waitFor({ timeout: 15_000 });
      await field.click();
      await page.keyboard.type(DEMO_MESSAGE, { delay: 2 });
      await page.waitForSelector('reviewguard-compose[data-errors]:not([data-errors="0"])', { timeout: 10_000 }).catch(() => {});
      break;
    }
    case 'inbox': {
      const thread = page.locator('[data-thread-id]').first();
      await thread.waitFor({ timeout: 15_000 }).catch(() => {});
      await thread.click().catch(() => {});
      const field = page.locator('kat-textarea textarea').first();
      await field.waitFor({ timeout: 10_000 }).catch(() => {});
      await field.click().catch(() => {});
      await page.keyboard.type('Thanks for reaching out! Could you send a photo to my whatsapp +1 415 555 0134? 🙏', { delay: 2 });
      await page.waitForTimeout(800);
      break;
    }
    default:
      break;
  }
  await page.waitForTimeout(800);
}

async function main(): Promise<void> {
  let chromium: string;
  try {
    chromium = findChromium();
  } catch (e) {
    console.error((e as Error).message);
    process.exit(1);
  }
  console.log(`Building the extension…`);
  execFileSync(process.execPath, [join(ROOT, 'node_modules/wxt/bin/wxt.mjs'), 'build'], { cwd: ROOT, stdio: 'inherit' });
  console.log(`\nStarting ${chromium} with ReviewGuard loaded${headless ? ' (headless)' : ''}…`);
  // changed-markup is a test page (a layout we do not know): not part of the tour.
  const pages = fixturePages().filter((p) => DEMO_KINDS.includes(p.kind) && p.name !== 'changed-markup');
  let s: Session;
  try {
    s = await launch({ headless, viewport: headless ? { width: 1280, height: 900 } : null });
  } catch (e) {
    console.error(`Could not start Chromium: ${(e as Error).message}`);
    process.exit(1);
  }

  if (headless) {
    mkdirSync(OUT, { recursive: true });
    const written: string[] = [];
    for (const p of pages) {
      const page = await s.context.newPage();
      await page.goto(p.url);
      await page.waitForSelector(`html[data-reviewguard="${p.kind}"]`, { timeout: 15_000 }).catch(() => {});
      await showcase(page, p);
      const path = join(OUT, `${p.name}.png`);
      await page.screenshot({ path, fullPage: true });
      written.push(path);
      await page.close();
    }
    const popup = await s.context.newPage();
    await popup.setViewportSize({ width: 400, height: 600 });
    await popup.goto(`chrome-extension://${s.extensionId}/popup.html`);
    await popup.waitForTimeout(800);
    const popupPath = join(OUT, 'popup.png');
    await popup.screenshot({ path: popupPath });
    written.push(popupPath);
    await s.close();
    console.log(`\nScreenshots of ReviewGuard on the demo Seller Central pages:`);
    for (const w of written) console.log(`  ${relative(process.cwd(), w)}`);
    return;
  }

  for (const p of pages) {
    const page = await s.context.newPage();
    await page.goto(p.url);
  }
  await s.context.pages()[0]?.close().catch(() => {});
  console.log(`\nReviewGuard is running on ${pages.length} demo Seller Central pages (one tab each).`);
  console.log('These are local copies served at the real URLs: nothing is sent anywhere.');
  console.log('Close the browser window to finish.');
  await new Promise<void>((resolve) => s.context.on('close', () => resolve()));
}

await main();
