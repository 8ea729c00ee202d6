// Issue 7 end to end on data gathered from the pages themselves: visit the
// fixture review and feedback pages, then the options page shows that
// history; a rule switched off in Settings takes effect on an open compose
// tab without a reload.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { fixturePage, launch, type Session } from '../../scripts/lib/browser.ts';
import { shot } from './helpers.ts';

let s: Session;
beforeAll(async () => {
  s = await launch();
});
afterAll(async () => {
  await s?.close();
});

const figure = async (p: Page, id: string) => Number(await p.locator(`[data-figure="${id}"] .rgo-figure__value`).textContent());

describe('insights from browsing', () => {
  it('shows what ReviewGuard saw on the review and feedback pages', async () => {
    let seen = 0;
    for (const [name, n] of [
      ['reviews-us', 8],
      ['feedback-us', 10],
    ] as const) {
      const page = await s.context.newPage();
      await page.goto(fixturePage(name).url);
      await page.waitForFunction((want) => document.querySelectorAll('reviewguard-annotation').length === want, n, { timeout: 20_000 });
      seen += n;
      await page.close();
    }
    const opts = await s.context.newPage();
    await opts.goto(`chrome-extension://${s.extensionId}/options.html`);
    await opts.locator('[data-figure]').first().waitFor({ timeout: 15_000 });
    const figures = await opts.locator('[data-figure]').evaluateAll((els) => els.map((e) => e.getAttribute('data-figure')));
    expect(await figure(opts, figures[0]!)).toBe(seen);
    await shot(opts, 'options-from-browsing');
    await opts.close();
  });

  it('a rule switched off in Settings stops firing on an open compose tab, without a reload', async () => {
    const compose = await s.context.newPage();
    await compose.goto(fixturePage('contact-buyer-us').url);
    const field = compose.locator('kat-textarea textarea').first();
    await field.waitFor({ timeout: 15_000 });
    await field.click();
    await compose.keyboard.insertText('Order 113-4567890-1234567: your replacement lid ships today 😀');
    await expect.poll(() => compose.locator('reviewguard-compose').getAttribute('data-rules')).toContain('emoji');

    const opts = await s.context.newPage();
    await opts.goto(`chrome-extension://${s.extensionId}/options.html#settings`);
    await opts.click('[data-tab="settings"]');
    await opts.locator('[data-rule="emoji"] input[type="checkbox"]').uncheck();
    await opts.click('button[type="submit"]');
    await opts.locator('[data-save-status="ok"]').waitFor();
    await opts.close();

    await expect.poll(() => compose.locator('reviewguard-compose').getAttribute('data-rules'), { timeout: 10_000 }).not.toContain('emoji');
    expect(await field.inputValue()).toContain('😀'); // nothing typed was touched
    await compose.close();
  });
});
