// The compose controller on the fixture compose page, with a fake background:
// field discovery (light DOM, shadow DOM, late-added), state hooks, the Send
// guard and draft offers. The real linter is exercised end to end in Chromium.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { mountContactBuyerApp } from '../../fixtures/assets/contact-buyer-app.js';
import * as cbUs from '../../fixtures/assets/contact-buyer-data-us.js';
import { watchCompose, COMPOSE_TAG } from '../../../entrypoints/seller.content/compose/controller.ts';
import { createClient } from '../../../lib/messaging/full-client.ts';
import { createRouter, type Handlers } from '../../../lib/messaging/router.ts';
import { deepQueryAll } from '../../../entrypoints/seller.content/page/shadow.ts';
import type { Finding } from '../../../lib/policy/types.ts';
import { segments, remapSpans } from '../../../entrypoints/seller.content/overlay/segments.ts';
import { pageLinter, type LintFn } from '../../../entrypoints/seller.content/compose/page-linter.ts';
import { lintMessage } from '../../../lib/policy/index.ts';

function fakeFinding(rule: Finding['rule'], start: number, end: number, severity: Finding['severity'] = 'error'): Finding {
  return { rule, severity, start, end, message: rule, explanation: rule, zh: { message: rule, explanation: rule }, fix: '' };
}

/** A fake background: flags every "@word" as an email, and keeps drafts in memory. */
function fakeBackground() {
  const drafts = new Map<string, { text: string; updatedAt: string }>();
  const handlers = {
    lint: ({ text }: { text: string }) => ({
      findings: [...text.matchAll(/\S+@\S+/g)].map((m) => fakeFinding('email-address', m.index!, m.index! + m[0].length)),
      ms: 0,
    }),
    'draft/save': ({ orderId, text }: { orderId: string; text: string }) => {
      drafts.set(orderId, { text, updatedAt: '2026-11-22T10:00:00.000Z' });
      return { ok: true };
    },
    'draft/get': ({ orderId }: { orderId: string }) => ({ draft: drafts.get(orderId) ?? null }),
    'draft/clear': ({ orderId }: { orderId: string }) => {
      drafts.delete(orderId);
      return { ok: true };
    },
  } as unknown as Handlers;
  const route = createRouter(handlers);
  return { send: createClient((m) => route(m)), drafts };
}

const flush = () => new Promise((r) => setTimeout(r, 20));

let abort: AbortController;
beforeEach(() => {
  document.body.replaceChildren();
  abort = new AbortController();
});
afterEach(() => abort.abort());

function start(send: ReturnType<typeof fakeBackground>['send'], extra: Partial<Parameters<typeof watchCompose>[0]> = {}) {
  return watchCompose({
    ...extra,
    doc: document,
    send,
    signal: abort.signal,
    pageKind: 'contact-buyer',
    lang: () => 'en',
    pageContext: () => ({ orderId: '113-4567890-1234567' }),
    sentConfirmed: () => deepQueryAll(document, 'kat-alert[variant="success"]').length > 0,
    draftDelayMs: 0,
  });
}

/** The Contact buyer fixture with the controller started: its hook element and textarea. */
async function mountWatched(send: ReturnType<typeof fakeBackground>['send'], extra: Partial<Parameters<typeof watchCompose>[0]> = {}) {
  mountContactBuyerApp(document, cbUs.config);
  start(send, extra);
  await flush();
  return { host: document.querySelector(COMPOSE_TAG)!, textarea: deepQueryAll<HTMLTextAreaElement>(document, 'textarea')[0]! };
}

function type(textarea: HTMLTextAreaElement, text: string) {
  textarea.value = text;
  textarea.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
}

