// The delivery-dispute detector and the checklist's dispute step. Sentences
// here are written for these tests.
import { describe, expect, it } from 'vitest';
import { buildChecklist, detectDispute, type DisputeKind } from '../../../lib/checklist/index.ts';
import { NOW, daysAgo, makeRecord, ORDER_ID } from './samples.ts';

const positives: Array<[DisputeKind, string]> = [
  ['not-received', 'The parcel never arrived and nobody answers.'],
  ['not-received', 'I have not received my order after a month.'],
  ['not-received', "Tracking says delivered but I don't have it, nothing at the door."],
  ['not-received', 'Package lost in the mail, very disappointed.'],
  ['not-received', 'Paket ist nie angekommen.'],
  ['not-received', "Je n'ai jamais reçu le colis."],
  ['not-received', 'El pedido nunca llegó.'],
  ['not-received', 'Il pacco non è mai arrivato.'],
  ['not-received', '商品が届いていないです。'],
  ['not-received', '等了一个月一直没到。'],
  ['late', 'Still waiting for my package, ordered ages ago.'],
  ['late', "Three weeks on and it hasn't arrived yet."],
  ['late', 'I have not received the magazine yet.'],
  ['late', 'The shipment is still delayed, says the tracking.'],
  ['late', 'Warte immer noch auf mein Paket.'],
  ['late', 'Toujours pas reçu après deux semaines.'],
  ['late', 'まだ届いていません。'],
  ['not-received', 'The courier says so but the order did not reach me.'],
  ['customs', 'My parcel is held at customs and they want fees.'],
  ['customs', 'I had to pay import duty on top of the price!'],
  ['customs', 'Paket hängt beim Zoll fest.'],
  ['customs', '包裹被海关扣了。'],
  ['post-office', 'I had to pick it up at the post office 20 km away.'],
  ['post-office', 'It is sitting at my local post office and I was never told.'],
  ['post-office', 'Musste es in der Postfiliale abholen.'],
];

const negatives = [
  // Arrived, just late: no dispute (nothing to re-ship or refund for the delay).
  'Delivery was late by two weeks.',
  'It took three weeks to arrive, then the strap broke.',
  'Lieferung stark verspätet.',
  'Colis livré en retard.',
  'The twist comes fairly late in the story.',
  'Arrived on time but the handle broke on day one.',
  'It never worked properly.',
  'I did not get it to work with my phone.',
  'Never received a reply from the seller about the manual.',
  'The charger did not come with it.',
  'Great fit, fast delivery, but the colour fades.',
  'The screen is 7 Zoll, smaller than I thought.',
  'Returned it at the post office for a refund.',
  'I customised the settings and it still overheats.',
  '高い棚の上に手が届かないので不便です。',
  'Late night use is fine but it is noisy.',
];

describe('detectDispute', () => {
  for (const [kind, text] of positives) {
    it(`${kind}: "${text}"`, () => {
      const m = detectDispute({ body: text });
      expect(m?.kind).toBe(kind);
      expect(m!.quote.length).toBeGreaterThan(0);
      expect(text.replace(/\s+/g, ' ')).toContain(m!.quote.replace(/…$/, ''));
    });
  }
  for (const text of negatives) {
    it(`not a dispute: "${text}"`, () => {
      expect(detectDispute({ body: text })).toBeNull();
    });
  }

  it('quotes the sentence that says it, from the title when that is where it is', () => {
    const m = detectDispute({ title: 'Never arrived', body: 'Ordered for a birthday. Very sad.' });
    expect(m).toEqual({ kind: 'not-received', field: 'title', quote: 'Never arrived' });
    const b = detectDispute({ body: 'Nice box. But the parcel never arrived at my door! I want my money.' });
    expect(b?.quote).toBe('But the parcel never arrived at my door!');
  });
});

describe('dispute step', () => {
  const late = makeRecord({ id: 'FD1', kind: 'feedback', rating: 1, body: 'Order never arrived, still nothing after three weeks.', date: daysAgo(3), orderId: ORDER_ID, host: 'sellercentral.amazon.de', marketplace: 'amazon.de' });
  const customs = makeRecord({ id: 'RD2', rating: 2, body: 'Held at customs for ten days and I had to pay import fees.', date: daysAgo(5), asin: 'B0DISPUTE1' });
  const quality = makeRecord({ id: 'RD3', rating: 2, body: 'The zipper broke after a week.', date: daysAgo(5) });
  const happy = makeRecord({ id: 'RD4', rating: 4, body: 'Still waiting for the second parcel, the first one works great.', date: daysAgo(5) });

  it('applies to a feedback about a parcel that never arrived, with a template in the buyer language', () => {
    for (const lang of ['en', 'zh'] as const) {
      const s = buildChecklist(late, { now: NOW, lang }).steps.find((x) => x.id === 'dispute')!;
      expect(s.applicable).toBe(true);
      expect(s.dispute?.kind).toBe('not-received');
      expect(s.templates?.map((t) => t.id)).toEqual(['dispute.not-received.de']);
      expect(s.templates![0]!.gloss).toBeTruthy();
      expect(s.actions.join(' ')).toMatch(lang === 'en' ? /A-to-z/ : /A-to-z/);
      expect(s.actions.join(' ')).not.toMatch(/import duty|进口关税/);
    }
  });

  it('offers to share the import duty only for customs', () => {
    const s = buildChecklist(customs, { now: NOW, lang: 'en' }).steps.find((x) => x.id === 'dispute')!;
    expect(s.dispute?.kind).toBe('customs');
    expect(s.actions.some((a) => /cover part of the import duty/.test(a))).toBe(true);
    expect(s.templates![0]!.body).toMatch(/cover part of it/);
  });

  it('does not apply to a quality complaint or a 4-star review', () => {
    for (const r of [quality, happy]) {
      const s = buildChecklist(r, { now: NOW, lang: 'en' }).steps.find((x) => x.id === 'dispute')!;
      expect(s.applicable).toBe(false);
      expect(s.skipReason).toMatch(/Not a delivery dispute/);
      expect(s.templates).toBeUndefined();
    }
  });

  it('sits right after the contact step', () => {
    const ids = buildChecklist(late, { now: NOW, lang: 'en' }).steps.map((s) => s.id);
    expect(ids.indexOf('dispute')).toBe(ids.indexOf('contact') + 1);
  });
});
