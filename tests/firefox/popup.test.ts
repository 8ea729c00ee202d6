// Issue 15 in real Firefox: select a review on the page, work its checklist in
// the popup (an extension page backed by IndexedDB in the moz-extension
// origin), and find every tick and note again after reloading both.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { fixturePage } from '../../scripts/lib/browser.ts';
import { launchFirefox, openExtensionPage, type FirefoxSession } from './firefox.ts';
import { annotation, attrs, click, shot, sleep } from './helpers.ts';

let s: FirefoxSession;
beforeAll(async () => {
  s = await launchFirefox();
});
afterAll(async () => {
  await s?.close();
});

const PROFANE = 'R2X8K1L0QZ3M7A'; // removable
const HARSH = 'R7GY2KW9FQ1LUA'; // not removable

async function openPopup(page?: Page): Promise<Page> {
  const popup = page ?? (await s.newPage());
  await popup.setViewport({ width: 400, height: 600 });
  await openExtensionPage(popup, 'popup.html', '[data-popup="reviewguard"]');
  return popup;
}

async function select(page: Page, id: string) {
  await click(page, `${annotation(id)} >>> button[data-action="select"]`, 20_000);
  await page.waitForSelector(`${annotation(id)}[data-selected]`);
}

const reviewId = (popup: Page) => popup.$eval('.rgp', (e) => e.getAttribute('data-review-id'));
const stepAttr = (popup: Page, id: string, name: string) => popup.$eval(`[data-step="${id}"]`, (e, n) => e.getAttribute(n), name);

describe('checklist popup', () => {
  let page: Page;
  beforeAll(async () => {
    page = await s.newPage();
    await page.goto(fixturePage('reviews-us').url);
  });

  it('shows the selected review, with a checklist that differs for removable and non-removable reviews', async () => {
    await select(page, HARSH);
    let popup = await openPopup();
    await expect.poll(() => reviewId(popup)).toBe(HARSH);
    expect(await stepAttr(popup, 'report', 'data-applicable')).toBe('false');
    await popup.close();

    await select(page, PROFANE);
    popup = await openPopup();
    await expect.poll(() => reviewId(popup)).toBe(PROFANE);
    expect(await stepAttr(popup, 'report', 'data-applicable')).toBe('true');
    expect(await popup.$$eval('[data-step]', (els) => els.map((e) => e.getAttribute('data-step')))).toEqual([
      'understand',
      'report',
      'contact',
      'dispute',
      'reply',
      'fix',
      'poa',
    ]);
    await shot(popup, 'popup-checklist');
    await popup.close();
  });

  it('checks two steps and types a note; all of it survives reloading the popup and the page', async () => {
    const popup = await openPopup();
    await expect.poll(() => reviewId(popup)).toBe(PROFANE);
    // The note first, while the step is open; a step's details fold once it is done.
    const open = await popup.$eval('[data-step="report"] details', (d) => (d as HTMLDetailsElement).open);
    if (!open) await click(popup, '[data-step="report"] details summary');
    await click(popup, '[data-step="report"] textarea.rgc-note');
    await popup.keyboard.type('Reported as Inappropriate on Nov 22');
    await click(popup, '[data-step="understand"] input[type="checkbox"]');
    await click(popup, '[data-step="report"] input[type="checkbox"]');
    await expect.poll(() => stepAttr(popup, 'report', 'data-done')).toBe('true');
    await sleep(500); // the note is saved shortly after the last keystroke

    // A fresh load of the popup reads everything back from IndexedDB.
    await openPopup(popup);
    await expect.poll(() => reviewId(popup)).toBe(PROFANE);
    expect(await stepAttr(popup, 'understand', 'data-done')).toBe('true');
    expect(await stepAttr(popup, 'report', 'data-done')).toBe('true');
    expect(await stepAttr(popup, 'contact', 'data-done')).toBe('false');
    expect(await popup.$eval('[data-step="report"] textarea.rgc-note', (t) => (t as HTMLTextAreaElement).value)).toBe(
      'Reported as Inappropriate on Nov 22',
    );
    await shot(popup, 'popup-after-reload');
    await popup.close();

    // The annotation on the reloaded page shows the progress.
    await page.reload();
    await expect
      .poll(async () => (await attrs(page, annotation(PROFANE)))?.['data-progress'], { timeout: 20_000 })
      .toMatch(/^2\/\d$/);
    expect(await page.$eval(`${annotation(PROFANE)} >>> .rg-progress`, (e) => e.textContent)).toMatch(/2\/\d done/);
  });

  it('no request left the fixtures', () => {
    expect(s.network.outsideRequests).toEqual([]);
  });
});
