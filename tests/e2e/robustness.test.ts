// Issue 7, robustness in real Chromium: big pages, huge messages, hostile
// text, a page whose markup changed, remembered review requests — and proof
// that no extension context makes a single network request.
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { fixturePage, fixturePages, launch, type Session } from '../../scripts/lib/browser.ts';
import { mountManyReviews } from '../../scripts/lib/stress.ts';
import { shot, watchErrors } from './helpers.ts';

let s: Session;
beforeAll(async () => {
  s = await launch();
});
afterAll(async () => {
  await s?.close();
});

const compose = (p: Page) => p.locator('reviewguard-compose').first();
const field = (p: Page) => p.locator('kat-textarea textarea').first();

describe('big and hostile pages', () => {
  it('annotates a page with 1,000 review cards', async () => {
    const page = await s.context.newPage();
    const errors = watchErrors(page);
    await page.goto(fixturePage('reviews-us').url);
    await page.waitForSelector('reviewguard-annotation', { timeout: 20_000 });
    await mountManyReviews(page, 1000);
    await page.waitForFunction(() => document.querySelectorAll('reviewguard-annotation').length === 1000, null, { timeout: 90_000 });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('handles a 100,000-character message: flags too-long, stays responsive, loses nothing', async () => {
    const page = await s.context.newPage();
    await page.goto(fixturePage('contact-buyer-us').url);
    await field(page).waitFor({ timeout: 15_000 });
    const big = 'Your order 113-4567890-1234567 is on its way. '.repeat(2200).slice(0, 100_000);
    await field(page).click();
    await page.keyboard.insertText(big);
    await page.waitForFunction(
      (len) => document.querySelector('reviewguard-compose')?.getAttribute('data-length') === String(len),
      big.length,
      { timeout: 20_000 },
    );
    expect(await compose(page).getAttribute('data-rules')).toContain('too-long');
    expect((await field(page).inputValue()).length).toBe(100_000);
    await page.close();
  });

  it('renders script and HTML in a message as text in the panel, never as markup', async () => {
    const page = await s.context.newPage();
    await page.goto(fixturePage('contact-buyer-us').url);
    await field(page).waitFor({ timeout: 15_000 });
    await field(page).click();
    await page.keyboard.insertText('<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script> <b>hi</b> &nbsp;');
    await expect.poll(() => compose(page).getAttribute('data-rules')).toContain('html-markup');
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await compose(page).evaluate((el) => el.shadowRoot!.querySelectorAll('img, script, b').length)).toBe(0);
    expect(await page.evaluate(() => document.querySelector('reviewguard-layer')!.shadowRoot!.querySelectorAll('img, script, b').length)).toBe(0);
    await page.close();
  });
});

describe('a Seller Central page whose markup changed', () => {
  it('stays quiet on the page and the popup says the page was not recognised', async () => {
    const page = await s.context.newPage();
    const errors = watchErrors(page);
    await page.goto(fixturePage('changed-markup').url);
    await page.waitForTimeout(6000); // past the 5 s grace for late rendering
    expect(await page.locator('reviewguard-annotation').count()).toBe(0);
    expect(errors).toEqual([]);
    const sw = await s.serviceWorker();
    const tab = await sw.evaluate(async () => {
      const [t] = await (globalThis as any).chrome.tabs.query({ url: 'https://sellercentral.amazon.in/*' });
      return t?.id as number;
    });
    const status = await sw.evaluate((id) => [...(globalThis as any).__reviewguard.tabs.entries()].find(([k]: [number]) => k === id)?.[1], tab);
    expect(status).toMatchObject({ kind: 'brand-reviews', items: 0 });
    // The popup reads that status for the active tab: open it on this tab's window state.
    const popup = await s.context.newPage();
    await popup.goto(`chrome-extension://${s.extensionId}/popup.html`);
    const text = await popup.evaluate(async (id) => {
      const r = await (globalThis as any).chrome.runtime.sendMessage({ tag: 'reviewguard/1', type: 'tab/info', payload: { tabId: id } });
      return r;
    }, tab);
    expect(text).toMatchObject({ ok: true, data: { page: { items: 0 } } });
    await popup.close();
    // The popup says so in plain words, with diagnostics that hold counts, never page text.
    const view = await s.context.newPage();
    await view.goto(`chrome-extension://${s.extensionId}/popup.html?tab=${tab}`);
    const notice = view.locator('[data-page-status="not-recognised"]');
    await notice.waitFor({ timeout: 10_000 });
    expect(await notice.textContent()).toMatch(/cannot read this Customer Reviews page — Amazon may have changed it/);
    const diag = (await view.locator('pre[data-diagnostics]').textContent())!;
    expect(diag).toContain('page kind: brand-reviews');
    expect(diag).toContain('url: sellercentral.amazon.in/brand-customer-reviews/');
    expect(diag).toMatch(/reviews\.card: 0/);
    const pageText = await page.evaluate(() => document.body.innerText);
    for (const word of pageText.split(/\s+/).filter((w) => w.length > 8).slice(0, 40)) expect(diag).not.toContain(word);
    await view.locator('[data-action="copy-diagnostics"]').click();
    await view.locator('details summary').click();
    await shot(view, 'popup-cannot-read');
    await view.close();
    await page.close();
  });
});

describe('review requests are remembered', () => {
  it('after "Request a Review", a message asking for a review again is flagged', async () => {
    const rr = await s.context.newPage();
    await rr.goto(fixturePage('request-review-us').url);
    await rr.evaluate(() => localStorage.clear());
    await rr.reload();
    await rr.locator('.ayb-reviews-button-container kat-button button').first().click({ timeout: 15_000 });
    await rr.waitForTimeout(500);
    await rr.close();
    const page = await s.context.newPage();
    await page.goto(fixturePage('contact-buyer-us').url);
    await field(page).waitFor({ timeout: 15_000 });
    await page.waitForTimeout(300);
    await field(page).click();
    await page.keyboard.type('Order 113-4567890-1234567: if you have a moment, we would appreciate a review of the blender.');
    await expect.poll(() => compose(page).getAttribute('data-rules'), { timeout: 10_000 }).toContain('repeat-review-request');
    await page.close();
  });
});

describe('privacy', () => {
  it('ships no network API in any bundle', () => {
    const dir = join(__dirname, '../../.output/chrome-mv3');
    const scripts = readdirSync(dir, { recursive: true })
      .map(String)
      .filter((f) => f.endsWith('.js'));
    expect(scripts.length).toBeGreaterThan(2);
    for (const f of scripts) {
      const code = readFileSync(join(dir, f), 'utf8');
      expect(code.match(/\bfetch\(|XMLHttpRequest|sendBeacon|new WebSocket|EventSource|importScripts/g), f).toBeNull();
    }
  });

  it('makes no network request from any extension context during a full session', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'reviewguard-netlog-'));
    const log = join(dir, 'netlog.json');
    const sess = await launch({ args: [`--log-net-log=${log}`, '--net-log-capture-mode=Default'] });
    const CONTROL = 'https://control.invalid/proves-the-log-records';
    try {
      for (const p of fixturePages()) {
        const page = await sess.context.newPage();
        await page.goto(p.url);
        await page.waitForTimeout(1200);
        if (p.kind === 'contact-buyer') {
          // Some pages show the text box only once a contact reason is picked.
          await page.locator('kat-radiobutton input[type="radio"]').first().check({ timeout: 2000 }).catch(() => {});
          await field(page).click();
          await page.keyboard.type('Visit http://example.com or mail me at a@b.co 😀');
          await page.waitForTimeout(500);
        }
        if (p.kind === 'brand-reviews') {
          await page.locator('reviewguard-annotation button[data-action="select"]').first().click().catch(() => {});
        }
        await page.close();
      }
      for (const view of ['popup.html', 'options.html']) {
        const page = await sess.context.newPage();
        await page.goto(`chrome-extension://${sess.extensionId}/${view}`);
        await page.waitForTimeout(1500);
        await page.close();
      }
      // Positive control: a request the page makes must show up in the log.
      const page = await sess.context.newPage();
      await page.goto(fixturePage('reviews-us').url);
      await page.evaluate((u) => fetch(u).catch(() => {}), CONTROL);
      await page.waitForTimeout(300);
      expect(sess.outsideRequests).toEqual([CONTROL]);
    } finally {
      await sess.close();
    }
    // Chromium's own net log sees every request of every context, the
    // extension's service worker included. Apart from the Seller Central
    // fixtures and the browser's own Google services, only the control may appear.
    const raw = readFileSync(log, 'utf8');
    rmSync(dir, { recursive: true, force: true });
    const parse = (text: string) => {
      try {
        return JSON.parse(text);
      } catch {
        // A log cut short at exit lacks its closing brackets.
        return JSON.parse(`${text.trim().replace(/,\s*$/, '')}]}`);
      }
    };
    const events = parse(raw).events as Array<{ params?: { url?: string } }>;
    const CHROMIUM_OWN = /^https?:\/\/([a-z0-9-]+\.)*(googleapis\.com|google\.com|gstatic\.com|gvt1\.com)\//;
    const urls = [...new Set(events.map((e) => e.params?.url).filter((u): u is string => !!u))];
    const others = urls.filter((u) => !u.startsWith('https://sellercentral') && !CHROMIUM_OWN.test(u) && !u.startsWith('chrome-extension://'));
    expect(others).toEqual([CONTROL]);
  });
});
