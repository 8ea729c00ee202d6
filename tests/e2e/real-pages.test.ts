// Reading real Seller Central pages: the fixture variants built from the
// public evidence (tests/fixtures/README.md) — Feedback Manager tables with
// extra, unknown and moved columns in three more UI languages and lazy action
// menus; Contact buyer gated behind a reason radio with Amazon's kat-modal
// confirm step, and in light-DOM Katal; Request a Review in place on the order
// page (EN and ZH); messaging inside a frame and the older inbox-v2.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Frame, Page } from 'playwright-core';
import { fixturePage, launch, type Session } from '../../scripts/lib/browser.ts';
import { shot, watchErrors } from './helpers.ts';

let s: Session;
beforeAll(async () => {
  s = await launch();
});
afterAll(async () => {
  await s?.close();
});

const ann = (page: Page, id: string) => page.locator(`reviewguard-annotation[data-review-id="${id}"]`);
const attr = (page: Page, id: string, name: string) => ann(page, id).getAttribute(name);
async function annotated(page: Page, n: number) {
  await page.waitForFunction((want) => document.querySelectorAll('reviewguard-annotation').length === want, n, { timeout: 20_000 });
}
const removable = (page: Page) =>
  page.locator('reviewguard-annotation[data-removable="true"]').evaluateAll((els) => els.map((e) => e.getAttribute('data-review-id')).sort());

/** Asks the background (from an extension page) what it knows about an order. */
async function orderContext(orderId: string): Promise<{ reviewRequestedBefore: boolean }> {
  const popup = await s.context.newPage();
  await popup.goto(`chrome-extension://${s.extensionId}/popup.html`);
  const r = await popup.evaluate(
    (id) => (globalThis as any).chrome.runtime.sendMessage({ tag: 'reviewguard/1', type: 'order/context', payload: { orderId: id } }),
    orderId,
  );
  await popup.close();
  return r.data;
}

