// Issue 12 in real Chromium: the seller's second visit to Customer Reviews
// (new reviews marked "New", the toolbar badge counting the new 1–3★ ones not
// yet opened, the popup listing them first and clearing them as they open).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { fixturePage, launch, type Session } from '../../scripts/lib/browser.ts';
import { shot, SHOTS } from './helpers.ts';

const NEW_IDS = ['R9NEW1LEAK2BLD', 'R9NEW2LEAK3BLD'];
const OLD_ON_PAGE_1 = 'R2X8K1L0QZ3M7A';

let s: Session;
beforeAll(async () => {
  s = await launch();
});
afterAll(async () => {
  await s?.close();
});

const ann = (page: Page, id: string) => page.locator(`reviewguard-annotation[data-review-id="${id}"]`);

/** The toolbar badge, as the extension itself reads it. */
async function badge(): Promise<string> {
  return (await s.serviceWorker()).evaluate(() => (globalThis as any).chrome.action.getBadgeText({}) as Promise<string>);
}

/** Time passes: the seller's visit under way ended hours ago (visits are split by a pause). */
async function endVisit(pageKind: string): Promise<void> {
  await (await s.serviceWorker()).evaluate(async (kind) => {
    const db: IDBDatabase = await new Promise((res, rej) => {
      const r = indexedDB.open('reviewguard');
      r.onsuccess = () => res(r.result);
      r.onerror = () => rej(r.error);
    });
    await new Promise<void>((res, rej) => {
      const tx = db.transaction('visits', 'readwrite');
      const store = tx.objectStore('visits');
      const get = store.get(kind);
      get.onsuccess = () => {
        const v = get.result;
        const hoursAgo = (h: number) => new Date(Date.now() - h * 3600_000).toISOString();
        store.put({ ...v, currentStart: hoursAgo(3), lastActive: hoursAgo(2) });
      };
      tx.oncomplete = () => res();
      tx.onerror = () => rej(tx.error);
    });
    db.close();
  }, pageKind);
}

async function openPopup(): Promise<Page> {
  const popup = await s.context.newPage();
  await popup.setViewportSize({ width: 400, height: 640 });
  await popup.goto(`chrome-extension://${s.extensionId}/popup.html`);
  await popup.waitForSelector('[data-popup="reviewguard"]');
  return popup;
}

describe('new since the last visit', () => {
  it('marks nothing new on the first visit, and shows no badge', async () => {
    const page = await s.context.newPage();
    await page.goto(fixturePage('reviews-us').url);
    await ann(page, OLD_ON_PAGE_1).waitFor({ timeout: 20_000 });
    await expect.poll(() => page.locator('reviewguard-annotation[data-new="false"]').count()).toBe(8);
    expect(await page.locator('reviewguard-annotation[data-new="true"]').count()).toBe(0);
    expect(await badge()).toBe('');
    await page.goto(fixturePage('feedback-us').url);
    await ann(page, '113-4567890-1234567').waitFor({ timeout: 20_000 });
    await expect.poll(() => page.locator('reviewguard-annotation[data-new="false"]').count()).toBe(10);
    expect(await badge()).toBe('');
    await page.close();
  });

  it('on the next visit marks the new reviews "New", counts them on the badge, lists them first in the popup and clears them as opened', async () => {
    await endVisit('brand-reviews');
    const page = await s.context.newPage();
    await page.goto(`${fixturePage('reviews-us').url}&fixtureData=later`);
    for (const id of NEW_IDS) {
      await ann(page, id).waitFor({ timeout: 20_000 });
      await expect.poll(() => ann(page, id).getAttribute('data-new')).toBe('true');
      expect(await ann(page, id).locator('.rg-new').textContent()).toBe('New');
    }
    expect(await ann(page, OLD_ON_PAGE_1).getAttribute('data-new')).toBe('false');
    expect(await ann(page, OLD_ON_PAGE_1).locator('.rg-new').count()).toBe(0);
    await expect.poll(badge).toBe('2');
    await shot(page, 'peers-new-since-last-visit-en');

    const popup = await openPopup();
    const items = popup.locator('.rgc-picker__list > li');
    await items.first().waitFor();
    const order = await items.evaluateAll((els) => els.map((e) => [e.getAttribute('data-review-id'), e.getAttribute('data-new')]));
    expect(order.slice(0, 2).map(([id]) => id).sort()).toEqual([...NEW_IDS].sort());
    expect(order.slice(0, 2).every(([, n]) => n === 'true')).toBe(true);
    expect(order.slice(2).every(([, n]) => n === 'false')).toBe(true);
    expect(await items.first().locator('.rgc-tag--new').textContent()).toBe('New');
    await shot(popup, 'peers-popup-new-first-en');

    // Opening one in the checklist takes it off the badge.
    await items.first().locator('button').click();
    await popup.waitForSelector('[data-step="understand"]');
    await expect.poll(badge).toBe('1');
    await popup.locator('.rgc-header__back').click();
    await expect.poll(() => popup.locator('.rgc-picker__list > li[data-new="true"]').count()).toBe(1);

    // Chinese: the popup and the page note.
    await setLang(popup, 'zh-Hans');
    await expect.poll(() => popup.locator('.rgc-tag--new').first().textContent()).toBe('新');
    await shot(popup, 'peers-popup-new-first-zh');
    await popup.close();
    const other = NEW_IDS.find((id) => id !== order[0]![0])!;
    await expect.poll(() => ann(page, other).locator('.rg-new').textContent(), { timeout: 10_000 }).toBe('新');
    await shot(page, 'peers-new-since-last-visit-zh');
    await page.close();
  });
});

