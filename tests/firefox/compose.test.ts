// Issue 15 in real Firefox: live warnings while typing real keys into the
// shadow-DOM textarea of Contact buyer, a one-click fix and undo, the Send
// guard, a draft kept across a reload (IndexedDB in the extension origin), and
// a clean message going through.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { fixturePage } from '../../scripts/lib/browser.ts';
import { launchFirefox, type FirefoxSession } from './firefox.ts';
import { attrs, click, shot, sleep, watchErrors } from './helpers.ts';

let s: FirefoxSession;
beforeAll(async () => {
  s = await launchFirefox();
});
afterAll(async () => {
  await s?.close();
});

const HOST = '>>> reviewguard-compose'; // in the inbox it sits inside the reply box's shadow root
// The first textarea in any (nested) shadow root: the Katal field.
const FIELD = '>>> kat-textarea >>> textarea';
const SEND = 'kat-button.ayb-contact-form-send-button >>> button';
const value = (page: Page) => page.$eval(FIELD, (t) => (t as HTMLTextAreaElement).value);
const state = async (page: Page) => (await attrs(page, HOST)) ?? {};
const sent = (page: Page) => page.evaluate(() => ((window as unknown as { __sentMessages?: unknown[] }).__sentMessages ?? []).length);

/** Waits until the findings shown are those of the field's current text. */
async function settled(page: Page) {
  await expect
    .poll(async () => (await state(page))['data-length'] === String((await value(page)).length), { timeout: 10_000 })
    .toBe(true);
  return state(page);
}

/** Empties the field the way a seller does: select all, delete. */
async function clear(page: Page) {
  await click(page, FIELD);
  await page.keyboard.down('Control');
  await page.keyboard.press('a');
  await page.keyboard.up('Control');
  await page.keyboard.press('Backspace');
  await expect.poll(() => value(page)).toBe('');
}

