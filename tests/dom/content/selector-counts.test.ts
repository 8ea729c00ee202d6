// Every selector in SEL, counted on every fixture page (refined-github's shape:
// each selector is checked against saved pages). A selector that matches
// nothing anywhere is unused or broken; a changed count means the page or the
// selector moved. Counts search through open shadow roots, as the code does.
import { beforeEach, describe, expect, it } from 'vitest';
import { mountReviewsApp } from '../../fixtures/assets/reviews-app.js';
import { mountFeedbackApp } from '../../fixtures/assets/feedback-app.js';
import { mountContactBuyerApp } from '../../fixtures/assets/contact-buyer-app.js';
import { mountChangedMarkupApp } from '../../fixtures/assets/changed-markup-app.js';
import { mountRequestReviewApp } from '../../fixtures/assets/request-review-app.js';
import { mountOrderApp } from '../../fixtures/assets/order-app.js';
import { mountInboxApp } from '../../fixtures/assets/inbox-app.js';
import { mountInboxConversationApp, mountInboxV2App } from '../../fixtures/assets/inbox-light-app.js';
import * as reviewsUs from '../../fixtures/assets/reviews-data-us.js';
import * as reviewsDe from '../../fixtures/assets/reviews-data-de.js';
import * as reviewsZh from '../../fixtures/assets/reviews-data-zh.js';
import * as fbUs from '../../fixtures/assets/feedback-data-us.js';
import * as fbZh from '../../fixtures/assets/feedback-data-zh.js';
import * as fbRater from '../../fixtures/assets/feedback-data-rater-email.js';
import * as fbDe from '../../fixtures/assets/feedback-data-de.js';
import * as fbJa from '../../fixtures/assets/feedback-data-ja.js';
import * as cbUs from '../../fixtures/assets/contact-buyer-data-us.js';
import * as cbZh from '../../fixtures/assets/contact-buyer-data-zh.js';
import * as cbJa from '../../fixtures/assets/contact-buyer-data-ja.js';
import * as cbLegacy from '../../fixtures/assets/contact-buyer-data-legacy.js';
import * as orderUs from '../../fixtures/assets/order-data-us.js';
import * as orderZh from '../../fixtures/assets/order-data-zh.js';
import * as inboxUs from '../../fixtures/assets/inbox-data-us.js';
import * as inboxEu from '../../fixtures/assets/inbox-data-eu.js';
import { SEL } from '../../../entrypoints/seller.content/page/selectors.ts';
import { deepQueryAll } from '../../../entrypoints/seller.content/page/shadow.ts';