async function select(page: Page, id: string) {
  const button = ann(page, id).locator('button[data-action="select"]');
  await button.waitFor({ timeout: 20_000 });
  await button.click();
  await page.waitForSelector(`reviewguard-annotation[data-review-id="${id}"][data-selected]`);
}

async function setLang(popup: Page, tag: 'en' | 'zh-Hans') {
  const b = popup.locator(`.rgc-lang__btn[lang="${tag}"]`);
  if ((await b.getAttribute('aria-pressed')) !== 'true') await b.click();
  await expect.poll(() => popup.locator('.rgp').getAttribute('lang')).toBe(tag);
  // Written to Settings before the test moves on: pages opened next read it from there.
  await expect.poll(() => popup.locator('.rgp').getAttribute('data-lang-saved')).toBe('true');
}

const LATE_FEEDBACK = '114-5550123-4400871'; // "Still waiting for my package after two weeks." (feedback-us, later)
const CUSTOMS_FEEDBACK = '111-5550456-2200394'; // "My parcel is held at customs …" (feedback-us, later)

describe('the dispute path', () => {
  it('offers the dispute step for a late delivery on a feedback row, with its templates in the buyer language, openable in compose', async () => {
    await endVisit('feedback-manager');
    const page = await s.context.newPage();
    await page.goto(fixturePage('feedback-us').url.replace('#', '?fixtureData=later#'));
    // The second visit to Feedback Manager: its two new rows are "New" and on the badge (with one new review left).
    for (const id of [LATE_FEEDBACK, CUSTOMS_FEEDBACK]) {
      await ann(page, id).waitFor({ timeout: 20_000 });
      await expect.poll(() => ann(page, id).getAttribute('data-new')).toBe('true');
    }
    expect(await ann(page, '113-4567890-1234567').getAttribute('data-new')).toBe('false');
    await expect.poll(badge).toBe('3');
    await select(page, LATE_FEEDBACK);
    const popup = await openPopup();
    await setLang(popup, 'en');
    await expect.poll(() => popup.locator('.rgp').getAttribute('data-review-id')).toBe(LATE_FEEDBACK);
    await expect.poll(badge).toBe('2'); // opened in the checklist
    const dispute = popup.locator('[data-step="dispute"]');
    expect(await dispute.getAttribute('data-applicable')).toBe('true');
    expect(await popup.locator('[data-step]').evaluateAll((els) => els.map((e) => e.getAttribute('data-step')))).toEqual([
      'understand',
      'report',
      'contact',
      'dispute',
      'reply',
      'fix',
      'poa',
    ]);
    const details = dispute.locator('details').first();
    if (!(await details.evaluate((d) => (d as HTMLDetailsElement).open))) await details.locator('summary').first().click();
    const templates = dispute.locator('[data-template]');
    await expect.poll(() => templates.evaluateAll((els) => els.map((e) => e.getAttribute('data-template')))).toEqual([
      'dispute.late.en',
      'dispute.not-received.en',
      'dispute.customs.en',
      'dispute.post-office.en',
    ]);
    await expect.poll(() => dispute.textContent()).toMatch(/A-to-z/);
    await dispute.scrollIntoViewIfNeeded();
    await shot(popup, 'peers-dispute-en');
    // Another message language, then open the first one in compose.
    await dispute.locator('select.rgc-select').selectOption('de');
    await expect.poll(() => templates.first().getAttribute('data-template')).toBe('dispute.late.de');
    const [compose] = await Promise.all([
      s.context.waitForEvent('page'),
      templates.first().locator('button.rgc-btn--primary').click(),
    ]);
    // The compose tab opens at this order's Contact buyer page (the tab's own URL, as the browser reports it).
    const tabUrls = async () =>
      (await s.serviceWorker()).evaluate(async () => ((await (globalThis as any).chrome.tabs.query({})) as Array<{ url?: string; pendingUrl?: string }>).map((t) => t.pendingUrl || t.url || ''));
    await expect.poll(tabUrls).toContainEqual(expect.stringContaining(`/messaging/contact?orderID=${LATE_FEEDBACK}`));
    await compose.close();
    await setLang(popup, 'zh-Hans');
    await expect.poll(() => dispute.locator('.rgc-step__summary').textContent()).toMatch(/[\u4e00-\u9fff]/);
    await shot(popup, 'peers-dispute-zh');
    await setLang(popup, 'en');
    await popup.close();
    await page.close();
  });
});

