import { describe, expect, it } from 'vitest';
import { CONTACT_BUYER, DEADLINE_RULES, FEEDBACK_REMOVAL, REVIEW_REPORT, classifyReview, deadlinesFor } from '../../../lib/reviews/index.ts';

describe('deadline constants', () => {
  it('carry a window, a source and the date they were checked', () => {
    for (const r of DEADLINE_RULES) {
      expect(r.windowDays).toBeGreaterThan(0);
      // Shown to sellers: public sources only, never an internal document name.
      expect(r.source).toMatch(/https:\/\/|Seller Central help/);
      expect(`${r.source} ${r.note}`).not.toMatch(/seed|policy\.md|design\.md/i);
      expect(r.lastChecked).toBe('2026-11-22');
    }
  });
  it("feedback removal uses Amazon's 90 days and says older guides said 60", () => {
    expect(FEEDBACK_REMOVAL.windowDays).toBe(90);
    expect(FEEDBACK_REMOVAL.source).toContain('sellercentral.amazon.com');
    expect(FEEDBACK_REMOVAL.note).toMatch(/60/);
  });
  it('contact buyer is 6 months, 1–3 stars, from the Customer Reviews help', () => {
    expect(CONTACT_BUYER).toMatchObject({ windowDays: 180, maxRating: 3 });
    expect(CONTACT_BUYER.source).toContain('Contact buyer');
    expect(REVIEW_REPORT.note).toMatch(/no deadline/i);
  });
});

describe('deadlinesFor', () => {
  it('feedback gets only the feedback window', () => {
    const d = deadlinesFor({ kind: 'feedback', rating: 1, date: '2026-10-01' }, '2026-11-22');
    expect(Object.keys(d)).toEqual(['feedback-removal']);
    expect(d['feedback-removal']).toMatchObject({ id: 'feedback-removal', windowDays: 90, lastDay: '2026-12-30', daysLeft: 38, expired: false, lastChecked: '2026-11-22' });
  });
  it('reviews get the report window, and contact-buyer only at 1–3 stars', () => {
    expect(Object.keys(deadlinesFor({ kind: 'review', rating: 3, date: '2026-10-01' }, '2026-11-22')).sort()).toEqual(['contact-buyer', 'review-report']);
    expect(Object.keys(deadlinesFor({ kind: 'review', rating: 4, date: '2026-10-01' }, '2026-11-22'))).toEqual(['review-report']);
  });
  it('last day is day 0; the day after is expired', () => {
    const at = (now: string) => deadlinesFor({ kind: 'feedback', rating: 1, date: '2026-01-01' }, now)['feedback-removal']!;
    expect(at('2026-04-01')).toMatchObject({ lastDay: '2026-04-01', daysLeft: 0, expired: false });
    expect(at('2026-04-02')).toMatchObject({ daysLeft: -1, expired: true });
  });
  it('counts calendar days, whatever the time of day or timezone offset', () => {
    const item = { kind: 'feedback' as const, rating: 1, date: '2026-03-01' };
    const a = deadlinesFor(item, new Date('2026-03-28T00:00:01Z'))['feedback-removal']!;
    const b = deadlinesFor(item, new Date('2026-03-28T23:59:59Z'))['feedback-removal']!;
    const c = deadlinesFor({ ...item, date: '2026-03-01T23:30:00-08:00' }, '2026-03-28')['feedback-removal']!;
    expect(a.daysLeft).toBe(b.daysLeft);
    expect(c.lastDay).toBe('2026-05-30'); // the written date, not the UTC instant
    expect(a.daysLeft).toBe(63);
  });
  it('crosses a leap day', () => {
    expect(deadlinesFor({ kind: 'feedback', rating: 1, date: '2028-01-15' }, '2028-01-15')['feedback-removal']!.lastDay).toBe('2028-04-14');
  });
  it('an unusable date gives no deadlines instead of throwing', () => {
    expect(deadlinesFor({ kind: 'review', rating: 1, date: '2026-02-31' }, '2026-03-01')).toEqual({});
    expect(classifyReview({ kind: 'review', rating: 1, body: 'x', date: 'soon' }, 'never').deadlines).toEqual({});
  });
});
