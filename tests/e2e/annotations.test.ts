// Issue 5, the pages: every review card and feedback row gets an annotation in
// real Chromium, in English, German and Chinese UI, on US and European hosts,
// following SPA pagination, with hostile review text kept inert.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
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
const attrs = (page: Page, id: string) =>
  ann(page, id).evaluate((el) => Object.fromEntries([...el.attributes].map((a) => [a.name, a.value])));

async function annotated(page: Page, n: number) {
  await page.waitForFunction((want) => document.querySelectorAll('reviewguard-annotation').length === want, n, { timeout: 20_000 });
}

describe('brand customer reviews (US, English UI)', () => {
  let page: Page;
  let errors: string[];
  beforeAll(async () => {
    page = await s.context.newPage();
    errors = watchErrors(page);
    await page.goto(fixturePage('reviews-us').url);
    await annotated(page, 8);
  });

  it('annotates each card once, keyed by the review id', async () => {
    const ids = await page.locator('[data-testid^="review-R"]').evaluateAll((els) => els.map((e) => e.getAttribute('data-testid')!.slice(7)));
    const annIds = await page.locator('reviewguard-annotation').evaluateAll((els) => els.map((e) => e.getAttribute('data-review-id')));
    expect(annIds).toEqual(ids);
  });

  it('says removable, on which ground, for a profane review; not removable for a harsh genuine one', async () => {
    const profane = await attrs(page, 'R2X8K1L0QZ3M7A');
    expect(profane['data-removable']).toBe('true');
    expect(profane['data-grounds']).toContain('profanity');
    expect(Number(profane['data-days-left'])).toBeGreaterThan(0);
    const harsh = await attrs(page, 'R7GY2KW9FQ1LUA');
    expect(harsh['data-removable']).toBe('false');
    expect(harsh['data-grounds']).toBe('');
    await expect.poll(() => ann(page, 'R7GY2KW9FQ1LUA').locator('.rg-badge').textContent()).toBe('Not removable');
    expect(await ann(page, 'R2X8K1L0QZ3M7A').locator('.rg-badge').textContent()).toMatch(/^Removable — /);
  });

  it('raises safety and authenticity risks', async () => {
    expect((await attrs(page, 'R3NQ7VJ2HW0C5T'))['data-risks']).toContain('safety-risk');
    expect((await attrs(page, 'R9WF3HD5TA7KNB'))['data-risks']).toContain('authenticity-risk');
  });

  it('renders the annotation in an open shadow root and selects a review for the checklist', async () => {
    expect(await ann(page, 'R2X8K1L0QZ3M7A').evaluate((el) => el.shadowRoot?.mode)).toBe('open');
    await ann(page, 'R2X8K1L0QZ3M7A').locator('button[data-action="select"]').click();
    await expect.poll(async () => (await attrs(page, 'R2X8K1L0QZ3M7A'))['data-selected']).toBe('');
    await shot(page, 'reviews-us-page1');
  });

  it('follows SPA pagination and keeps an HTML/script payload inert', async () => {
    await page.locator('kat-pagination button[data-page="2"]').click();
    await expect.poll(() => ann(page, 'R5MB3GW7YH0CNE').count(), { timeout: 15_000 }).toBe(1);
    await annotated(page, 8);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
    const body = await page.locator('#review-content-R5MB3GW7YH0CNE').textContent();
    expect(body).toContain('<img src=x onerror=');
    // Our annotation shows page text as text too.
    expect(await ann(page, 'R5MB3GW7YH0CNE').evaluate((el) => el.shadowRoot!.querySelectorAll('img, script').length)).toBe(0);
    await shot(page, 'reviews-us-page2');
  });

  it('logged nothing into the page console', () => {
    expect(errors).toEqual([]);
  });
});

describe('other languages and hosts', () => {
  it('annotates the German page on amazon.de', async () => {
    const page = await s.context.newPage();
    await page.goto(fixturePage('reviews-de').url);
    await annotated(page, 8);
    const removable = await page.locator('reviewguard-annotation[data-removable="true"]').count();
    expect(removable).toBeGreaterThan(0);
    await shot(page, 'reviews-de');
    await page.close();
  });

  it('annotates in Chinese on a Chinese-UI page', async () => {
    const page = await s.context.newPage();
    await page.goto(fixturePage('reviews-zh').url);
    await annotated(page, 5);
    const badges = await page.locator('reviewguard-annotation .rg-badge').allTextContents();
    expect(badges.some((b) => /可移除|不可移除/.test(b))).toBe(true);
    await shot(page, 'reviews-zh');
    await page.close();
  });
});

describe('feedback manager', () => {
  it('annotates every row keyed by order id, with Amazon\'s removal offer, across hash pages', async () => {
    const page = await s.context.newPage();
    await page.goto(fixturePage('feedback-us').url);
    await annotated(page, 10);
    const ids = await page.locator('reviewguard-annotation').evaluateAll((els) => els.map((e) => e.getAttribute('data-review-id')));
    expect(ids.every((id) => /^\d{3}-\d{7}-\d{7}$/.test(id!))).toBe(true);
    expect(new Set(ids).size).toBe(10);
    const fba = await attrs(page, '113-0392851-7746203');
    expect(fba['data-removable']).toBe('true');
    expect(fba['data-grounds']).toContain('fba-fulfillment');
    const merchant = await attrs(page, '114-2098375-6610482');
    expect(merchant['data-removable']).toBe('false');
    expect(await ann(page, '113-0392851-7746203').locator('.rg-removal').textContent()).toMatch(/Request removal/);
    // Feedback Amazon already struck through needs nothing from the seller.
    expect((await attrs(page, '112-8830417-5529016'))['data-struck']).toBe('');
    expect(await ann(page, '112-8830417-5529016').locator('.rg-badge').textContent()).toBe('Already struck through by Amazon');
    await shot(page, 'feedback-us');
    await page.locator('kat-button[data-fixture-pager="next"]').click();
    await expect.poll(() => page.evaluate(() => location.hash)).toBe('#/?page=2');
    await annotated(page, 5);
    await page.close();
  });

  it('annotates the Chinese-UI Feedback Manager on the European host', async () => {
    const page = await s.context.newPage();
    await page.goto(fixturePage('feedback-zh').url);
    await annotated(page, 10);
    await shot(page, 'feedback-zh');
    await page.close();
  });
});

describe('a page whose markup changed', () => {
  it('stays quiet: no annotations, no errors', async () => {
    const page = await s.context.newPage();
    const errors = watchErrors(page);
    await page.goto(fixturePage('changed-markup').url);
    await page.waitForTimeout(2500);
    expect(await page.locator('reviewguard-annotation').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });
});
