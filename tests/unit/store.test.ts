import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { DB_VERSION, openStore } from '../../lib/store/db.ts';
import * as repo from '../../lib/store/repo.ts';
import type { Classification } from '../../lib/reviews/types.ts';

let n = 0;
const fresh = () => `test-${Date.now()}-${n++}`;

const classification: Classification = {
  removable: false,
  grounds: [],
  reason: { en: 'Not removable', zh: '不可移除' },
  rootCauses: ['quality'],
  risks: [],
  riskEvidence: [],
  deadlines: {},
};

const seen = (rating: number) => ({
  item: { id: 'R1', kind: 'review' as const, rating, body: 'Broke in a week', date: '2026-11-01' },
  classification,
  host: 'sellercentral.amazon.com',
  marketplace: 'com',
  asin: 'B0ABCDEFGH',
});

describe('store', () => {
  it('remembers first sighting and every rating change', async () => {
    const db = await openStore(fresh());
    await repo.upsertSeen(db, seen(1), new Date('2026-11-02T00:00:00Z'));
    await repo.upsertSeen(db, seen(1), new Date('2026-11-03T00:00:00Z'));
    const rec = await repo.upsertSeen(db, seen(4), new Date('2026-11-05T00:00:00Z'));
    expect(rec.firstSeen).toBe('2026-11-02T00:00:00.000Z');
    expect(rec.lastSeen).toBe('2026-11-05T00:00:00.000Z');
    expect(rec.ratings.map((r) => r.rating)).toEqual([1, 4]);
    expect(await repo.reviewsByAsin(db, 'B0ABCDEFGH')).toHaveLength(1);
    db.close();
  });

  it('keeps checklist progress and notes per step', async () => {
    const db = await openStore(fresh());
    const now = new Date('2026-11-22T00:00:00Z');
    await repo.updateStep(db, 'R1', 'report', { done: true }, now);
    await repo.updateStep(db, 'R1', 'contact', { note: 'sent 1st message' }, now);
    const rec = await repo.updateStep(db, 'R1', 'report', { note: 'ground: profanity' }, now);
    expect(rec.steps.report).toMatchObject({ done: true, note: 'ground: profanity' });
    expect(rec.steps.contact).toMatchObject({ done: false, note: 'sent 1st message' });
    db.close();
  });

  it('saves, reads and clears drafts; remembers review requests once', async () => {
    const db = await openStore(fresh());
    await repo.saveDraft(db, { orderId: '111-1111111-1111111', text: 'hello', updatedAt: 'x', pageKind: 'contact-buyer' });
    expect((await repo.getDraft(db, '111-1111111-1111111'))?.text).toBe('hello');
    await repo.clearDraft(db, '111-1111111-1111111');
    expect(await repo.getDraft(db, '111-1111111-1111111')).toBeUndefined();
    await repo.markReviewRequested(db, { orderId: '111-1111111-1111111', requestedAt: 'a', via: 'request-review' });
    await repo.markReviewRequested(db, { orderId: '111-1111111-1111111', requestedAt: 'b', via: 'amazon-error' });
    expect((await repo.getReviewRequest(db, '111-1111111-1111111'))?.requestedAt).toBe('a');
    db.close();
  });

  it('migrates a version-1 database to the current version without losing data', async () => {
    const name = fresh();
    const v1 = await openStore(name, 1);
    expect(v1.objectStoreNames.contains('reviewRequests')).toBe(false);
    await repo.upsertSeen(v1, seen(2), new Date('2026-11-01T00:00:00Z'));
    await repo.updateStep(v1, 'R1', 'understand', { done: true }, new Date());
    v1.close();
    const db = await openStore(name);
    expect(db.version).toBe(DB_VERSION);
    expect(db.objectStoreNames.contains('reviewRequests')).toBe(true);
    expect((await repo.getReview(db, 'R1'))?.ratings).toHaveLength(1);
    expect((await repo.getChecklist(db, 'R1'))?.steps.understand?.done).toBe(true);
    db.close();
  });
});
