// Issue 7: the options page (Insights + Settings + Export & import) in the
// built extension, in real Chromium: seeded history → charts and figures,
// filters, JSON export, a bad import that changes nothing, a good import with
// its counts, and settings saved to IndexedDB.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, type Session } from '../../scripts/lib/browser.ts';
import { headline, upcomingDeadlines } from '../../lib/insights/index.ts';
import type { ChecklistRecord, ReviewRecord } from '../../lib/store/types.ts';
import { sampleChecklists, sampleHistory } from '../unit/insights/samples.ts';
import { shot, watchErrors } from './helpers.ts';

let s: Session;
let page: Page;
let errors: string[];
let url: string;
const now = new Date();
const records: ReviewRecord[] = sampleHistory(now);
const checklists: ChecklistRecord[] = sampleChecklists(now);

/** Everything in the extension's IndexedDB (read in the page, the same origin). */
async function dump(p: Page): Promise<{ reviews: ReviewRecord[]; checklists: ChecklistRecord[]; settings: unknown }> {
  return p.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('reviewguard');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction(['reviews', 'checklists', 'meta'], 'readonly');
          const out: Record<string, unknown> = {};
          const a = tx.objectStore('reviews').getAll();
          a.onsuccess = () => (out.reviews = a.result);
          const b = tx.objectStore('checklists').getAll();
          b.onsuccess = () => (out.checklists = b.result);
          const c = tx.objectStore('meta').get('settings');
          c.onsuccess = () => (out.settings = c.result);
          tx.oncomplete = () => {
            db.close();
            resolve(out as never);
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
  );
}

async function seed(p: Page, reviews: ReviewRecord[], lists: ChecklistRecord[]): Promise<void> {
  await p.evaluate(
    ({ reviews, lists }) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('reviewguard');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction(['reviews', 'checklists'], 'readwrite');
          for (const r of reviews) tx.objectStore('reviews').put(r);
          for (const c of lists) tx.objectStore('checklists').put(c);
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    { reviews, lists },
  );
}

const figure = async (p: Page, id: string) => Number(await p.locator(`[data-figure="${id}"] .rgo-figure__value`).textContent());

beforeAll(async () => {
  s = await launch({ viewport: { width: 1280, height: 800 } });
  url = `chrome-extension://${s.extensionId}/options.html`;
  page = await s.context.newPage();
  errors = watchErrors(page);
});
afterAll(async () => {
  await s?.close();
});