const PROFANE = 'R2X8K1L0QZ3M7A'; // removable (profanity)
const HARSH = 'R7GY2KW9FQ1LUA'; // not removable
const SHIPPING_ONLY = 'R0TB4XN6CJ8PVM'; // removable (seller feedback); gone on the next visit

async function openStep(popup: Page, id: string) {
  const details = popup.locator(`[data-step="${id}"] details`).first();
  if (!(await details.evaluate((d) => (d as HTMLDetailsElement).open))) await details.locator('summary').first().click();
}

describe('the reporting guard', () => {
  it('shows the exact channels, a report text quoting the evidence and Amazon’s warning; logs "Mark as sent" and warns first for an item not called removable', async () => {
    const page = await s.context.newPage();
    await page.goto(fixturePage('reviews-us').url);
    await select(page, PROFANE);
    let popup = await openPopup();
    await setLang(popup, 'en');
    await openStep(popup, 'report');
    const guard = popup.locator('[data-step="report"] [data-report-guard]');
    expect(await guard.locator('li[data-channel]').evaluateAll((els) => els.map((e) => e.getAttribute('data-channel')))).toEqual([
      'review-report-link',
      'brand-registry-violation',
    ]);
    expect(await guard.locator('[data-report-warning]').textContent()).toMatch(/lose access to the brand tools/);
    expect(await popup.locator('[data-step="report"] [data-draft="report.text"]').textContent()).toContain('f***ing');
    expect(await guard.locator('[data-reports-week]').getAttribute('data-reports-week')).toBe('0');
    await guard.locator('button[data-action="mark-sent"][data-channel="review-report-link"]').click();
    expect(await guard.locator('[data-report-confirm]').count()).toBe(0); // removable: no warning to confirm
    await expect.poll(() => guard.locator('[data-reports-week]').getAttribute('data-reports-week')).toBe('1');
    expect(await guard.locator('[data-reported]').getAttribute('data-reported')).toBe('1');
    await popup.locator('[data-step="report"]').scrollIntoViewIfNeeded();
    await shot(popup, 'peers-report-guard-en');
    await popup.close();

    // Not called removable: a warning to confirm before it is logged.
    await select(page, HARSH);
    popup = await openPopup();
    await expect.poll(() => popup.locator('.rgp').getAttribute('data-review-id')).toBe(HARSH);
    expect(await popup.locator('[data-step="report"]').getAttribute('data-applicable')).toBe('false');
    await openStep(popup, 'report');
    const g2 = popup.locator('[data-step="report"] [data-report-guard]');
    expect(await g2.locator('[data-reports-week]').getAttribute('data-reports-week')).toBe('1');
    await g2.locator('button[data-action="mark-sent"]').first().click();
    await expect.poll(() => g2.locator('[data-report-confirm]').textContent()).toMatch(/found no removal ground/);
    await g2.locator('button[data-action="cancel-sent"]').click();
    expect(await g2.locator('[data-reports-week]').getAttribute('data-reports-week')).toBe('1');
    await g2.locator('button[data-action="mark-sent"]').first().click();
    await setLang(popup, 'zh-Hans');
    await expect.poll(() => g2.locator('[data-report-confirm]').textContent()).toMatch(/没有发现这条内容的移除依据/);
    await popup.locator('[data-step="report"]').scrollIntoViewIfNeeded();
    await shot(popup, 'peers-report-guard-confirm-zh');
    await g2.locator('button[data-action="confirm-sent"]').click();
    await expect.poll(() => g2.locator('[data-reports-week]').getAttribute('data-reports-week')).toBe('2');
    await setLang(popup, 'en');
    await popup.close();

    // The log survives: a fresh popup counts both.
    popup = await openPopup();
    await openStep(popup, 'report');
    expect(await popup.locator('[data-step="report"] [data-reports-week]').getAttribute('data-reports-week')).toBe('2');
    await popup.close();
    await page.close();
  });
});

