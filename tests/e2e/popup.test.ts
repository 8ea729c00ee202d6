// Issue 6 in real Chromium: select a review on the page, work its checklist in
// the popup, and find every tick and note again after reloading the page and
// restarting the browser on the same profile.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { fixturePage, launch, type Session } from '../../scripts/lib/browser.ts';
import { shot } from './helpers.ts';

const profile = mkdtempSync(join(tmpdir(), 'reviewguard-popup-'));
let s: Session | undefined;
afterAll(async () => {
  await s?.close();
  rmSync(profile, { recursive: true, force: true });
});

const PROFANE = 'R2X8K1L0QZ3M7A'; // removable
const HARSH = 'R7GY2KW9FQ1LUA'; // not removable

async function openPopup(sess: Session): Promise<Page> {
  const page = await sess.context.newPage();
  await page.setViewportSize({ width: 400, height: 600 });
  await page.goto(`chrome-extension://${sess.extensionId}/popup.html`);
  await page.waitForSelector('[data-popup="reviewguard"]');
  return page;
}

async function select(page: Page, id: string) {
  const button = page.locator(`reviewguard-annotation[data-review-id="${id}"] button[data-action="select"]`);
  await button.waitFor({ timeout: 20_000 });
  await button.click();
  await page.waitForSelector(`reviewguard-annotation[data-review-id="${id}"][data-selected]`);
}

const step = (p: Page, id: string) => p.locator(`[data-step="${id}"]`);

describe('checklist popup', () => {
  it('shows the selected review and a checklist that differs for removable and non-removable reviews', async () => {
    s = await launch({ userDataDir: profile });
    const page = await s.context.newPage();
    await page.goto(fixturePage('reviews-us').url);
    await select(page, HARSH);
    let popup = await openPopup(s);
    await expect.poll(() => popup.locator('.rgp').getAttribute('data-review-id')).toBe(HARSH);
    expect(await step(popup, 'report').getAttribute('data-applicable')).toBe('false');
    await popup.close();

    await select(page, PROFANE);
    popup = await openPopup(s);
    await expect.poll(() => popup.locator('.rgp').getAttribute('data-review-id')).toBe(PROFANE);
    expect(await step(popup, 'report').getAttribute('data-applicable')).toBe('true');
    expect(await popup.locator('[data-step]').evaluateAll((els) => els.map((e) => e.getAttribute('data-step')))).toEqual([
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
    await page.close();
  });

  it('checks two steps and adds a note; all of it survives a page reload and a browser restart', async () => {
    let popup = await openPopup(s!);
    // The note first, while the step is open; a step's details fold once it is done.
    const details = step(popup, 'report').locator('details').first();
    if (!(await details.evaluate((d) => (d as HTMLDetailsElement).open))) await details.locator('summary').first().click();
    const note = step(popup, 'report').locator('textarea.rgc-note');
    await note.waitFor({ state: 'visible' });
    await note.fill('Reported as Inappropriate on Nov 22');
    await step(popup, 'understand').locator('input[type="checkbox"]').first().check();
    await step(popup, 'report').locator('input[type="checkbox"]').first().check();
    await expect.poll(() => step(popup, 'report').getAttribute('data-done')).toBe('true');
    await popup.waitForTimeout(300);
    await popup.close();

    // The annotation shows the progress on the page.
    const page = await s!.context.newPage();
    await page.goto(fixturePage('reviews-us').url);
    await expect
      .poll(() => page.locator(`reviewguard-annotation[data-review-id="${PROFANE}"]`).getAttribute('data-progress'), { timeout: 20_000 })
      .toMatch(/^2\/\d$/);
    expect(await page.locator(`reviewguard-annotation[data-review-id="${PROFANE}"] .rg-progress`).textContent()).toMatch(/2\/\d done/);
    await page.reload();
    await page.waitForSelector(`reviewguard-annotation[data-review-id="${PROFANE}"]`, { timeout: 20_000 });

    await s!.close();
    s = await launch({ userDataDir: profile });
    popup = await openPopup(s);
    await expect.poll(() => popup.locator('.rgp').getAttribute('data-review-id')).toBe(PROFANE);
    expect(await step(popup, 'understand').getAttribute('data-done')).toBe('true');
    expect(await step(popup, 'report').getAttribute('data-done')).toBe('true');
    expect(await step(popup, 'contact').getAttribute('data-done')).toBe('false');
    expect(await step(popup, 'report').locator('textarea.rgc-note').inputValue()).toBe('Reported as Inappropriate on Nov 22');
    await shot(popup, 'popup-after-restart');
  });

  it('without a selection lists the reviews that need action, most urgent first, and switches to Chinese', async () => {
    const popup = await openPopup(s!);
    await popup.locator('.rgc-header__back, button[aria-label="Back to the list"]').first().click();
    const items = popup.locator('.rgc-picker__item');
    await expect.poll(() => items.count()).toBeGreaterThan(3);
    await popup.locator('.rgc-lang button', { hasText: '中文' }).click();
    await expect.poll(() => popup.locator('#rgc-picker-title').textContent()).toBe('需要处理的评论');
    await shot(popup, 'popup-picker-zh');
    await items.first().click();
    await expect.poll(() => popup.locator('.rgp').getAttribute('data-review-id')).not.toBe('');
  });
});

describe('from the checklist to the compose page', () => {
  it('opens a template in Contact buyer, where it is offered as the draft and passes every rule', async () => {
    const sess = await launch();
    try {
      const page = await sess.context.newPage();
      await page.goto(fixturePage('feedback-us').url);
      await select(page, '114-2098375-6610482'); // a merchant-fulfilled order: contact the buyer
      const popup = await openPopup(sess);
      await expect.poll(() => popup.locator('.rgp').getAttribute('data-review-id')).toBe('114-2098375-6610482');
      const contact = step(popup, 'contact');
      const details = contact.locator('details.rgc-step__details');
      if (!(await details.evaluate((d) => (d as HTMLDetailsElement).open))) await details.locator('summary').first().click();
      const template = contact.locator('[data-template]').first();
      const text = (await template.locator('.rgc-text').first().textContent())!.trim();
      expect(text).toContain('114-2098375-6610482');
      const [compose] = await Promise.all([
        sess.context.waitForEvent('page'),
        template.getByRole('button', { name: /open in compose/i }).click(),
      ]);
      await compose.waitForURL(/\/messaging\/contact\?orderID=114-2098375-6610482/);
      const restore = compose.locator('reviewguard-compose [data-action="restore-draft"]');
      await restore.waitFor({ timeout: 15_000 });
      await restore.click();
      const field = compose.locator('kat-textarea textarea').first();
      await expect.poll(() => field.inputValue()).toBe(text);
      await compose.waitForFunction(
        (len) => document.querySelector('reviewguard-compose')?.getAttribute('data-length') === String(len),
        text.length,
      );
      expect(await compose.locator('reviewguard-compose').getAttribute('data-errors')).toBe('0');
      expect(await compose.locator('reviewguard-compose').getAttribute('data-warnings')).toBe('0');
      await shot(compose, 'compose-from-checklist');
    } finally {
      await sess.close();
    }
  });
});