describe('contact buyer (English UI)', () => {
  let page: Page;
  let errors: string[];
  beforeAll(async () => {
    page = await s.newPage();
    errors = watchErrors(page);
    await page.goto(fixturePage('contact-buyer-us').url);
    await page.waitForSelector(FIELD, { timeout: 15_000 });
    await page.waitForSelector(HOST, { timeout: 15_000 });
  });

  it('warns live as the seller types: email, emoji, incentive for a review change', async () => {
    // Count the trusted key presses the field receives: the browser's own input, not synthetic events.
    await page.$eval(FIELD, (t) => {
      const w = window as unknown as { __trustedKeys: number };
      w.__trustedKeys = 0;
      t.addEventListener('keydown', (e) => {
        if (e.isTrusted) w.__trustedKeys++;
      });
    });
    await click(page, FIELD);
    const first = 'Hi Palmer, so sorry about the lid. ';
    await page.keyboard.type(first);
    expect(await page.evaluate(() => (window as unknown as { __trustedKeys: number }).__trustedKeys)).toBe(first.length);
    let st = await settled(page);
    expect(st['data-errors']).toBe('0');
    await page.keyboard.type('Write to palmer.help@gmail.com ');
    await page.keyboard.sendCharacter('😀');
    await page.keyboard.type(' Please update your review and we will refund you.');
    st = await settled(page);
    expect(st['data-rules']!.split(',')).toEqual(expect.arrayContaining(['email-address', 'emoji', 'review-change-request', 'review-incentive']));
    expect(Number(st['data-errors'])).toBeGreaterThanOrEqual(4);
    // Firefox's build has no linter module in the page (its add-on linter
    // rejects import() of a computed URL): the background checks each keystroke.
    expect(st['data-linter']).toBe('background');
    await sleep(300); // let the underline layer catch up with the last keystroke
    await shot(page, 'compose-us-warnings');
  });

  it('underlines sit on the offending words, inside the field', async () => {
    const geometry = await page.evaluate(() => {
      const layer = document.querySelector('reviewguard-layer')?.shadowRoot;
      const ta = document.querySelector('kat-textarea')!.shadowRoot!.querySelector('textarea')!;
      const r = ta.getBoundingClientRect();
      const marks = [...(layer?.querySelectorAll('.rg-mark') ?? [])].map((m) => {
        const b = m.getBoundingClientRect();
        return { text: m.textContent, left: b.left, right: b.right, top: b.top, bottom: b.bottom, width: b.width };
      });
      return { field: { left: r.left, top: r.top, right: r.right, bottom: r.bottom }, marks };
    });
    const email = geometry.marks.find((m) => m.text?.includes('@'));
    expect(email).toBeDefined();
    expect(email!.left).toBeGreaterThanOrEqual(geometry.field.left);
    expect(email!.right).toBeLessThanOrEqual(geometry.field.right);
    expect(email!.top).toBeGreaterThanOrEqual(geometry.field.top);
    expect(email!.bottom).toBeLessThanOrEqual(geometry.field.bottom);
    expect(email!.width).toBeGreaterThan(50);
  });

  it('a one-click fix removes a finding, and Ctrl+Z brings it back', async () => {
    expect((await settled(page))['data-rules']).toContain('email-address');
    await click(page, `${HOST} >>> li[data-rule="email-address"] button[data-action="fix"]`);
    let st = await settled(page);
    expect(st['data-rules']).not.toContain('email-address');
    expect(await value(page)).not.toContain('@gmail.com');
    await page.$eval(FIELD, (t) => (t as HTMLTextAreaElement).focus());
    await page.keyboard.down('Control');
    await page.keyboard.press('z');
    await page.keyboard.up('Control');
    st = await settled(page);
    expect(st['data-rules']).toContain('email-address');
    expect(await value(page)).toContain('palmer.help@gmail.com');
  });

  it('holds Send while errors remain, with the errors and "Send anyway"', async () => {
    const n = await sent(page);
    await click(page, SEND);
    await expect.poll(async () => (await state(page))['data-guard']).toBe('open');
    const dialog = await page.$(`${HOST} >>> [role="alertdialog"]`);
    expect(dialog).not.toBeNull();
    expect(await dialog!.isVisible()).toBe(true);
    await shot(page, 'compose-us-guard', false);
    expect(await sent(page)).toBe(n);
    await click(page, `${HOST} >>> [data-action="guard-fix"]`);
    await expect.poll(async () => (await state(page))['data-guard']).toBeUndefined();
  });

  it('a reload offers the saved draft, and restoring it puts the text back', async () => {
    await clear(page);
    await page.keyboard.type('Dear Palmer, a new lid for order 113-4567890-1234567 ships today.');
    await settled(page);
    await sleep(700); // the draft is saved 400 ms after the last keystroke
    await page.reload();
    await page.waitForSelector(FIELD, { timeout: 15_000 });
    await page.waitForSelector(`${HOST} >>> [data-action="restore-draft"]`, { timeout: 10_000 });
    await shot(page, 'compose-us-draft');
    await click(page, `${HOST} >>> [data-action="restore-draft"]`);
    await expect.poll(() => value(page)).toContain('a new lid for order 113-4567890-1234567');
  });

  it('lets Send through when the message is clean, and Amazon submits it', async () => {
    await clear(page);
    await page.keyboard.type(
      'Hello Palmer, we are sorry the lid of your blender (order 113-4567890-1234567) cracked. A replacement lid has shipped today at no cost. Reply here if anything else is wrong.',
    );
    expect((await settled(page))['data-errors']).toBe('0');
    const n = await sent(page);
    await click(page, SEND);
    await expect.poll(() => sent(page)).toBe(n + 1);
    expect((await state(page))['data-guard']).toBeUndefined();
  });

  it('logged nothing into the page console', () => {
    expect(errors.filter((e) => !/favicon/.test(e))).toEqual([]);
  });
});

describe('contact buyer (Chinese UI, buyer prefers Spanish)', () => {
  it('explains in Chinese and flags a message in the wrong language', async () => {
    const page = await s.newPage();
    await page.goto(fixturePage('contact-buyer-zh').url);
    await page.waitForSelector(HOST, { timeout: 15_000 });
    await click(page, FIELD);
    await page.keyboard.type('Hello Lucía, your kettle for order 204-1234567-7654321 will be replaced free of charge, just leave us a 5-star review.');
    const st = await settled(page);
    expect(st['data-rules']).toContain('wrong-language');
    expect(st['data-rules']).toContain('positive-review-request');
    expect(await page.$eval(`${HOST} >>> .rg-count-error`, (e) => e.textContent)).toMatch(/个错误/);
    await shot(page, 'compose-zh-warnings');
    await page.close();
  });
});

describe('messaging inbox reply', () => {
  it('warns in a reply box inside nested shadow roots after a thread is opened', async () => {
    const page = await s.newPage();
    await page.goto(fixturePage('inbox-us').url);
    await click(page, 'mx-thread-list >>> [data-thread-id]');
    await click(page, FIELD, 10_000);
    await page.keyboard.type('Sorry! Text me at +1 415 555 0134 or email help@northvale.shop');
    const st = await settled(page);
    expect(st['data-rules']).toContain('email-address');
    expect(st['data-rules']).toContain('phone-number');
    expect(st['data-rules']).not.toContain('outside-window');
    await shot(page, 'inbox-warnings');
    await page.close();
  });
});

describe('the network', () => {
  it('no request left the fixtures', () => {
    expect(s.network.outsideRequests).toEqual([]);
  });
});
