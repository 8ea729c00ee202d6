// Every selector of the content script's page/selectors.ts against the fixture apps (the same
// code the fixture pages run in Chromium), in every UI language we ship.
import { beforeEach, describe, expect, it } from 'vitest';
import { mountReviewsApp } from '../../fixtures/assets/reviews-app.js';
import { mountFeedbackApp } from '../../fixtures/assets/feedback-app.js';
import { mountContactBuyerApp } from '../../fixtures/assets/contact-buyer-app.js';
import { mountChangedMarkupApp } from '../../fixtures/assets/changed-markup-app.js';
import { mountRequestReviewApp } from '../../fixtures/assets/request-review-app.js';
import * as us from '../../fixtures/assets/reviews-data-us.js';
import * as de from '../../fixtures/assets/reviews-data-de.js';
import * as zh from '../../fixtures/assets/reviews-data-zh.js';
import * as fbUs from '../../fixtures/assets/feedback-data-us.js';
import * as fbZh from '../../fixtures/assets/feedback-data-zh.js';
import * as cbUs from '../../fixtures/assets/contact-buyer-data-us.js';
import * as cbZh from '../../fixtures/assets/contact-buyer-data-zh.js';
import { extractReviews } from '../../../entrypoints/seller.content/page/extract-reviews.ts';
import { extractFeedback } from '../../../entrypoints/seller.content/page/extract-feedback.ts';
import { columnOfLabel } from '../../../entrypoints/seller.content/page/feedback-columns.ts';
import * as fbRater from '../../fixtures/assets/feedback-data-rater-email.js';
import * as fbDe from '../../fixtures/assets/feedback-data-de.js';
import * as fbJa from '../../fixtures/assets/feedback-data-ja.js';
import { buyerLanguageFrom, datesFrom, orderIdFromUrl } from '../../../entrypoints/seller.content/page/compose-context.ts';
import { SEL } from '../../../entrypoints/seller.content/page/selectors.ts';
import { deepQueryAll } from '../../../entrypoints/seller.content/page/shadow.ts';
import { findMessageFields } from '../../../entrypoints/seller.content/page/fields.ts';
import { sendControlsFor } from '../../../entrypoints/seller.content/compose/send-controls.ts';

type Review = { id: string; rating: number; date: string; title: string; body: string; vine?: boolean; product: string };

beforeEach(() => {
  document.body.replaceChildren();
});

describe('brand customer reviews', () => {
  for (const [name, data] of [
    ['en', us],
    ['de', de],
    ['zh', zh],
  ] as const) {
    it(`extracts every card of page 1 (${name} UI): id from data-testid, the review's own rating, date, vine`, () => {
      mountReviewsApp(document, { reviews: data.reviews, products: data.products, labels: data.labels, pageSize: 8 });
      const got = extractReviews(document);
      const expected = (data.reviews as Review[]).slice(0, 8);
      expect(got.map((r) => r.id)).toEqual(expected.map((r) => r.id));
      for (const [i, r] of got.entries()) {
        const want = expected[i]!;
        expect(r.rating).toBe(want.rating);
        expect(r.date).toBe(want.date);
        expect(r.body).toBe(want.body);
        expect(r.title).toBe(want.title);
        expect(r.vine).toBe(!!want.vine);
        expect(r.asin).toBe(data.products[want.product]?.asin);
      }
    });
  }

  it('does not take the product average for the review rating', () => {
    mountReviewsApp(document, { reviews: us.reviews, products: us.products, labels: us.labels, pageSize: 8 });
    const card = document.querySelector<HTMLElement>(SEL.reviews.card)!;
    const avg = card.querySelector(`${SEL.reviews.asinDetail} kat-star-rating`)!.getAttribute('value');
    expect(Number(avg)).not.toBe(extractReviews(document)[0]!.rating);
  });

  it('follows SPA pagination: page 2 cards replace page 1', async () => {
    const app = mountReviewsApp(document, { reviews: us.reviews, products: us.products, labels: us.labels, pageSize: 8 });
    await app.goToPage(2);
    expect(extractReviews(document).map((r) => r.id)).toEqual((us.reviews as Review[]).slice(8, 16).map((r) => r.id));
  });

  it('recognises nothing on changed markup', () => {
    mountChangedMarkupApp(document, { reviews: us.reviews, products: us.products, labels: us.labels });
    expect(document.body.textContent!.length).toBeGreaterThan(100);
    expect(extractReviews(document)).toEqual([]);
  });
});

