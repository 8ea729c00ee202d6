// Issue 2: the extension loads on every Seller Central page kind, talks to its
// background, leaves other pages alone, and its popup opens.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixturePages, launch, type Session } from '../../scripts/lib/browser.ts';
import { shot, watchErrors } from './helpers.ts';

let s: Session;
beforeAll(async () => {
  s = await launch();
});
afterAll(async () => {
  await s?.close();
});

const KINDS = ['brand-reviews', 'feedback-manager', 'contact-buyer', 'request-review', 'inbox'];

describe('page recognition on the fixture pages', () => {
  const pages = fixturePages().filter((p) => KINDS.includes(p.kind));

  it('has fixtures for all five page kinds, on several hosts', () => {
    expect(new Set(pages.map((p) => p.kind))).toEqual(new Set(KINDS));
    expect(new Set(pages.map((p) => new URL(p.url).hostname)).size).toBeGreaterThanOrEqual(3);
  });

  for (const p of pages) {
    it(`recognises ${p.name} as ${p.kind} and reaches the background`, async () => {
      const page = await s.context.newPage();
      const errors = watchErrors(page);
      await page.goto(p.url);
      await page.waitForSelector(`html[data-reviewguard="${p.kind}"][data-reviewguard-connected="true"]`, { timeout: 15_000 });
      // The background saw this tab's hello: content → background → content works.
      const seen = await (await s.serviceWorker()).evaluate(
        () => [...(globalThis as any).__reviewguard.tabs.values()].map((t: any) => t.url) as string[],
      );
      expect(seen).toContain(page.url());
      await page.waitForTimeout(1500); // let delayed content render for the screenshot
      await shot(page, `foundation-${p.name}`);
      expect(errors.filter((e) => /reviewguard/i.test(e))).toEqual([]);
      await page.close();
    });
  }
});

describe('pages the extension does not handle', () => {
  it('does nothing on an unrecognised Seller Central page and logs no errors', async () => {
    const page = await s.context.newPage();
    const errors = watchErrors(page);
    await page.goto('https://sellercentral.amazon.com/home');
    await page.waitForTimeout(1500);
    expect(await page.getAttribute('html', 'data-reviewguard')).toBeNull();
    expect(errors.filter((e) => !/404/.test(e))).toEqual([]);
    await page.close();
  });

  it('follows single-page navigation: leaving a recognised page stops its feature', async () => {
    const p = fixturePages().find((x) => x.kind === 'brand-reviews')!;
    const page = await s.context.newPage();
    await page.goto(p.url);
    await page.waitForSelector('html[data-reviewguard="brand-reviews"]');
    await page.evaluate(() => history.pushState({}, '', '/home/dashboard'));
    await expect.poll(() => page.getAttribute('html', 'data-reviewguard'), { timeout: 5000 }).toBeNull();
    await page.evaluate(() => history.pushState({}, '', '/messaging/contact?orderID=111-1111111-1111111'));
    await expect.poll(() => page.getAttribute('html', 'data-reviewguard'), { timeout: 5000 }).toBe('contact-buyer');
    // Back and forward (traversals) and hash-only changes reach the router through WXT's
    // location events alone: no hashchange/popstate listener or URL polling of our own.
    await page.evaluate(() => history.back());
    await expect.poll(() => page.getAttribute('html', 'data-reviewguard'), { timeout: 5000 }).toBeNull();
    await page.evaluate(() => history.forward());
    await expect.poll(() => page.getAttribute('html', 'data-reviewguard'), { timeout: 5000 }).toBe('contact-buyer');
    await page.evaluate(() => {
      location.hash = '#/elsewhere';
    });
    await page.waitForTimeout(300);
    expect(await page.getAttribute('html', 'data-reviewguard')).toBe('contact-buyer');
    await page.evaluate(() => history.pushState({}, '', '/feedback-manager/index.html#/?page=2'));
    await expect.poll(() => page.getAttribute('html', 'data-reviewguard'), { timeout: 5000 }).toBe('feedback-manager');
    await page.close();
  });
});

describe('background router', () => {
  it('answers a typed ping and rejects unknown or malformed messages with a clear error', async () => {
    const page = await s.context.newPage();
    await page.goto(`chrome-extension://${s.extensionId}/popup.html`);
    const replies = await page.evaluate(async () => {
      const c = (globalThis as any).chrome;
      const sendRaw = (m: unknown) => c.runtime.sendMessage(m);
      return {
        ping: await sendRaw({ tag: 'reviewguard/1', type: 'ping', payload: {} }),
        unknown: await sendRaw({ tag: 'reviewguard/1', type: 'format-disk', payload: {} }),
        malformed: await sendRaw({ tag: 'reviewguard/1', type: 'lint', payload: { text: 42 } }),
        junk: await sendRaw('hello'),
      };
    });
    expect(replies.ping).toMatchObject({ ok: true, data: { pong: true } });
    expect(replies.unknown).toMatchObject({ ok: false, error: { code: 'unknown-type' } });
    expect(replies.malformed).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    expect(replies.malformed.error.message).toMatch(/text/);
    expect(replies.junk).toMatchObject({ ok: false, error: { code: 'bad-envelope' } });
    await page.close();
  });

  it('opens the popup', async () => {
    const page = await s.context.newPage();
    await page.setViewportSize({ width: 400, height: 600 });
    await page.goto(`chrome-extension://${s.extensionId}/popup.html`);
    await page.waitForSelector('[data-popup="reviewguard"]');
    await shot(page, 'foundation-popup');
    await page.close();
  });
});