describe('field discovery', () => {
  it('watches a textarea inside a Katal shadow root, with one reviewguard-compose after its host', async () => {
    mountContactBuyerApp(document, cbUs.config);
    start(fakeBackground().send);
    await flush();
    const hosts = document.querySelectorAll(COMPOSE_TAG);
    expect(hosts).toHaveLength(1);
    expect(hosts[0]!.previousElementSibling!.tagName.toLowerCase()).toBe('kat-textarea');
    expect(hosts[0]!.shadowRoot).not.toBeNull();
  });

  it('watches a plain light-DOM textarea and a contenteditable', async () => {
    document.body.innerHTML = '<form><textarea id="a"></textarea><div contenteditable="true" id="b"></div><button>Send</button></form>';
    start(fakeBackground().send);
    await flush();
    expect(document.querySelectorAll(COMPOSE_TAG)).toHaveLength(2);
  });

  it('picks up a field added after load', async () => {
    start(fakeBackground().send);
    await flush();
    expect(document.querySelectorAll(COMPOSE_TAG)).toHaveLength(0);
    const later = document.createElement('kat-textarea');
    document.body.append(later);
    await new Promise((r) => setTimeout(r, 1200)); // Katal renders its inner textarea late; the scan catches it
    expect(document.querySelectorAll(COMPOSE_TAG)).toHaveLength(1);
  });

  it('ignores a page with no message field', async () => {
    document.body.innerHTML = '<p>Nothing to write here</p>';
    start(fakeBackground().send);
    await flush();
    expect(document.querySelectorAll(COMPOSE_TAG)).toHaveLength(0);
  });
});

describe('state hooks and Send guard', () => {
  it('reflects counts and rules, holds Send while errors remain, lets it through once fixed', async () => {
    const { host, textarea } = await mountWatched(fakeBackground().send);
    type(textarea, 'Write to me at jo@example.com please');
    await flush();
    expect(host.getAttribute('data-errors')).toBe('1');
    expect(host.getAttribute('data-rules')).toBe('email-address');
    expect(host.getAttribute('data-length')).toBe(String(textarea.value.length));

    const sent = (window as unknown as { __sentMessages: unknown[] }).__sentMessages;
    const before = sent.length;
    const sendButton = deepQueryAll<HTMLButtonElement>(document.querySelector('kat-button.ayb-contact-form-send-button')!, 'button')[0]!;
    sendButton.click();
    await flush();
    expect(host.getAttribute('data-guard')).toBe('open');
    expect(sent.length).toBe(before);

    // "Fix it" closes the guard; after fixing, Send goes through untouched.
    (host.shadowRoot!.querySelector('[data-action="guard-fix"]') as HTMLButtonElement).click();
    expect(host.hasAttribute('data-guard')).toBe(false);
    type(textarea, 'Write to us through Amazon messages please');
    await flush();
    expect(host.getAttribute('data-errors')).toBe('0');
    sendButton.click();
    await flush();
    expect(sent.length).toBe(before + 1);
  });

  it('"Send anyway" sends the held message', async () => {
    mountContactBuyerApp(document, cbUs.config);
    start(fakeBackground().send);
    await flush();
    const host = document.querySelector(COMPOSE_TAG)!;
    const textarea = deepQueryAll<HTMLTextAreaElement>(document, 'textarea')[0]!;
    type(textarea, 'mail me: a@b.co');
    await flush();
    const sent = (window as unknown as { __sentMessages: unknown[] }).__sentMessages;
    const before = sent.length;
    deepQueryAll<HTMLButtonElement>(document.querySelector('kat-button.ayb-contact-form-send-button')!, 'button')[0]!.click();
    await flush();
    (host.shadowRoot!.querySelector('[data-action="guard-send"]') as HTMLButtonElement).click();
    await flush();
    expect(sent.length).toBe(before + 1);
  });
});