describe('feedback manager', () => {
  type Row = { orderId: string; rating: number; date: string; comment: string; fbaNote?: boolean; removalOffered?: boolean };
  for (const [name, data, dayFirst, menus] of [
    ['en: options attribute', fbUs, false, 'options'],
    ['zh: eager menus', fbZh, true, 'eager'],
    ['en: Rater email and an unknown column, lazy menus', fbRater, false, 'lazy'],
    ['de: comment in the 4th column', fbDe, true, 'lazy'],
    ['ja: an unknown column', fbJa, false, 'options'],
  ] as const) {
    it(`keys rows by order id and reads rating, date, the comment's own cell and the removal offer (${name})`, () => {
      mountFeedbackApp(document, { ...data, useHash: false, pageSize: 10 });
      const got = extractFeedback(document, { dayFirst });
      const expected = (data.rows as Row[]).slice(0, 10);
      expect(got.map((r) => r.orderId)).toEqual(expected.map((r) => r.orderId));
      expect(document.querySelectorAll('kat-table-row#feedback-details').length).toBeGreaterThan(1);
      for (const [i, f] of got.entries()) {
        const want = expected[i]!;
        expect(f.rating).toBe(want.rating);
        expect(f.date).toBe(want.date);
        // Amazon's FBA note stays in the text (the classifier strips it); nothing else does — no e-mail column, no status.
        if (want.fbaNote) expect(f.comment.startsWith(want.comment)).toBe(true);
        else expect(f.comment).toBe(want.comment);
        expect(f.comment).not.toMatch(/@marketplace\.amazon/);
        // Evidence only: the options list, or an item that is there; an unopened lazy menu is "cannot tell".
        const offered = menus === 'options' ? !!want.removalOffered : menus === 'eager' ? (want.removalOffered ? true : undefined) : undefined;
        expect(f.removalOffered).toBe(offered);
      }
    });
  }

  it('maps columns from header labels in seven UI languages', () => {
    const cases: Array<[string, string]> = [
      ['Order ID', 'orderId'], ['Bestellnummer', 'orderId'], ['N° de commande', 'orderId'], ['Nº de pedido', 'orderId'], ['Numero ordine', 'orderId'], ['注文番号', 'orderId'], ['订单编号', 'orderId'],
      ['Rater email', 'email'], ['E-Mail des Bewerters', 'email'], ['メールアドレス', 'email'],
      ['Comments', 'comment'], ['Kommentare', 'comment'], ['Commentaires', 'comment'], ['Comentarios', 'comment'], ['Commenti', 'comment'], ['コメント', 'comment'], ['评论', 'comment'],
      ['Date', 'date'], ['Datum', 'date'], ['日付', 'date'], ['订单日期', 'date'],
      ['Rating', 'rating'], ['Bewertung', 'rating'], ['評価', 'rating'], ['评级', 'rating'],
      ['Actions', 'actions'], ['Aktionen', 'actions'], ['操作', 'actions'],
      ['Response', 'other'], ['対応状況', 'other'],
    ];
    for (const [label, col] of cases) expect([label, columnOfLabel(label)]).toEqual([label, col]);
  });

  it('reads nothing rather than guess when two unlabelled free-text cells could be the comment', () => {
    document.body.innerHTML = `<kat-table><kat-table-body>
      <kat-table-row id="feedback-details"><kat-table-cell>03/02/2026</kat-table-cell>
      <kat-table-cell><kat-star-rating value="1"></kat-star-rating></kat-table-cell>
      <kat-table-cell>It broke.</kat-table-cell><kat-table-cell>Not responded</kat-table-cell>
      <kat-table-cell><kat-link label="111-1234567-1234567"></kat-link></kat-table-cell></kat-table-row>
    </kat-table-body></kat-table>`;
    expect(extractFeedback(document)).toEqual([]);
  });
});

describe('contact buyer', () => {
  it('reads the order id from the URL (orderID and orderId)', () => {
    expect(orderIdFromUrl('https://sellercentral.amazon.com/messaging/contact?orderID=113-4567890-1234567&marketplaceID=X')).toBe('113-4567890-1234567');
    expect(orderIdFromUrl('https://sellercentral.amazon.com/messaging/reviews?orderId=113-4567890-1234567')).toBe('113-4567890-1234567');
    expect(orderIdFromUrl('https://sellercentral.amazon.com/messaging/contact?orderID=junk')).toBeUndefined();
  });

  for (const [name, data, lang] of [
    ['en', cbUs, 'English'],
    ['zh', cbZh, '西班牙语'],
  ] as const) {
    it(`finds the shadow-DOM textarea, its Send button, the buyer's language and dates (${name})`, () => {
      mountContactBuyerApp(document, data.config);
      expect(document.querySelector('#ayb-contact-buyer')).not.toBeNull();
      const fields = findMessageFields(document);
      expect(fields).toHaveLength(1);
      expect(fields[0]!.getRootNode()).toBeInstanceOf(ShadowRoot);
      const sends = sendControlsFor(fields[0]!);
      expect(sends).toHaveLength(1);
      expect(sends[0]!.matches(SEL.compose.send)).toBe(true);
      expect(buyerLanguageFrom(document)).toBe(lang);
      const dates = datesFrom(document);
      expect(dates).toEqual({ orderDate: data.config.order.orderDate, deliveryDate: data.config.order.deliveryDate });
    });
  }
});

describe('request a review', () => {
  it('finds the Yes button and the error text hook', () => {
    mountRequestReviewApp(document, { orderId: '113-4567890-1234567' });
    expect(document.querySelector('#ayb-app #ayb-reviews')).not.toBeNull();
    expect(document.querySelector(SEL.requestReview.buttons)).not.toBeNull();
    expect(deepQueryAll(document, 'kat-button').length).toBeGreaterThan(0);
  });
});
