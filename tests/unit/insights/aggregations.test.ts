import { describe, expect, it } from 'vitest';
import {
  applyFilter,
  byAsin,
  causeTotals,
  filterOptions,
  headline,
  removableShare,
  risks,
  upcomingDeadlines,
  weeklyByRootCause,
} from '../../../lib/insights/index.ts';
import { NOW, rec } from './build.ts';
import { sampleChecklists, sampleHistory } from './samples.ts';

const DE = 'sellercentral.amazon.de';

// 2026-02-16 and 2026-02-23 are Mondays.
const records = [
  rec({ id: 'R1', date: '2026-02-16', rating: 1, causes: ['quality', 'logistics'], asin: 'A1', risks: ['safety-risk'] }),
  rec({ id: 'R2', date: '2026-02-18', rating: 2, causes: ['logistics'], asin: 'A1', grounds: ['seller-feedback'] }),
  rec({ id: 'R3', date: '2026-02-22', rating: 3, causes: [], asin: 'A2' }), // Sunday: still the week of 02-16
  rec({ id: 'R4', date: '2026-02-23', rating: 1, causes: ['quality'], asin: 'A2', host: DE, grounds: ['profanity', 'personal-info'] }),
  rec({ id: 'R5', date: '2026-02-24', rating: 5, causes: [], asin: 'A1' }), // positive: never counted as negative
  rec({ id: 'R6', date: '2026-02-25', rating: 2, now: 4, causes: ['quality'], asin: 'A3' }), // raised to 4: not negative now
  rec({ id: 'F1', kind: 'feedback', date: '2026-02-10', rating: 1, causes: ['service'], risks: ['authenticity-risk'] }),
  rec({ id: 'R7', date: '2025-06-01', rating: 1, causes: ['usage'], asin: 'A3', grounds: ['spam'] }), // long expired
];

describe('applyFilter / filterOptions', () => {
  it('filters by inclusive review-date range, host and ASIN', () => {
    expect(applyFilter(records, { from: '2026-02-18', to: '2026-02-23' }).map((r) => r.id)).toEqual(['R2', 'R3', 'R4']);
    expect(applyFilter(records, { host: DE }).map((r) => r.id)).toEqual(['R4']);
    expect(applyFilter(records, { asin: 'A1' }).map((r) => r.id)).toEqual(['R1', 'R2', 'R5']);
    expect(applyFilter(records, { asin: 'A1', to: '2026-02-16' }).map((r) => r.id)).toEqual(['R1']);
    expect(applyFilter(records, {})).toHaveLength(records.length);
  });
  it('lists hosts and ASINs, sorted', () => {
    expect(filterOptions(records)).toEqual({ hosts: ['sellercentral.amazon.com', DE], asins: ['A1', 'A2', 'A3'] });
  });
});

describe('weeklyByRootCause', () => {
  it('counts negative reviews (latest rating ≤ 3) per Monday week under their primary cause', () => {
    const w = weeklyByRootCause(records, { from: '2026-02-09' });
    expect(w.weeks).toEqual(['2026-02-09', '2026-02-16', '2026-02-23']);
    expect(w.series.service).toEqual([1, 0, 0]);
    expect(w.series.quality).toEqual([0, 1, 1]);
    expect(w.series.logistics).toEqual([0, 1, 0]);
    expect(w.series.none).toEqual([0, 1, 0]);
    expect(w.totals).toEqual([1, 3, 1]);
    expect(w.count).toBe(5);
    // Stacks add up to the totals.
    for (let i = 0; i < w.weeks.length; i++) {
      expect(Object.values(w.series).reduce((s, arr) => s + arr[i]!, 0)).toBe(w.totals[i]);
    }
  });
  it('fills empty weeks between the first and last review and follows the filters', () => {
    const w = weeklyByRootCause(records, { asin: 'A3' });
    expect(w.count).toBe(1); // R6 is 4 stars now
    expect(w.weeks).toEqual(['2025-05-26']);
    const all = weeklyByRootCause(records);
    expect(all.weeks[0]).toBe('2025-05-26');
    expect(all.weeks.at(-1)).toBe('2026-02-23');
    expect(all.totals.filter((n) => n > 0)).toHaveLength(4);
    expect(all.count).toBe(6);
  });
  it('is empty without negative reviews', () => {
    expect(weeklyByRootCause(records, { asin: 'nope' })).toMatchObject({ weeks: [], totals: [], count: 0 });
  });
  it('keeps the cause totals in step', () => {
    expect(causeTotals(records, { from: '2026-02-01' })).toEqual([
      { cause: 'quality', count: 2 },
      { cause: 'logistics', count: 1 },
      { cause: 'service', count: 1 },
      { cause: 'none', count: 1 },
    ]);
  });
});