describe('lint requests', () => {
  it('sends every change at once and never lets an older answer replace a newer one', async () => {
    mountContactBuyerApp(document, cbUs.config);
    const bg = fakeBackground();
    // The first answer for the e-mail text arrives only after the answer for the fixed text.
    const held: Array<() => void> = [];
    let lints = 0;
    const send = ((type: string, payload: unknown) => {
      if (type !== 'lint') return bg.send(type as never, payload as never);
      lints++;
      const answer = bg.send('lint', payload as never);
      if ((payload as { text: string }).text.includes('@')) return new Promise((res: (v: unknown) => void) => held.push(() => res(answer)));
      return answer;
    }) as typeof bg.send;
    start(send);
    await flush();
    const host = document.querySelector(COMPOSE_TAG)!;
    const textarea = deepQueryAll<HTMLTextAreaElement>(document, 'textarea')[0]!;
    const sentBefore = lints;
    type(textarea, 'Write to me at jo@example.com please');
    type(textarea, 'Write to us through Amazon messages please');
    expect(lints - sentBefore).toBe(2); // the second went out without waiting for the first
    await flush();
    expect(host.getAttribute('data-errors')).toBe('0');
    expect(host.getAttribute('data-length')).toBe(String(textarea.value.length));
    for (const release of held) release();
    await flush();
    expect(host.getAttribute('data-errors')).toBe('0'); // the late, older answer is dropped
    expect(host.getAttribute('data-length')).toBe(String(textarea.value.length));
  });
});

/** A fake background that counts lint requests, and a linter module that loads when released. */
function countedSetup() {
  const bg = fakeBackground();
  const counter = { lints: 0 };
  const send = ((type: string, payload: unknown) => {
    if (type === 'lint') counter.lints++;
    return bg.send(type as never, payload as never);
  }) as typeof bg.send;
  let release!: (f: LintFn) => void;
  const loaded = new Promise<LintFn>((r) => (release = r));
  return { send, counter, loaded, release: (f: LintFn) => release(f) };
}

describe('linting in the page', () => {
  it('once the module and settings are in, a keystroke is checked at once, with no lint request', async () => {
    const { send, counter, loaded, release } = countedSetup();
    const { host, textarea } = await mountWatched(send, { linter: pageLinter(() => loaded, () => ({ rules: {}, customPhrases: [] })) });
    // Module still loading: the background answers.
    type(textarea, 'Write to me at jo@example.com');
    await flush();
    expect(host.getAttribute('data-linter')).toBe('background');
    const viaBackground = counter.lints;
    expect(viaBackground).toBeGreaterThan(0);
    release(lintMessage);
    await flush();
    // Loaded: the real rules run synchronously in the input handler.
    type(textarea, 'Hello, email me at pat@example.com about the order');
    expect(host.getAttribute('data-linter')).toBe('page');
    expect(host.getAttribute('data-length')).toBe(String(textarea.value.length));
    expect(host.getAttribute('data-rules')).toContain('email-address');
    expect(Number(host.getAttribute('data-errors'))).toBeGreaterThan(0);
    expect(counter.lints).toBe(viaBackground);
  });

  it('a module that fails to load or throws leaves the background linting', async () => {
    const broken: LintFn = () => {
      throw new Error('boom');
    };
    const { host, textarea } = await mountWatched(fakeBackground().send, {
      linter: pageLinter(async () => broken, () => ({ rules: {}, customPhrases: [] })),
    });
    type(textarea, 'Write to me at jo@example.com');
    await flush();
    expect(host.getAttribute('data-linter')).toBe('background');
    expect(host.getAttribute('data-errors')).toBe('1');
    expect(host.getAttribute('data-length')).toBe(String(textarea.value.length));
  });
});

