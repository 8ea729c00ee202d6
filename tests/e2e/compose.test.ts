// Issue 4 in real Chromium: live warnings in the shadow-DOM textarea of the
// contact-buyer page and the inbox reply box, fixes that undo, the Send guard,
// a service worker stopped mid-session, and drafts that survive a reload.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { fixturePage, launch, type Session } from '../../scripts/lib/browser.ts';
import { shot, watchErrors } from './helpers.ts';

let s: Session;
beforeAll(async () => {
  s = await launch();
});
afterAll(async () => {
  await s?.close();
});

const host = (page: Page) => page.locator('reviewguard-compose').first();
const field = (page: Page) => page.locator('kat-textarea textarea').first();
const state = (l: Locator) => l.evaluate((el) => Object.fromEntries([...el.attributes].map((a) => [a.name, a.value])));
const sent = (page: Page) => page.evaluate(() => ((window as unknown as { __sentMessages?: unknown[] }).__sentMessages ?? []).length);

/** Waits until the findings shown are those of the field's current text. */
async function settled(page: Page) {
  await expect
    .poll(async () => {
      const len = await field(page).evaluate((t) => (t as HTMLTextAreaElement).value.length);
      return (await state(host(page)))['data-length'] === String(len);
    }, { timeout: 10_000 })
    .toBe(true);
  return state(host(page));
}

/** The draft the background stored for an order (read from its IndexedDB). */
async function storedDraft(orderId: string): Promise<string> {
  return (await s.serviceWorker()).evaluate(
    (id) =>
      new Promise<string>((resolve) => {
        const open = indexedDB.open('reviewguard');
        open.onsuccess = () => {
          const get = open.result.transaction('drafts').objectStore('drafts').get(id);
          get.onsuccess = () => resolve((get.result as { text?: string } | undefined)?.text ?? '');
          get.onerror = () => resolve('');
        };
        open.onerror = () => resolve('');
      }),
    orderId,
  );
}

async function stopServiceWorker(page: Page) {
  const cdp = await s.context.newCDPSession(page);
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await cdp.detach();
}