const BLENDER = 'B0CX7K2M4P';

describe('topic alerts', () => {
  it('shows a banner on Customer Reviews and in the popup for three same-cause reviews of one ASIN; the numbers come from Settings', async () => {
    const page = await s.context.newPage();
    await page.goto(`${fixturePage('reviews-us').url}&fixtureData=later`);
    const banner = page.locator(`reviewguard-alert[data-kind="topic-cluster"][data-asin="${BLENDER}"]`);
    await banner.waitFor({ timeout: 20_000 });
    expect(await banner.getAttribute('data-root-cause')).toBe('quality');
    expect(await banner.getAttribute('data-count')).toBe('3');
    expect((await banner.getAttribute('data-review-ids'))!.split(',').sort()).toEqual(['R2X8K1L0QZ3M7A', ...NEW_IDS].sort());
    // At the top: before the first review card.
    expect(await banner.evaluate((el) => el.nextElementSibling?.getAttribute('data-testid'))).toMatch(/^review-/);
    expect(await banner.textContent()).toBe(''); // its content lives in the shadow root
    expect(await banner.locator('.rg-alert').textContent()).toContain(`3 negative reviews of ${BLENDER} within 7 days`);
    await banner.locator('button[data-action="show-reviews"]').click();
    await expect.poll(() => page.locator('reviewguard-annotation[data-topic-match]').count()).toBe(3);
    await page.evaluate(() => window.scrollTo(0, 0));
    await shot(page, 'peers-topic-alert-en');
    await shot(page, 'readme-peers-page', 1150);
    await banner.locator('button[data-action="fix-cause"]').click();
    await expect.poll(() => banner.locator('.rg-note').textContent()).toMatch(/Fix the cause/);

    // The popup: the same alert; "Fix the cause" opens that step.
    const popup = await openPopup();
    await setLang(popup, 'en');
    await popup.locator('.rgc-header__back').click();
    const alert = popup.locator(`[data-alert="topic-cluster"][data-asin="${BLENDER}"]`);
    await alert.waitFor();
    expect(await alert.getAttribute('data-count')).toBe('3');
    expect(await alert.getAttribute('data-root-cause')).toBe('quality');
    await shot(popup, 'peers-popup-topic-en');
    await setLang(popup, 'zh-Hans');
    await expect.poll(() => alert.textContent()).toMatch(/同一产品，同一问题/);
    await shot(popup, 'peers-popup-topic-zh');
    await expect.poll(() => banner.locator('.rg-alert').textContent()).toMatch(/差评/);
    await shot(page, 'peers-topic-alert-zh');
    await setLang(popup, 'en');
    await alert.locator('button[data-action="fix-cause"]').click();
    await expect.poll(() => popup.locator('[data-step="fix"] details').first().evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
    await popup.close();

    // Settings: four reviews needed now, so no alert.
    const options = await s.context.newPage();
    await options.goto(`chrome-extension://${s.extensionId}/options.html`);
    await options.click('[data-tab="settings"]');
    await options.fill('input[name="topicMinCount"]', '4');
    await options.click('button[type="submit"]');
    await options.locator('[data-save-status="ok"]').waitFor();
    await expect.poll(() => page.locator('reviewguard-alert').count(), { timeout: 10_000 }).toBe(0);
    await options.fill('input[name="topicMinCount"]', '3');
    await options.click('button[type="submit"]');
    await options.locator('[data-save-status="ok"]').waitFor();
    await expect.poll(() => page.locator('reviewguard-alert').count(), { timeout: 10_000 }).toBe(1);
    await options.close();
    await page.close();
  });
});

describe('outcomes', () => {
  it('records a rating change and a removal on items the seller worked on: the note shows the change and Insights count both under the action taken', async () => {
    const page = await s.context.newPage();
    await page.goto(fixturePage('reviews-us').url);
    // Reported: shipping only, removable. On the next visit its place has closed up.
    await select(page, SHIPPING_ONLY);
    const reporting = await openPopup();
    await setLang(reporting, 'en');
    await expect.poll(() => reporting.locator('.rgp').getAttribute('data-review-id')).toBe(SHIPPING_ONLY);
    await openStep(reporting, 'report');
    await reporting.locator('[data-step="report"] input[type="checkbox"]').first().check();
    await expect.poll(() => reporting.locator('[data-step="report"]').getAttribute('data-done')).toBe('true');
    await reporting.waitForTimeout(300);
    await reporting.close();

    await select(page, HARSH); // 2★ on this page
    const popup = await openPopup();
    await setLang(popup, 'en');
    await expect.poll(() => popup.locator('.rgp').getAttribute('data-review-id')).toBe(HARSH);
    await popup.locator('[data-step="contact"] input[type="checkbox"]').first().check();
    await expect.poll(() => popup.locator('[data-step="contact"]').getAttribute('data-done')).toBe('true');
    await popup.waitForTimeout(300);
    await popup.close();

    // The buyer raised it to 3★: seen on the next look at the page.
    await page.goto(`${fixturePage('reviews-us').url}&fixtureData=later`);
    await ann(page, HARSH).waitFor({ timeout: 20_000 });
    await expect.poll(() => ann(page, HARSH).getAttribute('data-outcome')).toBe('rating');
    const today = new Date().toISOString().slice(0, 10);
    await expect.poll(() => ann(page, HARSH).locator('.rg-outcome').textContent()).toMatch(new RegExp(`rating 2 → 3 on ${today}$`));
    await ann(page, HARSH).scrollIntoViewIfNeeded();
    await shot(page, 'peers-outcome-note-en');

    const options = await s.context.newPage();
    await options.goto(`chrome-extension://${s.extensionId}/options.html`);
    const row = options.locator('[data-section="outcomes"] tr[data-outcome-action="contact"]');
    await row.waitFor({ timeout: 15_000 });
    expect(await row.getAttribute('data-changed')).toBe('1');
    expect(await row.getAttribute('data-rating-up')).toBe('1');
    // The reported review is no longer listed where it was: recorded as removed.
    const reported = options.locator('[data-section="outcomes"] tr[data-outcome-action="report"]');
    expect(await reported.getAttribute('data-removed')).toBe('1');
    expect(await options.locator('[data-section="outcomes"] [data-outcomes="weekly"] tbody tr').count()).toBe(1);
    await options.evaluate(() => window.scrollTo(0, 0)); // a full-page shot: keep the sticky header on top
    await shot(options, 'peers-insights-outcomes-en');
    const top = await options.locator('[data-section="outcomes"]').evaluate((el) => el.getBoundingClientRect().top + window.scrollY);
    await options.evaluate((y) => window.scrollTo(0, y - 80), top);
    await options.screenshot({ path: `${SHOTS}/readme-peers-outcomes.png` });
    await options.close();

    const p2 = await openPopup();
    await setLang(p2, 'zh-Hans');
    await expect.poll(() => ann(page, HARSH).locator('.rg-outcome').textContent(), { timeout: 10_000 }).toContain(`${today} 评分 2 → 3`);
    await shot(page, 'peers-outcome-note-zh');
    // Insights in Chinese: the outcome table names the new column.
    const zhOptions = await s.context.newPage();
    await zhOptions.goto(`chrome-extension://${s.extensionId}/options.html`);
    const outcomes = zhOptions.locator('[data-section="outcomes"]');
    await outcomes.locator('tr[data-outcome-action="report"]').waitFor({ timeout: 15_000 });
    expect(await outcomes.textContent()).toContain('已移除（不再显示）');
    await outcomes.scrollIntoViewIfNeeded();
    await shot(zhOptions, 'peers-insights-outcomes-zh');
    await zhOptions.close();
    await setLang(p2, 'en');
    await p2.close();
    await page.close();
  });
});