describe('linting only in the page (Chromium: the worker has no linter)', () => {
  it('waits for the module instead of asking the background, then checks in the page', async () => {
    const { send, counter, loaded, release } = countedSetup();
    const { host, textarea } = await mountWatched(send, { linter: pageLinter(() => loaded, () => ({ rules: {}, customPhrases: [] }), undefined, true) });
    type(textarea, 'Write to me at jo@example.com');
    await flush();
    expect(host.getAttribute('data-state')).toBe('checking');
    release(lintMessage);
    await flush();
    await flush();
    expect(host.getAttribute('data-linter')).toBe('page');
    expect(host.getAttribute('data-rules')).toContain('email-address');
    expect(counter.lints).toBe(0);
  });

  it('a module that cannot load says the message is not checked, and never holds Send', async () => {
    const { host, textarea } = await mountWatched(fakeBackground().send, {
      linter: pageLinter(async () => null, () => ({ rules: {}, customPhrases: [] }), undefined, true),
    });
    type(textarea, 'Write to me at jo@example.com');
    await flush();
    await flush();
    expect(host.getAttribute('data-state')).toBe('unavailable');
    expect(host.shadowRoot!.textContent).toContain('not being checked');
    const sent = (window as unknown as { __sentMessages: unknown[] }).__sentMessages;
    const before = sent.length;
    deepQueryAll<HTMLButtonElement>(document.querySelector('kat-button.ayb-contact-form-send-button')!, 'button')[0]!.click();
    await flush();
    expect(sent.length).toBe(before + 1);
  });
});

describe('drafts', () => {
  it('saves as typed, offers the draft on an empty field, clears it after Amazon confirms the send', async () => {
    mountContactBuyerApp(document, cbUs.config);
    const bg = fakeBackground();
    start(bg.send);
    await flush();
    const textarea = deepQueryAll<HTMLTextAreaElement>(document, 'textarea')[0]!;
    type(textarea, 'Sorry about the cracked lid, a replacement is on its way.');
    await flush();
    expect(bg.drafts.get('113-4567890-1234567')?.text).toMatch(/replacement/);

    // Come back later: same order, empty field → offered, restored on click.
    abort.abort();
    document.body.replaceChildren();
    mountContactBuyerApp(document, cbUs.config);
    abort = new AbortController();
    start(bg.send);
    await flush();
    const host = document.querySelector(COMPOSE_TAG)!;
    const restore = host.shadowRoot!.querySelector<HTMLButtonElement>('[data-action="restore-draft"]');
    expect(restore).not.toBeNull();
    restore!.click();
    const field = deepQueryAll<HTMLTextAreaElement>(document, 'textarea')[0]!;
    expect(field.value).toMatch(/replacement is on its way/);

    deepQueryAll<HTMLButtonElement>(document.querySelector('kat-button.ayb-contact-form-send-button')!, 'button')[0]!.click();
    await vi.waitFor(() => expect(bg.drafts.has('113-4567890-1234567')).toBe(false), { timeout: 2000 });
  });
});

describe('span mapping', () => {
  it('splits text into plain and marked runs that cover it exactly', () => {
    const text = 'mail a@b.co now 😀!';
    const runs = segments(text, [
      { start: 5, end: 11, severity: 'error', index: 0 },
      { start: 16, end: 18, severity: 'warning', index: 1 },
    ]);
    expect(runs.map((r) => r.text).join('')).toBe(text);
    expect(runs.filter((r) => r.mark).map((r) => r.text)).toEqual(['a@b.co', '😀']);
  });

  it('lets the more severe span win where two overlap', () => {
    const runs = segments('abcdef', [
      { start: 0, end: 4, severity: 'warning', index: 0 },
      { start: 2, end: 6, severity: 'error', index: 1 },
    ]);
    expect(runs.map((r) => [r.text, r.mark?.index])).toEqual([
      ['ab', 0],
      ['cdef', 1],
    ]);
  });

  it('moves spans through an edit, dropping the one that was edited', () => {
    const spans = [
      { start: 0, end: 3 },
      { start: 10, end: 14 },
      { start: 20, end: 25 },
    ];
    const before = 'abc and a x@y. and more text';
    const after = 'XYZ abc and a x@y. and more text';
    expect(remapSpans(spans, before, after)).toEqual([
      { start: 4, end: 7 },
      { start: 14, end: 18 },
      { start: 24, end: 29 },
    ]);
    expect(remapSpans(spans.slice(0, 2), 'abc and a x@y. and', 'abc and a xQ@y. and')).toEqual([{ start: 0, end: 3 }]);
  });
});