describe('Feedback Manager tables as the evidence shows them', () => {
  it('an older table with a Rater email column: the relay address is never read as the comment', async () => {
    const page = await s.context.newPage();
    const errors = watchErrors(page);
    await page.goto(fixturePage('feedback-rater-email').url);
    await annotated(page, 10);
    // Exactly the three truly removable rows; the e-mail column makes none removable.
    expect(await removable(page)).toEqual(['701-5520483-7719025', '701-7716620-2290437', '702-0047719-6631284']);
    expect(await attr(page, '701-7716620-2290437', 'data-grounds')).toContain('personal-info');
    const quotes = await page.locator('reviewguard-annotation').evaluateAll((els) => els.map((e) => e.shadowRoot?.textContent ?? '').join(' '));
    expect(quotes).not.toMatch(/@marketplace\.amazon\.ca/);
    // Lazy menus: nothing static says whether removal is offered — so we do not say it is not.
    expect(await attr(page, '701-5520483-7719025', 'data-removal-offered')).toBe('unknown');
    await page.locator('kat-table-row:has(kat-link[label="701-5520483-7719025"]) kat-dropdown-button button.toggle').click();
    await expect.poll(() => attr(page, '701-5520483-7719025', 'data-removal-offered')).toBe('true');
    await page.keyboard.press('Escape');
    await page.locator('kat-table-row:has(kat-link[label="702-3381904-5527716"]) kat-dropdown-button button.toggle').click();
    await expect.poll(() => attr(page, '702-3381904-5527716', 'data-removal-offered')).toBe('false');
    await shot(page, 'feedback-rater-email');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('a German table with the comment in the 4th column, day-first dates and lazy menus', async () => {
    const page = await s.context.newPage();
    await page.goto(fixturePage('feedback-de').url);
    await annotated(page, 9);
    const ids = await page.locator('reviewguard-annotation').evaluateAll((els) => els.map((e) => e.getAttribute('data-review-id')));
    expect(new Set(ids).size).toBe(9);
    expect(await attr(page, '304-5519970-2281643', 'data-grounds')).toContain('profanity');
    expect(await attr(page, '028-7742256-3308816', 'data-grounds')).toContain('personal-info');
    // Dates read day-first: every row has a deadline in days, none negative-overflowed.
    const days = await page.locator('reviewguard-annotation').evaluateAll((els) => els.map((e) => e.getAttribute('data-days-left')));
    expect(days.every((d) => d === '' || Number(d) >= 0)).toBe(true);
    await shot(page, 'feedback-de');
    await page.close();
  });

  it('a Japanese table with an unknown column: removal read from the menu\'s options attribute', async () => {
    const page = await s.context.newPage();
    await page.goto(fixturePage('feedback-ja').url);
    await annotated(page, 9);
    for (const id of ['503-7741028-9920563', '249-3360951-0082714', '250-8815473-5509126', '503-1127639-4461870']) {
      expect(await attr(page, id, 'data-removal-offered')).toBe('true');
    }
    expect(await attr(page, '249-5528170-3346091', 'data-removal-offered')).toBe('false');
    await shot(page, 'feedback-ja');
    await page.close();
  });
});

describe('Contact buyer as the evidence shows it', () => {
  it('a text box that appears only after a reason is picked, and Amazon\'s kat-modal confirm step', async () => {
    const page = await s.context.newPage();
    const errors = watchErrors(page);
    await page.goto(fixturePage('contact-buyer-ja').url);
    await page.waitForSelector('kat-radiobutton');
    expect(await page.locator('reviewguard-compose').count()).toBe(0);
    await page.locator('kat-radiobutton[value="other"] input[type="radio"]').check();
    const compose = page.locator('reviewguard-compose');
    await compose.waitFor({ timeout: 10_000 });
    const field = page.locator('kat-textarea textarea').first();
    await field.click();
    await page.keyboard.type('Hello Emily, this is about order 250-4490217-2218837: the size guide you asked for is below.');
    await expect.poll(() => compose.getAttribute('data-state')).toBe('ready');
    expect(Number(await compose.getAttribute('data-errors'))).toBe(0);
    // The page's Send goes through to Amazon's confirm modal; its own Send is not the page's.
    await page.locator('kat-button.ayb-contact-form-send-button').click();
    const modal = page.locator('kat-modal[visible]');
    await modal.waitFor({ timeout: 5000 });
    expect(await compose.getAttribute('data-guard')).toBeNull();
    await shot(page, 'contact-buyer-ja-modal');
    await modal.locator('kat-button[label="送信"]').click();
    await page.locator('kat-alert[variant="success"]').waitFor({ timeout: 5000 });
    expect(await page.evaluate(() => (window as any).__sentMessages?.length)).toBe(1);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('the contact reason picked and an attached file reach the rules', async () => {
    const page = await s.context.newPage();
    await page.goto(fixturePage('contact-buyer-ja').url);
    await page.waitForSelector('kat-radiobutton');
    await page.locator('kat-radiobutton[value="unexpected-problem"] input[type="radio"]').check();
    const field = page.locator('kat-textarea textarea').first();
    await field.waitFor({ timeout: 10_000 });
    await field.click();
    await page.keyboard.type('Hello Emily, thank you for your order 250-4490217-2218837. Could you please leave a review of the jacket?');
    const compose = page.locator('reviewguard-compose');
    // A review request sent under a critical reason ("Unexpected problem").
    await expect.poll(() => compose.getAttribute('data-rules'), { timeout: 10_000 }).toContain('critical-reason-misuse');
    // Another reason picked: the page changed, the context is read again.
    await page.locator('kat-radiobutton[value="other"] input[type="radio"]').check();
    await field.click();
    await page.keyboard.press('End');
    await page.keyboard.type(' ');
    await expect.poll(() => compose.getAttribute('data-rules'), { timeout: 10_000 }).not.toContain('critical-reason-misuse');
    // A file attached without a word about it.
    await page.locator('input[type="file"]').setInputFiles({ name: 'size-guide.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4') });
    await field.click();
    await page.keyboard.press('End');
    await page.keyboard.type(' ');
    await expect.poll(() => compose.getAttribute('data-rules'), { timeout: 10_000 }).toContain('attachment-reason');
    await page.close();
  });

  it('older pages with light-DOM Katal: the field is found and Send is guarded', async () => {
    const page = await s.context.newPage();
    await page.goto(fixturePage('contact-buyer-legacy').url);
    const field = page.locator('kat-textarea textarea').first();
    await field.waitFor({ timeout: 10_000 });
    expect(await field.evaluate((el) => el.getRootNode() === document)).toBe(true);
    await field.click();
    await page.keyboard.type('Write to me at jane.doe@example.com about order 250-7718032-4416650.');
    const compose = page.locator('reviewguard-compose');
    await expect.poll(() => compose.getAttribute('data-rules'), { timeout: 10_000 }).toContain('email-address');
    await page.locator('kat-button.ayb-contact-form-send-button button').click();
    await expect.poll(() => compose.getAttribute('data-guard')).toBe('open');
    expect(await page.evaluate(() => (window as any).__sentMessages?.length ?? 0)).toBe(0);
    await shot(page, 'contact-buyer-legacy');
    await page.close();
  });
});

describe('Request a Review in place on the order page', () => {
  it('records a request only after Amazon\'s success message, never on "No" (English UI)', async () => {
    const page = await s.context.newPage();
    await page.goto(fixturePage('order-inplace-us').url);
    await page.locator('[data-test-id="plugin-button-requestAReview"] a').click();
    await page.locator('#ayb-reviews kat-button[label="Yes"]').waitFor({ timeout: 10_000 });
    expect((await orderContext('701-2290458-6613379')).reviewRequestedBefore).toBe(false);
    await page.locator('#ayb-reviews kat-button[label="Yes"]').click();
    await page.locator('#ayb-reviews kat-alert[variant="success"]').waitFor({ timeout: 5000 });
    await expect.poll(async () => (await orderContext('701-2290458-6613379')).reviewRequestedBefore, { timeout: 5000 }).toBe(true);
    await page.close();
  });

  it('finds 是 by its label in a Chinese UI, and "否" records nothing', async () => {
    const page = await s.context.newPage();
    await page.goto(fixturePage('order-inplace-zh').url);
    await page.locator('#ayb-reviews kat-button[label="否"]').waitFor({ timeout: 10_000 });
    await shot(page, 'order-inplace-zh');
    await page.locator('#ayb-reviews kat-button[label="否"]').click();
    await page.waitForTimeout(800);
    expect((await orderContext('503-8814026-3357190')).reviewRequestedBefore).toBe(false);
    await page.reload();
    await page.locator('#ayb-reviews kat-button[label="是"]').click();
    await page.locator('#ayb-reviews kat-alert[variant="success"]').waitFor({ timeout: 5000 });
    await expect.poll(async () => (await orderContext('503-8814026-3357190')).reviewRequestedBefore, { timeout: 5000 }).toBe(true);
    await page.close();
  });
});

describe('messaging inside a frame and the older inbox', () => {
  it('warns in a reply box inside a Seller Central frame', async () => {
    const page = await s.context.newPage();
    await page.goto(fixturePage('inbox-frame').url);
    const frameEl = await page.waitForSelector('iframe#mx-frame');
    const frame = (await frameEl.contentFrame()) as Frame;
    await frame.locator('li[data-thread-id]').first().click();
    const field = frame.locator('kat-textarea textarea').first();
    await field.waitFor({ timeout: 10_000 });
    await field.click();
    await page.keyboard.type('Sure! Just email me at sam@example.com 😀');
    const compose = frame.locator('reviewguard-compose');
    await expect.poll(() => compose.getAttribute('data-rules'), { timeout: 10_000 }).toMatch(/email-address/);
    expect(await frame.evaluate(() => document.documentElement.getAttribute('data-reviewguard'))).toBe('inbox');
    await shot(page, 'inbox-frame');
    await page.close();
  });

  it('warns in inbox-v2\'s light-DOM reply box', async () => {
    const page = await s.context.newPage();
    await page.goto(fixturePage('inbox-v2').url);
    const field = page.locator('textarea.reply-box');
    await field.waitFor({ timeout: 10_000 });
    await field.click();
    await page.keyboard.type('Please give us a 5-star review and we will refund you.');
    const compose = page.locator('reviewguard-compose');
    await expect.poll(() => compose.getAttribute('data-rules'), { timeout: 10_000 }).toMatch(/review-incentive|positive-review-request/);
    await page.close();
  });
});
