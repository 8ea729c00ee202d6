import { describe, expect, it } from 'vitest';
import { formatOutcome, outcomeNote, outcomesByAction } from '../../../lib/insights/outcomes.ts';
import type { ChecklistRecord, OutcomeEvent, ReviewRecord } from '../../../lib/records/index.ts';
import { rec } from './build.ts';

const ev = (at: string, kind: OutcomeEvent['kind'], after: OutcomeEvent['after'], from?: number, to?: number): OutcomeEvent => ({
  at,
  kind,
  after,
  ...(from !== undefined ? { from } : {}),
  ...(to !== undefined ? { to } : {}),
});
const done = (reviewId: string, ...steps: Array<'contact' | 'report' | 'reply'>): ChecklistRecord => ({
  reviewId,
  updatedAt: '2026-02-01T00:00:00.000Z',
  steps: Object.fromEntries(steps.map((s) => [s, { done: true, note: '', updatedAt: '2026-02-01T00:00:00.000Z' }])),
});

describe('formatOutcome', () => {
  it('says what changed and when, in English and Chinese', () => {
    const r = ev('2026-12-03T08:00:00.000Z', 'rating', ['contact'], 2, 4);
    expect(formatOutcome(r, 'en')).toBe('rating 2 → 4 on 2026-12-03');
    expect(formatOutcome(r, 'zh')).toBe('2026-12-03 评分 2 → 4');
    expect(formatOutcome(ev('2026-12-04T00:00:00.000Z', 'removed', []), 'en')).toBe('removed (no longer listed) on 2026-12-04');
    expect(formatOutcome(ev('2026-12-04T00:00:00.000Z', 'struck', []), 'zh')).toBe('2026-12-04 已被亚马逊划线删除');
    expect(formatOutcome(ev('2026-12-05T00:00:00.000Z', 'text', []), 'en')).toBe('text changed on 2026-12-05');
  });

  it('the note joins the latest changes; empty without any', () => {
    const r: Pick<ReviewRecord, 'outcomes'> = { outcomes: [ev('2026-12-03T00:00:00Z', 'rating', ['contact'], 2, 4), ev('2026-12-05T00:00:00Z', 'text', ['contact'])] };
    expect(outcomeNote(r, 'en')).toBe('rating 2 → 4 on 2026-12-03; text changed on 2026-12-05');
    expect(outcomeNote({}, 'en')).toBe('');
  });
});

describe('outcomesByAction', () => {
  const a: ReviewRecord = { ...rec({ id: 'A', date: '2026-02-01', rating: 2 }), outcomes: [ev('2026-02-10T00:00:00Z', 'rating', ['contact'], 2, 4)] };
  const b: ReviewRecord = { ...rec({ id: 'B', date: '2026-02-01', rating: 1 }), outcomes: [ev('2026-02-11T00:00:00Z', 'removed', ['report'])] };
  // Reported AFTER the buyer lowered the rating: the report gets no credit for it.
  const c: ReviewRecord = { ...rec({ id: 'C', date: '2026-02-01', rating: 3 }), outcomes: [ev('2026-02-18T00:00:00Z', 'rating', ['contact'], 3, 1)] };
  const d = rec({ id: 'D', date: '2026-02-01', rating: 1 });
  const view = outcomesByAction([a, b, c, d], [done('A', 'contact'), done('B', 'report'), done('C', 'contact', 'report'), done('D', 'reply')]);
  const row = (action: string) => view.rows.find((r) => r.action === action)!;

  it('counts, per action, the items worked and those that changed, and how', () => {
    expect(row('contact')).toEqual({ action: 'contact', worked: 2, changed: 2, ratingUp: 1, ratingDown: 1, text: 0, removed: 0, struck: 0 });
    expect(row('report')).toEqual({ action: 'report', worked: 2, changed: 1, ratingUp: 0, ratingDown: 0, text: 0, removed: 1, struck: 0 });
    expect(row('reply')).toMatchObject({ worked: 1, changed: 0 });
  });

  it('spreads the changes over Monday weeks', () => {
    expect(view.weeks).toEqual([
      { week: '2026-02-09', counts: { contact: 1, report: 1, reply: 0 } },
      { week: '2026-02-16', counts: { contact: 1, report: 0, reply: 0 } },
    ]);
  });

  it('follows the Insights filter', () => {
    expect(outcomesByAction([a, b], [done('A', 'contact'), done('B', 'report')], { from: '2026-03-01' }).rows.every((r) => r.worked === 0)).toBe(true);
  });
});