describe('options page', () => {
  it('is the extension’s options page, opening in a tab', async () => {
    const manifest = await (await s.serviceWorker()).evaluate(() => (globalThis as any).chrome.runtime.getManifest());
    expect(manifest.options_ui).toMatchObject({ page: 'options.html', open_in_tab: true });
    // The name and description come from _locales (English by default), resolved by the browser.
    expect(manifest.name).toBe('ReviewGuard for Amazon Sellers');
    expect(manifest.description).toMatch(/^Flags reviews you can report for removal/);
  });

  it('shows the empty state without history', async () => {
    await page.goto(url);
    await page.waitForSelector('[data-insights="empty"]');
    expect(await page.textContent('[data-insights="empty"]')).toContain('Brand › Customer Reviews');
    await shot(page, 'options-empty');
  });

  it('draws the charts and shows figures that match the seeded history', async () => {
    await seed(page, records, checklists);
    await page.reload();
    await page.waitForSelector('[data-insights="ready"]');
    const expected = headline(records, now, {}, checklists);
    expect(await figure(page, 'reviews')).toBe(records.length);
    expect(await figure(page, 'negative')).toBe(expected.negative);
    expect(await figure(page, 'removable')).toBe(expected.removable);
    expect(await figure(page, 'risks')).toBe(expected.withRisk);
    expect(await figure(page, 'deadlines')).toBe(expected.openDeadlines);
    for (const id of ['weekly', 'asin', 'removable']) {
      const canvas = page.locator(`[data-chart="${id}"] canvas`);
      const box = await canvas.boundingBox();
      expect(box && box.width > 50 && box.height > 50, `${id} canvas has a size`).toBe(true);
      // Something was painted: count non-transparent pixels.
      const painted = await canvas.evaluate((c: HTMLCanvasElement) => {
        const d = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
        let n = 0;
        for (let i = 3; i < d.length; i += 4) if (d[i]! > 0) n++;
        return n;
      });
      expect(painted, `${id} chart painted`).toBeGreaterThan(500);
    }
    const rows = upcomingDeadlines(records, now, {}, checklists);
    await expect.poll(() => page.locator('[data-table="deadlines"] tbody tr').count()).toBe(Math.min(50, rows.length));
    expect(Number(await page.locator('[data-table="deadlines"] tbody tr').first().getAttribute('data-days-left'))).toBe(rows[0]!.daysLeft);
    expect(await page.locator('[data-risk-review]').count()).toBe(expected.withRisk);
    await shot(page, 'options-insights-en');
  });

  it('filters every figure by ASIN', async () => {
    await page.selectOption('select[name="asin"]', 'B0KETTLE01');
    const expected = headline(records, now, { asin: 'B0KETTLE01' }, checklists);
    await expect.poll(() => figure(page, 'reviews')).toBe(expected.reviews);
    expect(await figure(page, 'negative')).toBe(expected.negative);
    expect(await figure(page, 'risks')).toBe(expected.withRisk);
    expect(await figure(page, 'deadlines')).toBe(expected.openDeadlines);
    expect(await page.locator('[data-chart="asin"] [data-asin-row]').count()).toBe(1);
    await shot(page, 'options-insights-asin-filter');
    await page.selectOption('select[name="asin"]', '');
    await expect.poll(() => figure(page, 'reviews')).toBe(records.length);
  });

  let exported: any;
  it('exports everything as versioned JSON', async () => {
    await page.click('[data-tab="data"]');
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-export="json"]')]);
    expect(download.suggestedFilename()).toMatch(/^reviewguard-\d{4}-\d{2}-\d{2}\.json$/);
    exported = JSON.parse(readFileSync((await download.path())!, 'utf8'));
    expect(exported).toMatchObject({ format: 'reviewguard-export', version: 2 });
    expect(exported.reviews).toHaveLength(records.length);
    expect(exported.checklists).toHaveLength(checklists.length);
    const [csv] = await Promise.all([page.waitForEvent('download'), page.click('[data-export="csv"]')]);
    const text = readFileSync((await csv.path())!, 'utf8');
    expect(text.split('\r\n').filter(Boolean)).toHaveLength(records.length + 1);
  });

  it('refuses a bad file with a clear error and changes nothing', async () => {
    const before = await dump(page);
    const bad = structuredClone(exported);
    bad.reviews[2].item.rating = 9;
    bad.reviews.push({ ...structuredClone(exported.reviews[0]), id: 'RBRANDNEW00001', lastSeen: new Date().toISOString() });
    await page.setInputFiles('[data-import-input]', { name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(bad)) });
    const err = page.locator('[data-import-error="invalid"]');
    await err.waitFor();
    const text = await err.textContent();
    expect(text).toContain('row 3');
    expect(text).toContain('item.rating');
    expect(await dump(page)).toEqual(before);
    await shot(page, 'options-import-error');
  });

  it('imports a valid file and reports what it merged', async () => {
    const good = structuredClone(exported);
    const later = new Date(now.getTime() + 3_600_000).toISOString();
    good.reviews[0].lastSeen = later; // newer in the file → updated
    good.reviews[0].item.title = 'Updated in the file';
    good.reviews[1].lastSeen = '2020-01-01T00:00:00.000Z'; // older in the file → local kept
    good.reviews.push({ ...structuredClone(exported.reviews[3]), id: 'RBRANDNEW00001', item: { ...exported.reviews[3].item, id: 'RBRANDNEW00001' } });
    await page.setInputFiles('[data-import-input]', { name: 'good.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(good)) });
    await page.locator('[data-import-done]').waitFor();
    const cells = await page.locator('[data-import-row="reviews"] td').evaluateAll((tds) => tds.map((td) => Number(td.getAttribute('data-n'))));
    expect(cells).toEqual([1, 1, 1, records.length - 2]);
    const after = await dump(page);
    expect(after.reviews).toHaveLength(records.length + 1);
    expect(after.reviews.find((r) => r.id === exported.reviews[0].id)!.item.title).toBe('Updated in the file');
    expect(after.reviews.find((r) => r.id === exported.reviews[1].id)!.lastSeen).toBe(exported.reviews[1].lastSeen);
    expect(await page.textContent('[data-stored-counts]')).toContain(String(records.length + 1));
    await shot(page, 'options-import-done');
  });

  it('saves a rule turned off, a severity and a phrase to IndexedDB', async () => {
    await page.click('[data-tab="settings"]');
    await page.locator('[data-rule="emoji"] input[type="checkbox"]').uncheck();
    await page.locator('[data-rule="phone-number"] select').selectOption('error');
    await page.fill('input[name="phrase"]', '  CompetitorBrand  ');
    await page.keyboard.press('Enter');
    await page.locator('[data-phrase="CompetitorBrand"]').waitFor();
    await shot(page, 'options-settings-en');
    await page.click('button[type="submit"]');
    await page.locator('[data-save-status="ok"]').waitFor();
    const { settings } = await dump(page);
    expect(settings).toEqual({
      lint: { rules: { emoji: { enabled: false }, 'phone-number': { severity: 'error' } }, customPhrases: ['CompetitorBrand'] },
      uiLanguage: 'auto',
      topicAlerts: { minCount: 3, windowDays: 7 },
    });
    // The page keeps them after a reload.
    await page.reload();
    await page.locator('[data-rule="emoji"] input[type="checkbox"]').waitFor();
    expect(await page.locator('[data-rule="emoji"] input[type="checkbox"]').isChecked()).toBe(false);
  });

  it('switches to Chinese and saves the UI language', async () => {
    await page.locator('select[name="uiLanguage"]').selectOption('zh');
    await page.click('button[type="submit"]');
    await page.locator('[data-save-status="ok"]').waitFor();
    await expect.poll(() => page.getAttribute('[data-options]', 'data-lang')).toBe('zh');
    expect(((await dump(page)).settings as { uiLanguage: string }).uiLanguage).toBe('zh');
    expect(await page.textContent('[data-tab="settings"]')).toBe('设置');
    await shot(page, 'options-settings-zh');
    await page.click('[data-tab="insights"]');
    await page.waitForSelector('[data-insights="ready"]');
    await page.waitForTimeout(300);
    await shot(page, 'options-insights-zh');
    await page.click('[data-tab="data"]');
    await shot(page, 'options-data-zh');
  });

  it('saves the language from the header toggle too', async () => {
    const saved = async () => ((await dump(page)).settings as { uiLanguage: string }).uiLanguage;
    await page.locator('.rgc-lang button', { hasText: 'EN' }).click();
    await expect.poll(saved).toBe('en');
    await page.locator('.rgc-lang button', { hasText: '中文' }).click();
    await expect.poll(saved).toBe('zh');
    await page.reload();
    await expect.poll(() => page.getAttribute('[data-options]', 'data-lang')).toBe('zh');
    // Set in an effect, which Preact runs after the frame that rendered data-lang.
    await expect.poll(() => page.getAttribute('html', 'lang')).toBe('zh-Hans');
  });

  it('logged no errors', () => {
    expect(errors).toEqual([]);
  });

  it('checks an insert card with the linter module loaded into the page (the worker has no linter)', async () => {
    await page.goto(url);
    await page.click('[data-tab="settings"]');
    await page.fill('[data-insert-check] textarea', 'Thank you for your order!\nLeave us a 5-star review on Amazon and get a $10 gift card.\nQuestions? Scan the code for setup tips.');
    await page.waitForSelector('[data-insert-check] li[data-rule="review-incentive"]', { timeout: 10_000 });
    const rules = await page.$$eval('[data-insert-check] li[data-rule]', (els) => els.map((e) => e.getAttribute('data-rule')));
    expect(rules).toContain('positive-review-request');
    expect(rules).not.toContain('external-link'); // insert mode: links and contacts are fine on a card
    await shot(page, 'options-insert-check');
    expect(errors).toEqual([]);
  });
});