describe('contact buyer (English UI)', () => {
  let page: Page;
  let errors: string[];
  beforeAll(async () => {
    page = await s.context.newPage();
    errors = watchErrors(page);
    await page.goto(fixturePage('contact-buyer-us').url);
    await field(page).waitFor({ timeout: 15_000 });
  });

  it('warns live as the seller types: email, emoji, incentive for a review change', async () => {
    await field(page).click();
    await page.keyboard.type('Hi Palmer, so sorry about the lid. ');
    let st = await settled(page);
    expect(st['data-errors']).toBe('0');
    await page.keyboard.type('Write to palmer.help@gmail.com ');
    await page.keyboard.insertText('😀');
    await page.keyboard.type(' Please update your review and we will refund you.');
    st = await settled(page);
    const rules = st['data-rules']!.split(',');
    expect(rules).toEqual(expect.arrayContaining(['email-address', 'emoji', 'review-change-request', 'review-incentive']));
    expect(Number(st['data-errors'])).toBeGreaterThanOrEqual(4);
    // Checked in the page, by the linter module the content script imported.
    expect(st['data-linter']).toBe('page');
    await shot(page, 'compose-us-warnings');
  });

  it('underlines sit on the offending words, inside the field', async () => {
    const geometry = await page.evaluate(() => {
      const layer = document.querySelector('reviewguard-layer')!.shadowRoot!;
      const ta = document.querySelector('kat-textarea')!.shadowRoot!.querySelector('textarea')!;
      const r = ta.getBoundingClientRect();
      const marks = [...layer.querySelectorAll('.rg-mark')].map((m) => ({ text: m.textContent, rect: m.getBoundingClientRect() }));
      return { field: { left: r.left, top: r.top, right: r.right, bottom: r.bottom }, marks };
    });
    const email = geometry.marks.find((m) => m.text?.includes('@'));
    expect(email).toBeDefined();
    expect(email!.rect.left).toBeGreaterThanOrEqual(geometry.field.left);
    expect(email!.rect.right).toBeLessThanOrEqual(geometry.field.right);
    expect(email!.rect.top).toBeGreaterThanOrEqual(geometry.field.top);
    expect(email!.rect.bottom).toBeLessThanOrEqual(geometry.field.bottom);
    // The mirror's text is where the textarea's is: measure the email's position with a caret range in a clone.
    expect(email!.rect.width).toBeGreaterThan(50);
  });

  it('a one-click fix removes a finding, and Ctrl+Z brings it back', async () => {
    const before = await settled(page);
    expect(before['data-rules']).toContain('email-address');
    await host(page).locator('li[data-rule="email-address"] button[data-action="fix"]').click();
    let st = await settled(page);
    expect(st['data-rules']).not.toContain('email-address');
    expect(await field(page).inputValue()).not.toContain('@gmail.com');
    await field(page).focus();
    await page.keyboard.press('Control+z');
    st = await settled(page);
    expect(st['data-rules']).toContain('email-address');
    expect(await field(page).inputValue()).toContain('palmer.help@gmail.com');
  });

  it('holds Send while errors remain, with the errors and "Send anyway"', async () => {
    const n = await sent(page);
    await page.locator('kat-button.ayb-contact-form-send-button button').click();
    await expect.poll(async () => (await state(host(page)))['data-guard']).toBe('open');
    expect(await host(page).locator('[role="alertdialog"]').isVisible()).toBe(true);
    await shot(page, 'compose-us-guard');
    expect(await sent(page)).toBe(n);
    await host(page).locator('[data-action="guard-fix"]').click();
    expect((await state(host(page)))['data-guard']).toBeUndefined();
  });

  it('keeps warning after the service worker was stopped, and loses nothing typed', async () => {
    await stopServiceWorker(page);
    await field(page).fill('');
    await field(page).click();
    const t0 = Date.now();
    await page.keyboard.type('Contact me on WhatsApp.');
    const st = await settled(page);
    expect(Date.now() - t0).toBeLessThan(8000);
    expect(st['data-rules']).toContain('off-platform-contact');
    expect(await field(page).inputValue()).toBe('Contact me on WhatsApp.');
  });

  it('a reload offers the saved draft, and restoring it puts the text back', async () => {
    await field(page).fill('');
    await field(page).click();
    await page.keyboard.type('Dear Palmer, a new lid for order 113-4567890-1234567 ships today.');
    await settled(page);
    // The draft is saved 400 ms after the last keystroke; the worker stopped
    // above may first have to start (nothing else wakes it: linting happens in
    // the page). Wait until it is stored, then reload.
    await expect.poll(() => storedDraft('113-4567890-1234567'), { timeout: 10_000 }).toContain('a new lid for order');
    await page.reload();
    await field(page).waitFor({ timeout: 15_000 });
    const restore = host(page).locator('[data-action="restore-draft"]');
    await restore.waitFor({ timeout: 10_000 });
    await shot(page, 'compose-us-draft');
    await restore.click();
    await expect.poll(() => field(page).inputValue()).toContain('a new lid for order 113-4567890-1234567');
  });

  it('lets Send through when the message is clean, and Amazon submits it', async () => {
    await field(page).fill('');
    await field(page).click();
    await page.keyboard.type(
      'Hello Palmer, we are sorry the lid of your blender (order 113-4567890-1234567) cracked. A replacement lid has shipped today at no cost. Reply here if anything else is wrong.',
    );
    const st = await settled(page);
    expect(st['data-errors']).toBe('0');
    const n = await sent(page);
    await page.locator('kat-button.ayb-contact-form-send-button button').click();
    await expect.poll(() => sent(page)).toBe(n + 1);
    expect((await state(host(page)))['data-guard']).toBeUndefined();
  });

  it('logged nothing into the page console', () => {
    expect(errors.filter((e) => !/favicon/.test(e))).toEqual([]);
  });
});

describe('contact buyer (Chinese UI, buyer prefers Spanish)', () => {
  it('explains in Chinese and flags a message in the wrong language', async () => {
    const page = await s.context.newPage();
    await page.goto(fixturePage('contact-buyer-zh').url);
    await field(page).waitFor({ timeout: 15_000 });
    await field(page).click();
    await page.keyboard.type('Hello Lucía, your kettle for order 204-1234567-7654321 will be replaced free of charge, just leave us a 5-star review.');
    const st = await settled(page);
    expect(st['data-rules']).toContain('wrong-language');
    expect(st['data-rules']).toContain('positive-review-request');
    expect(await host(page).locator('.rg-count-error').textContent()).toMatch(/个错误/);
    await shot(page, 'compose-zh-warnings');
    await page.close();
  });
});

describe('messaging inbox reply', () => {
  it('warns in a reply box that appears inside nested shadow roots after a thread is opened', async () => {
    const page = await s.context.newPage();
    await page.goto(fixturePage('inbox-us').url);
    await page.locator('[data-thread-id]').first().click({ timeout: 15_000 });
    await field(page).waitFor({ timeout: 10_000 });
    await field(page).click();
    await page.keyboard.type('Sorry! Text me at +1 415 555 0134 or email help@northvale.shop');
    const st = await settled(page);
    expect(st['data-rules']).toContain('email-address');
    expect(st['data-rules']).toContain('phone-number');
    // A reply answers the buyer: no "outside window" or "no permitted reason".
    expect(st['data-rules']).not.toContain('outside-window');
    expect(st['data-rules']).not.toContain('no-permitted-reason');
    await shot(page, 'inbox-warnings');
    await page.close();
  });
});
