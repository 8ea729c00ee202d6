// Issue 15 in real Firefox: review cards and feedback rows get their
// annotations (removable or not, on which ground), the evidence is highlighted
// in the page's own text, and hostile review text stays inert.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { fixturePage } from '../../scripts/lib/browser.ts';
import { launchFirefox, type FirefoxSession } from './firefox.ts';
import { annotated, annotation, attrs, click, shot, text, watchErrors } from './helpers.ts';

let s: FirefoxSession;
beforeAll(async () => {
  s = await launchFirefox();
});
afterAll(async () => {
  await s?.close();
});

/** Ranges in each named highlight the page's document holds (CSS Custom Highlight API). */
const highlights = (page: Page) =>
  page.evaluate(() => {
    const reg = (CSS as unknown as { highlights?: Map<string, Set<Range>> }).highlights;
    if (!reg) return null;
    return Object.fromEntries([...reg.entries()].map(([name, h]) => [name, [...h].map((r) => r.toString())]));
  });

describe('brand customer reviews (US, English UI)', () => {
  let page: Page;
  let errors: string[];
  beforeAll(async () => {
    page = await s.newPage();
    errors = watchErrors(page);
    await page.goto(fixturePage('reviews-us').url);
    await annotated(page, 8);
  });

  it('annotates each card once, keyed by the review id', async () => {
    const ids = await page.$$eval('[data-testid^="review-R"]', (els) => els.map((e) => e.getAttribute('data-testid')!.slice(7)));
    const annIds = await page.$$eval('reviewguard-annotation', (els) => els.map((e) => e.getAttribute('data-review-id')));
    expect(annIds).toEqual(ids);
  });

  it('says removable, on which ground, for a profane review; not removable for a harsh genuine one', async () => {
    const profane = (await attrs(page, annotation('R2X8K1L0QZ3M7A')))!;
    expect(profane['data-removable']).toBe('true');
    expect(profane['data-grounds']).toContain('profanity');
    expect(Number(profane['data-days-left'])).toBeGreaterThan(0);
    const harsh = (await attrs(page, annotation('R7GY2KW9FQ1LUA')))!;
    expect(harsh['data-removable']).toBe('false');
    expect(harsh['data-grounds']).toBe('');
    await expect.poll(() => text(page, `${annotation('R7GY2KW9FQ1LUA')} >>> .rg-badge`)).toBe('Not removable');
    expect(await text(page, `${annotation('R2X8K1L0QZ3M7A')} >>> .rg-badge`)).toMatch(/^Removable — /);
    expect((await attrs(page, annotation('R3NQ7VJ2HW0C5T')))!['data-risks']).toContain('safety-risk');
  });

  it('highlights the quoted evidence in the review text itself', async () => {
    const h = await highlights(page);
    expect(h, 'CSS.highlights in the page').not.toBeNull();
    const evidence = h!['reviewguard-evidence'] ?? [];
    // Each removable card's quoted evidence is a highlighted range of its text.
    const quoted = await page.$$eval('reviewguard-annotation[data-removable="true"]', (els) => els.length);
    expect(quoted).toBeGreaterThan(0);
    expect(evidence.length).toBeGreaterThanOrEqual(quoted);
    expect(evidence.some((r) => r.includes('@'))).toBe(true); // the email in a personal-information review
    expect((h!['reviewguard-risk'] ?? []).length).toBeGreaterThan(0);
  });

  it('renders the annotation in an open shadow root and selects a review for the checklist', async () => {
    expect(await page.$eval(annotation('R2X8K1L0QZ3M7A'), (el) => el.shadowRoot?.mode)).toBe('open');
    await click(page, `${annotation('R2X8K1L0QZ3M7A')} >>> button[data-action="select"]`);
    await expect.poll(async () => (await attrs(page, annotation('R2X8K1L0QZ3M7A')))!['data-selected']).toBe('');
    await shot(page, 'reviews-us-page1');
  });

  it('follows SPA pagination and keeps an HTML/script payload inert', async () => {
    await click(page, 'kat-pagination >>> button[data-page="2"]');
    await page.waitForSelector(annotation('R5MB3GW7YH0CNE'), { timeout: 15_000 });
    await annotated(page, 8);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
    expect(await text(page, '#review-content-R5MB3GW7YH0CNE')).toContain('<img src=x onerror=');
    expect(await page.$eval(annotation('R5MB3GW7YH0CNE'), (el) => el.shadowRoot!.querySelectorAll('img, script').length)).toBe(0);
  });

  it('logged nothing into the page console', () => {
    expect(errors).toEqual([]);
  });
});

describe('other languages and hosts', () => {
  it('annotates the German page on amazon.de', async () => {
    const page = await s.newPage();
    await page.goto(fixturePage('reviews-de').url);
    await annotated(page, 8);
    expect(await page.$$eval('reviewguard-annotation[data-removable="true"]', (els) => els.length)).toBeGreaterThan(0);
    await shot(page, 'reviews-de');
    await page.close();
  });

  it('annotates in Chinese on a Chinese-UI page', async () => {
    const page = await s.newPage();
    await page.goto(fixturePage('reviews-zh').url);
    await annotated(page, 5);
    const badges = await page.$$eval('reviewguard-annotation', (els) => els.map((e) => e.shadowRoot?.querySelector('.rg-badge')?.textContent ?? ''));
    expect(badges.some((b) => /可移除|不可移除/.test(b))).toBe(true);
    await shot(page, 'reviews-zh');
    await page.close();
  });
});

describe('feedback manager', () => {
  it('annotates every row keyed by order id, with Amazon\'s removal offer, across hash pages', async () => {
    const page = await s.newPage();
    await page.goto(fixturePage('feedback-us').url);
    await annotated(page, 10);
    const ids = await page.$$eval('reviewguard-annotation', (els) => els.map((e) => e.getAttribute('data-review-id')));
    expect(ids.every((id) => /^\d{3}-\d{7}-\d{7}$/.test(id!))).toBe(true);
    expect(new Set(ids).size).toBe(10);
    const fba = (await attrs(page, annotation('113-0392851-7746203')))!;
    expect(fba['data-removable']).toBe('true');
    expect(fba['data-grounds']).toContain('fba-fulfillment');
    expect((await attrs(page, annotation('114-2098375-6610482')))!['data-removable']).toBe('false');
    expect(await text(page, `${annotation('113-0392851-7746203')} >>> .rg-removal`)).toMatch(/Request removal/);
    expect(await text(page, `${annotation('112-8830417-5529016')} >>> .rg-badge`)).toBe('Already struck through by Amazon');
    const h = await highlights(page);
    expect((h?.['reviewguard-evidence'] ?? []).length).toBeGreaterThan(0);
    await shot(page, 'feedback-us');
    await click(page, 'kat-button[data-fixture-pager="next"]');
    await expect.poll(() => page.evaluate(() => location.hash)).toBe('#/?page=2');
    await annotated(page, 5);
    await page.close();
  });
});

describe('a page whose markup changed', () => {
  it('stays quiet: no annotations, no errors', async () => {
    const page = await s.newPage();
    const errors = watchErrors(page);
    await page.goto(fixturePage('changed-markup').url);
    await new Promise((r) => setTimeout(r, 2500));
    expect(await page.$$eval('reviewguard-annotation', (els) => els.length)).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('the network', () => {
  it('no request left the fixtures', () => {
    expect(s.network.outsideRequests).toEqual([]);
  });
});