type Mount = () => unknown;
const FIXTURES: Record<string, Mount> = {
  'reviews-us': () => mountReviewsApp(document, { ...reviewsUs, pageSize: 8 }),
  'reviews-de': () => mountReviewsApp(document, { ...reviewsDe, pageSize: 8 }),
  'reviews-zh': () => mountReviewsApp(document, { ...reviewsZh, pageSize: 5 }),
  'feedback-us': () => mountFeedbackApp(document, { ...fbUs, useHash: false, pageSize: 10 }),
  'feedback-zh': () => mountFeedbackApp(document, { ...fbZh, useHash: false, pageSize: 10 }),
  'feedback-rater-email': () => mountFeedbackApp(document, { ...fbRater, useHash: false, pageSize: 10 }),
  'feedback-de': () => mountFeedbackApp(document, { ...fbDe, useHash: false, pageSize: 10 }),
  'feedback-ja': () => mountFeedbackApp(document, { ...fbJa, useHash: false, pageSize: 10 }),
  'contact-buyer-us': () => mountContactBuyerApp(document, cbUs.config),
  'contact-buyer-zh': () => mountContactBuyerApp(document, cbZh.config),
  'contact-buyer-ja': () => mountContactBuyerApp(document, cbJa.config),
  'contact-buyer-legacy': () => mountContactBuyerApp(document, cbLegacy.config),
  'request-review-us': () => mountRequestReviewApp(document, { orderId: orderUs.order.orderId }),
  'order-inplace-zh': () => mountOrderApp(document, { order: orderZh.order, labels: orderZh.labels, reviewLabels: orderZh.reviewLabels, reviewWidget: 'loaded' }),
  // States after the seller acted: Amazon's confirm modal, its success alert, the widget's answers.
  'contact-buyer-zh (sent)': async () => {
    mountContactBuyerApp(document, cbZh.config);
    const ta = deepQueryAll<HTMLTextAreaElement>(document, 'textarea')[0]!;
    ta.value = '您好';
    ta.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    deepQueryAll<HTMLButtonElement>(document.querySelector(SEL.compose.send)!, 'button')[0]!.click();
    await new Promise((r) => setTimeout(r, 0));
    // Amazon's confirm modal: its own Send.
    const modalSend = [...document.querySelectorAll('kat-modal kat-button')].find((b) => b.getAttribute('label') === '发送')!;
    deepQueryAll<HTMLButtonElement>(modalSend, 'button')[0]!.click();
    await new Promise((r) => setTimeout(r, 50));
  },
  'request-review-us (asked once)': async () => {
    localStorage.clear();
    mountRequestReviewApp(document, { orderId: orderUs.order.orderId });
    document.querySelector<HTMLElement>(`${SEL.requestReview.buttons} kat-button[label="Yes"]`)!.click();
    await new Promise((r) => setTimeout(r, 600));
  },
  'request-review-us (asked twice)': async () => {
    localStorage.clear();
    mountRequestReviewApp(document, { orderId: orderUs.order.orderId });
    const yes = () => document.querySelector<HTMLElement>(`${SEL.requestReview.buttons} kat-button[label="Yes"]`)!;
    yes().click();
    await new Promise((r) => setTimeout(r, 600));
    yes().click();
    await new Promise((r) => setTimeout(r, 600));
  },
  'inbox-us': () => mountInboxApp(document, { threads: inboxUs.threads }),
  'inbox-frame-conversation': () => mountInboxConversationApp(document, { threads: inboxEu.threads }),
  'inbox-v2': () => mountInboxV2App(document, { threads: inboxEu.threads }),
  'changed-markup': () => mountChangedMarkupApp(document, { ...reviewsUs, reviews: reviewsUs.reviews.slice(0, 6) }),
};

/** Every CSS selector string in SEL, by its dotted name. */
function selectors(): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (o: Record<string, unknown>, prefix: string) => {
    for (const [k, v] of Object.entries(o)) {
      const name = prefix ? `${prefix}.${k}` : k;
      if (typeof v === 'string') out[name] = v;
      else if (v && typeof v === 'object' && !(v instanceof RegExp) && !Array.isArray(v)) walk(v as Record<string, unknown>, name);
    }
  };
  walk(SEL as unknown as Record<string, unknown>, '');
  return out;
}

async function counts(mount: Mount): Promise<Record<string, number>> {
  document.documentElement.removeAttribute('data-katal');
  document.body.replaceChildren();
  if (mount === FIXTURES['contact-buyer-legacy']) document.documentElement.setAttribute('data-katal', 'light');
  await mount();
  await new Promise((r) => setTimeout(r, 0));
  const out: Record<string, number> = {};
  for (const [name, sel] of Object.entries(selectors())) {
    const n = deepQueryAll(document, sel).length;
    if (n) out[name] = n;
  }
  return out;
}

