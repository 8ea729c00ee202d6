// ReviewRecord fixtures for the checklist tests. The four main samples are
// classified by the real classifier (lib/reviews); the edge cases pass a
// hand-made partial classification (merged over the real deadlines) so each
// test states exactly the situation it needs.
import { classifyReview, deadlinesFor } from '../../../lib/reviews/index.ts';
import type { Classification, Deadline, Ground, ReviewItem } from '../../../lib/reviews/types.ts';
import type { ReviewRecord } from '../../../lib/store/types.ts';

export const NOW = new Date('2026-03-01T12:00:00Z');
export const ORDER_ID = '111-1234567-1234567';

const DAY = 86_400_000;

/** ISO date `n` days before NOW. */
export function daysAgo(n: number): string {
  return new Date(NOW.getTime() - n * DAY).toISOString().slice(0, 10);
}

/** A deadline by hand (for records built without the classifier's rules). */
export function deadline(id: string, from: string, windowDays: number, now = NOW): Deadline {
  const start = Date.parse(`${from}T00:00:00Z`);
  const last = start + windowDays * DAY;
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  const daysLeft = Math.round((last - today) / DAY);
  return {
    id,
    windowDays,
    lastDay: new Date(last).toISOString().slice(0, 10),
    daysLeft,
    expired: daysLeft < 0,
    source: `test source for ${id}`,
    lastChecked: '2026-01-15',
  };
}

/** Evidence for `quote` inside `text`. */
export function span(text: string, quote: string, field: Ground['field'] = 'body') {
  const start = text.indexOf(quote);
  if (start < 0) throw new Error(`quote not in text: ${quote}`);
  return { field, start, end: start + quote.length, quote };
}

interface Make {
  id: string;
  kind?: ReviewItem['kind'];
  rating: number;
  title?: string;
  body: string;
  date: string;
  asin?: string;
  orderId?: string;
  host?: string;
  marketplace?: string;
  fulfilledBy?: ReviewItem['fulfilledBy'];
  /** Omitted: run the real classifier. */
  classification?: Partial<Classification>;
}

export function makeRecord(m: Make): ReviewRecord {
  const kind = m.kind ?? 'review';
  const item: ReviewItem & { id: string } = { id: m.id, kind, rating: m.rating, body: m.body, date: m.date };
  if (m.title !== undefined) item.title = m.title;
  if (m.asin) item.asin = m.asin;
  if (m.fulfilledBy) item.fulfilledBy = m.fulfilledBy;
  const classification: Classification = m.classification
    ? {
        removable: false,
        grounds: [],
        reason: { en: 'Not removable: no removal ground applies.', zh: '不可移除：不符合任何移除条件。' },
        rootCauses: [],
        risks: [],
        riskEvidence: [],
        deadlines: deadlinesFor(item, NOW),
        ...m.classification,
      }
    : classifyReview(item, NOW);
  const r: ReviewRecord = {
    id: m.id,
    kind,
    item,
    classification,
    marketplace: m.marketplace ?? 'US',
    host: m.host ?? 'sellercentral.amazon.com',
    firstSeen: `${m.date}T10:00:00Z`,
    lastSeen: NOW.toISOString(),
    ratings: [{ rating: m.rating, at: `${m.date}T10:00:00Z` }],
  };
  if (m.asin) r.asin = m.asin;
  if (m.orderId) r.orderId = m.orderId;
  return r;
}

// 1. A removable review: obscene language.
export const profanity = makeRecord({
  id: 'R1PROFANITY',
  rating: 1,
  title: 'Garbage',
  body: 'This lamp is a piece of shit. It flickered from day one and then died.',
  date: daysAgo(10),
  asin: 'B0LAMP0001',
  orderId: ORDER_ID,
});

// 2. A harsh review that breaks no rule: not removable.
export const harsh = makeRecord({
  id: 'R2HARSHQUALITY',
  rating: 1,
  title: 'Stopped working',
  body: 'Worst purchase ever. It stopped working after two days. Total waste of money, do not buy.',
  date: daysAgo(5),
  asin: 'B0LAMP0001',
});

// 3. Authenticity risk (not removable), German marketplace.
export const authenticity = makeRecord({
  id: 'R3FAKE',
  rating: 2,
  title: 'Counterfeit',
  body: 'This is a fake. The logo is blurry and the box looks nothing like the real one. Not genuine at all.',
  date: daysAgo(20),
  asin: 'B0WATCH002',
  orderId: '114-7654321-7654321',
  host: 'sellercentral.amazon.de',
  marketplace: 'DE',
});

// 4. Seller feedback (merchant fulfilled): not removable.
export const feedback = makeRecord({
  id: '112-5555555-5555555',
  kind: 'feedback',
  rating: 1,
  body: 'Item arrived broken and the seller never answered my messages.',
  date: daysAgo(12),
  orderId: '112-5555555-5555555',
  fulfilledBy: 'merchant',
});

/** Two more negative quality reviews of the harsh review's ASIN (pile-up history). */
export const pileUpHistory: ReviewRecord[] = [
  makeRecord({ id: 'R4MORE1', rating: 2, body: 'Broke after a week.', date: daysAgo(12), asin: 'B0LAMP0001', classification: { rootCauses: ['quality'] } }),
  makeRecord({ id: 'R4MORE2', rating: 1, body: 'Does not turn on.', date: daysAgo(25), asin: 'B0LAMP0001', classification: { rootCauses: ['quality'] } }),
  // Outside the 30-day window, other ASIN, and a positive one: none count.
  makeRecord({ id: 'R4OLD', rating: 1, body: 'Dead on arrival.', date: daysAgo(45), asin: 'B0LAMP0001', classification: { rootCauses: ['quality'] } }),
  makeRecord({ id: 'R4OTHER', rating: 1, body: 'Meh.', date: daysAgo(3), asin: 'B0OTHER999', classification: { rootCauses: ['preference'] } }),
  makeRecord({ id: 'R4HAPPY', rating: 5, body: 'Great lamp.', date: daysAgo(2), asin: 'B0LAMP0001', classification: {} }),
];

export const ALL_SAMPLES = [profanity, harsh, authenticity, feedback];