describe('byAsin', () => {
  it('ranks ASINs by negative reviews and counts those without an ASIN apart', () => {
    const r = byAsin(records);
    expect(r.rows).toEqual([
      { asin: 'A1', negative: 2, total: 3 },
      { asin: 'A2', negative: 2, total: 2 },
      { asin: 'A3', negative: 1, total: 2 },
    ]);
    expect(r.withoutAsin).toBe(1);
    expect(byAsin(records, {}, 1).rows.map((x) => x.asin)).toEqual(['A1']);
    expect(byAsin(records, { host: DE }).rows).toEqual([{ asin: 'A2', negative: 1, total: 1 }]);
  });
  it('keeps the top 10', () => {
    const many = Array.from({ length: 14 }, (_, i) => rec({ id: `X${i}`, date: '2026-02-20', rating: 1, asin: `B${String(i).padStart(2, '0')}` }));
    expect(byAsin(many).rows).toHaveLength(10);
    expect(byAsin(many).asinCount).toBe(14);
  });
});

describe('removableShare', () => {
  it('is the share of negative reviews with a removal ground, with the grounds found', () => {
    const s = removableShare(records);
    expect(s.negative).toBe(6);
    expect(s.removable).toBe(3);
    expect(s.share).toBe(0.5);
    expect(s.grounds).toEqual([
      { id: 'personal-info', count: 1 },
      { id: 'profanity', count: 1 },
      { id: 'seller-feedback', count: 1 },
      { id: 'spam', count: 1 },
    ]);
    expect(removableShare(records, { asin: 'none' })).toMatchObject({ negative: 0, removable: 0, share: 0 });
  });
});

describe('risks', () => {
  it('counts each risk and lists the reviews, newest first, with the quote', () => {
    const r = risks(records);
    expect(r.counts).toEqual({ 'authenticity-risk': 1, 'safety-risk': 1 });
    expect(r.items.map((i) => i.id)).toEqual(['R1', 'F1']);
    expect(r.items[0]).toMatchObject({ asin: 'A1', rating: 1, risks: ['safety-risk'], quote: 'quote for safety-risk' });
    expect(risks(records, { asin: 'A2' }).items).toEqual([]);
  });
});

describe('upcomingDeadlines', () => {
  it('lists open deadlines soonest first and hides expired ones', () => {
    const rows = upcomingDeadlines(records, NOW);
    expect(rows.every((d) => d.daysLeft >= 0)).toBe(true);
    expect(rows.some((d) => d.reviewId === 'R7')).toBe(false); // expired long ago
    expect(rows.some((d) => d.reviewId === 'R5' || d.reviewId === 'R6')).toBe(false); // not negative, not removable
    const days = rows.map((d) => d.daysLeft);
    expect(days).toEqual([...days].sort((a, b) => a - b));
    // Feedback of 02-10: proactive messaging (30 days) → 2026-03-12, 11 days left; first.
    expect(rows[0]).toMatchObject({ reviewId: 'F1', deadlineId: 'proactive-messaging', lastDay: '2026-03-12', daysLeft: 11, step: 'contact' });
    // Removable review R2 has both a report and a contact deadline.
    expect(rows.filter((d) => d.reviewId === 'R2').map((d) => d.step).sort()).toEqual(['contact', 'report']);
  });
  it('leaves out deadlines whose checklist step is done, and follows the filter', () => {
    const done = [{ reviewId: 'F1', steps: { contact: { done: true, note: '', updatedAt: NOW.toISOString() } }, updatedAt: NOW.toISOString() }];
    expect(upcomingDeadlines(records, NOW, {}, done).some((d) => d.reviewId === 'F1' && d.step === 'contact')).toBe(false);
    expect(upcomingDeadlines(records, NOW, { asin: 'A2' }).map((d) => d.reviewId)).toEqual(['R3', 'R4', 'R4']);
  });
  it('moves with now: a deadline expires', () => {
    const later = new Date('2026-03-13T00:00:00Z');
    expect(upcomingDeadlines(records, later).some((d) => d.reviewId === 'F1' && d.deadlineId === 'proactive-messaging')).toBe(false);
  });
});

describe('headline', () => {
  it('sums up the filtered history', () => {
    expect(headline(records, NOW)).toEqual({
      reviews: 8,
      negative: 6,
      removable: 3,
      withRisk: 2,
      openDeadlines: upcomingDeadlines(records, NOW).length,
      dueThisWeek: 0,
    });
  });
  it('agrees with itself on the realistic sample history', () => {
    const now = new Date('2026-06-15T10:00:00Z');
    const h = sampleHistory(now);
    const head = headline(h, now, {}, sampleChecklists(now));
    expect(head.reviews).toBe(h.length);
    expect(head.negative).toBe(removableShare(h).negative);
    expect(head.negative).toBe(weeklyByRootCause(h).count);
    expect(head.withRisk).toBe(risks(h).items.length);
    expect(head.withRisk).toBeGreaterThanOrEqual(3);
    expect(head.removable).toBeGreaterThanOrEqual(4);
  });
});