/** Expected non-zero counts per fixture (a selector missing from a row matches nothing there). */
const EXPECTED: Record<string, Record<string, number>> = {
  "reviews-us": {"reviews.card":8,"reviews.rating":8,"reviews.asinDetail":8,"feedback.rating":16,"feedback.orderLink":16,"requestReview.button":23,"sendControl":23},
  "reviews-de": {"reviews.card":8,"reviews.rating":8,"reviews.asinDetail":8,"feedback.rating":16,"feedback.orderLink":16,"requestReview.button":22,"sendControl":22},
  "reviews-zh": {"reviews.card":5,"reviews.rating":5,"reviews.asinDetail":5,"feedback.rating":10,"feedback.orderLink":10,"requestReview.button":16,"sendControl":16},
  "feedback-us": {"feedback.row":11,"feedback.cell":55,"feedback.headerRow":1,"feedback.table":1,"feedback.rating":11,"feedback.orderLink":10,"feedback.actions":10,"requestReview.button":14,"sendControl":14},
  "feedback-zh": {"feedback.row":11,"feedback.cell":55,"feedback.headerRow":1,"feedback.table":1,"feedback.rating":11,"feedback.orderLink":10,"feedback.actions":10,"feedback.requestRemoval":4,"feedback.menuItem":14,"requestReview.button":28,"sendControl":28},
  "feedback-rater-email": {"feedback.row":11,"feedback.cell":77,"feedback.headerRow":1,"feedback.table":1,"feedback.rating":11,"feedback.orderLink":10,"feedback.actions":10,"requestReview.button":14,"sendControl":14},
  "feedback-de": {"feedback.row":10,"feedback.cell":60,"feedback.headerRow":1,"feedback.table":1,"feedback.rating":10,"feedback.orderLink":9,"feedback.actions":9,"requestReview.button":13,"sendControl":13},
  "feedback-ja": {"feedback.row":10,"feedback.cell":60,"feedback.headerRow":1,"feedback.table":1,"feedback.rating":10,"feedback.orderLink":9,"feedback.actions":9,"requestReview.button":13,"sendControl":13},
  "contact-buyer-us": {"feedback.orderLink":2,"compose.send":1,"compose.languageLabel":1,"compose.reasonRadio":8,"compose.fileInput":1,"requestReview.button":2,"sendControl":2},
  "contact-buyer-zh": {"feedback.orderLink":2,"compose.send":1,"compose.languageLabel":1,"compose.reasonRadio":8,"compose.fileInput":1,"requestReview.button":2,"sendControl":2},
  "contact-buyer-ja": {"feedback.orderLink":2,"compose.send":1,"compose.languageLabel":1,"compose.reasonRadio":8,"compose.fileInput":1,"requestReview.button":2,"sendControl":2},
  "contact-buyer-legacy": {"feedback.orderLink":2,"compose.send":1,"compose.languageLabel":1,"compose.reasonRadio":8,"compose.fileInput":1,"requestReview.button":2,"sendControl":2},
  "request-review-us": {"feedback.orderLink":1,"requestReview.widget":1,"requestReview.buttons":1,"requestReview.button":4,"sendControl":4},
  "order-inplace-zh": {"feedback.orderLink":2,"requestReview.widget":1,"requestReview.buttons":1,"requestReview.button":4,"sendControl":4},
  "contact-buyer-zh (sent)": {"feedback.orderLink":2,"compose.send":1,"compose.languageLabel":1,"compose.reasonRadio":8,"compose.fileInput":1,"compose.success":1,"compose.modal":2,"requestReview.button":7,"requestReview.success":1,"sendControl":7},
  "request-review-us (asked once)": {"feedback.orderLink":1,"compose.success":1,"requestReview.widget":1,"requestReview.buttons":1,"requestReview.button":4,"requestReview.success":1,"sendControl":4},
  "request-review-us (asked twice)": {"feedback.orderLink":1,"requestReview.widget":1,"requestReview.buttons":1,"requestReview.button":4,"requestReview.error":1,"sendControl":4},
  "inbox-us": {},
  "inbox-frame-conversation": {},
  "inbox-v2": {"requestReview.button":1,"sendControl":1},
  "changed-markup": {"requestReview.button":6,"sendControl":6},
};

beforeEach(() => {
  document.body.replaceChildren();
});

describe('selector counts per fixture page', () => {
  const seen = new Set<string>();
  for (const [name, mount] of Object.entries(FIXTURES)) {
    it(name, async () => {
      const got = await counts(mount);
      for (const k of Object.keys(got)) seen.add(k);
      if (process.env.RG_PRINT_COUNTS) console.log(`COUNTS ${JSON.stringify(name)}: ${JSON.stringify(got)},`);
      expect(got).toEqual(EXPECTED[name]);
    });
  }
  it('every selector matches on at least one fixture page', () => {
    expect(Object.keys(selectors()).filter((k) => !seen.has(k))).toEqual([]);
  });
});
