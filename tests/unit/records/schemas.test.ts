// The record schemas: they accept what the store writes, refuse what it never
// would, and their types are the ones the rest of the code reads.
import { describe, expect, it } from 'vitest';
import {
  ChecklistRecordSchema,
  formatIssues,
  OutcomeEventSchema,
  ReportLogRecordSchema,
  ReviewRecordSchema,
  STEP_IDS,
  VisitRecordSchema,
} from '../../../lib/records/index.ts';
import { rec } from '../insights/build.ts';

describe('record schemas', () => {
  it('accept a stored review record, with and without the issue-12 fields', () => {
    const r = rec({ id: 'R1', date: '2026-02-01', rating: 2, causes: ['quality'], asin: 'B000000001' });
    expect(ReviewRecordSchema.safeParse(r).success).toBe(true);
    const withNew = { ...r, arrivedNew: true, status: 'struck', outcomes: [{ at: '2026-02-03T00:00:00.000Z', kind: 'rating', from: 2, to: 4, after: ['contact'] }] };
    expect(ReviewRecordSchema.safeParse(withNew).success).toBe(true);
  });

  it('refuse a bad rating, an unknown status and an unknown outcome kind, naming the field', () => {
    const r = rec({ id: 'R1', date: '2026-02-01', rating: 2 });
    const bad = ReviewRecordSchema.safeParse({ ...r, item: { ...r.item, rating: 9 } });
    expect(bad.success).toBe(false);
    if (!bad.success) expect(formatIssues(bad.error)).toMatch(/^item\.rating: /);
    expect(ReviewRecordSchema.safeParse({ ...r, status: 'hidden' }).success).toBe(false);
    expect(OutcomeEventSchema.safeParse({ at: '2026-02-03', kind: 'deleted' }).success).toBe(false);
    expect(OutcomeEventSchema.safeParse({ at: 'yesterday', kind: 'text' }).success).toBe(false);
  });

  it('keep checklist progress of every step id, dispute included, and refuse unknown steps', () => {
    const steps = Object.fromEntries(STEP_IDS.map((id) => [id, { done: true, note: '', updatedAt: '2026-02-01T00:00:00.000Z' }]));
    expect(STEP_IDS).toContain('dispute');
    expect(ChecklistRecordSchema.safeParse({ reviewId: 'R1', steps, updatedAt: '2026-02-01T00:00:00.000Z' }).success).toBe(true);
    expect(ChecklistRecordSchema.safeParse({ reviewId: 'R1', steps: { escalate: steps.report }, updatedAt: '2026-02-01T00:00:00.000Z' }).success).toBe(false);
  });

  it('validate visits and the reports log', () => {
    expect(VisitRecordSchema.safeParse({ pageKind: 'brand-reviews', currentStart: '2026-02-01T00:00:00Z', lastActive: '2026-02-01T00:10:00Z' }).success).toBe(true);
    expect(VisitRecordSchema.safeParse({ pageKind: '', currentStart: '2026-02-01', lastActive: '2026-02-01' }).success).toBe(false);
    const row = { id: 'R1@2026-02-01T00:00:00.000Z', itemId: 'R1', kind: 'review', sentAt: '2026-02-01T00:00:00.000Z', channel: 'review-report-link', calledRemovable: true, ground: 'profanity' };
    expect(ReportLogRecordSchema.safeParse(row).success).toBe(true);
    expect(ReportLogRecordSchema.safeParse({ ...row, channel: 'email' }).success).toBe(false);
  });

  it('formatIssues caps the list and says how many more', () => {
    const issues = Array.from({ length: 7 }, (_, i) => ({ path: ['reviews', i, 'id'], message: 'bad' }));
    expect(formatIssues({ issues })).toBe('reviews.0.id: bad; reviews.1.id: bad; reviews.2.id: bad; reviews.3.id: bad; reviews.4.id: bad (and 2 more)');
    expect(formatIssues({ issues: [{ path: [], message: 'not an object' }] })).toBe('(root): not an object');
  });
});
