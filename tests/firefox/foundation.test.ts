// Issue 15 in real Firefox: the temporary add-on loads on every Seller Central
// page kind, reaches its MV2 background page, leaves other pages alone, opens
// its popup, and nothing leaves the fixtures.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixturePages } from '../../scripts/lib/browser.ts';
import { findFirefox, launchFirefox, openExtensionPage, type FirefoxSession } from './firefox.ts';
import { shot, sleep, watchErrors } from './helpers.ts';

let s: FirefoxSession;
beforeAll(async () => {
  s = await launchFirefox();
});
afterAll(async () => {
  await s?.close();
});

const KINDS = ['brand-reviews', 'feedback-manager', 'contact-buyer', 'request-review', 'inbox'];

describe('Firefox', () => {
  it('says how to install Firefox when the configured binary is missing', () => {
    const saved = process.env.FIREFOX_PATH;
    process.env.FIREFOX_PATH = '/nonexistent/firefox';
    try {
      expect(() => findFirefox()).toThrow(/apt-get install -y firefox-esr/);
    } finally {
      if (saved === undefined) delete process.env.FIREFOX_PATH;
      else process.env.FIREFOX_PATH = saved;
    }
  });

  it('is Firefox 140 or later (the manifest\'s minimum)', () => {
    const major = Number(/^firefox\/(\d+)/i.exec(s.version)?.[1]);
    expect(major).toBeGreaterThanOrEqual(140);
  });
});

describe('page recognition on the fixture pages', () => {
  const pages = fixturePages().filter((p) => KINDS.includes(p.kind));

  it('has fixtures for all five page kinds', () => {
    expect(new Set(pages.map((p) => p.kind))).toEqual(new Set(KINDS));
  });

  for (const p of pages) {
    it(`recognises ${p.name} as ${p.kind} and reaches the background`, async () => {
      const page = await s.newPage();
      const errors = watchErrors(page);
      await page.goto(p.url);
      // data-reviewguard-connected is set once the background page answered the tab's hello.
      await page.waitForSelector(`html[data-reviewguard="${p.kind}"][data-reviewguard-connected="true"]`, { timeout: 15_000 });
      await sleep(1500); // let delayed content render for the screenshot
      await shot(page, `foundation-${p.name}`);
      expect(errors.filter((e) => /reviewguard/i.test(e))).toEqual([]);
      await page.close();
    });
  }

  it('served every asset the pages load from the fixtures', () => {
    const assets = s.network.served.filter((u) => new URL(u).pathname.startsWith('/__fixtures__/'));
    expect(assets.some((u) => u.endsWith('.css'))).toBe(true);
    expect(assets.some((u) => u.endsWith('.js'))).toBe(true);
    // Nothing a page asked for was missing (the browser's own favicon probe aside).
    expect(s.network.notFound.filter((u) => new URL(u).pathname !== '/favicon.ico')).toEqual([]);
  });
});

describe('pages the extension does not handle', () => {
  it('does nothing on an unrecognised Seller Central page', async () => {
    const page = await s.newPage();
    await page.goto('https://sellercentral.amazon.com/home');
    await sleep(1500);
    expect(await page.evaluate(() => document.documentElement.getAttribute('data-reviewguard'))).toBeNull();
    await page.close();
  });

  it('follows single-page navigation: leaving a recognised page stops its feature', async () => {
    const p = fixturePages().find((x) => x.kind === 'brand-reviews')!;
    const page = await s.newPage();
    await page.goto(p.url);
    await page.waitForSelector('html[data-reviewguard="brand-reviews"]');
    const kind = () => page.evaluate(() => document.documentElement.getAttribute('data-reviewguard'));
    await page.evaluate(() => history.pushState({}, '', '/home/dashboard'));
    await expect.poll(kind, { timeout: 5000 }).toBeNull();
    await page.evaluate(() => history.pushState({}, '', '/messaging/contact?orderID=111-1111111-1111111'));
    await expect.poll(kind, { timeout: 5000 }).toBe('contact-buyer');
    await page.close();
  });
});

describe('extension pages', () => {
  it('the background router answers a typed ping through browser.* promises', async () => {
    const page = await s.newPage();
    await openExtensionPage(page, 'popup.html', '[data-popup="reviewguard"]');
    const replies = await page.evaluate(async () => {
      const b = (globalThis as any).browser;
      return {
        ping: await b.runtime.sendMessage({ tag: 'reviewguard/1', type: 'ping', payload: {} }),
        unknown: await b.runtime.sendMessage({ tag: 'reviewguard/1', type: 'format-disk', payload: {} }),
      };
    });
    expect(replies.ping).toMatchObject({ ok: true, data: { pong: true } });
    expect(replies.unknown).toMatchObject({ ok: false, error: { code: 'unknown-type' } });
    await page.close();
  });

  it('opens the popup', async () => {
    const page = await s.newPage();
    await page.setViewport({ width: 400, height: 600 });
    await openExtensionPage(page, 'popup.html', '[data-popup="reviewguard"]');
    await shot(page, 'foundation-popup');
    await page.close();
  });
});

describe('options page (Insights)', () => {
  it('reads the reviews recorded on the pages above from IndexedDB and draws its charts', async () => {
    const page = await s.newPage();
    await page.setViewport({ width: 1280, height: 800 });
    await openExtensionPage(page, 'options.html', '[data-insights="ready"]');
    const reviews = await page.$eval('[data-figure="reviews"] .rgo-figure__value', (e) => Number(e.textContent));
    expect(reviews).toBeGreaterThan(0);
    // Something was painted on the weekly chart's canvas.
    const painted = await page.$eval('[data-chart="weekly"] canvas', (c) => {
      const d = (c as HTMLCanvasElement).getContext('2d')!.getImageData(0, 0, (c as HTMLCanvasElement).width, (c as HTMLCanvasElement).height).data;
      let n = 0;
      for (let i = 3; i < d.length; i += 4) if (d[i]! > 0) n++;
      return n;
    });
    expect(painted).toBeGreaterThan(500);
    await shot(page, 'options-insights');
    await page.close();
  });
});

describe('the network', () => {
  it('no request left the fixtures, and the check would have seen one', async () => {
    expect(s.network.outsideRequests).toEqual([]);
    // Prove the sentinel works: a page asks for an outside URL; it is refused and noted.
    const page = await s.newPage();
    await page.goto(fixturePages()[0]!.url);
    const fetched = await page.evaluate(() =>
      fetch('https://example.com/reviewguard-sentinel').then(
        () => 'reached',
        () => 'refused',
      ),
    );
    expect(fetched).toBe('refused');
    expect(s.network.outsideRequests).toEqual(['https://example.com:443']);
    s.network.outsideRequests.length = 0;
    await page.close();
  });
});
