import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { DB_VERSION, openStore } from '../../lib/store/db.ts';
import * as repo from '../../lib/store/repo.ts';
import type { Classification } from '../../lib/reviews/types.ts';
import { ChecklistRecordSchema, ReviewRecordSchema } from '../../lib/records/index.ts';

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
    // Written as version 1 wrote them (the repo now also uses the newer stores).
    await v1.put('reviews', { ...seen(2), id: 'R1', kind: 'review', firstSeen: '2026-11-01T00:00:00.000Z', lastSeen: '2026-11-01T00:00:00.000Z', ratings: [{ rating: 2, at: '2026-11-01T00:00:00.000Z' }] } as never);
    await repo.updateStep(v1, 'R1', 'understand', { done: true }, new Date());
    v1.close();
    const db = await openStore(name);
    expect(db.version).toBe(DB_VERSION);
    expect(db.objectStoreNames.contains('reviewRequests')).toBe(true);
    expect((await repo.getReview(db, 'R1'))?.ratings).toHaveLength(1);
    expect((await repo.getChecklist(db, 'R1'))?.steps.understand?.done).toBe(true);
    db.close();
  });

  it('migrates a version-2 database (the schema before issue 12) to version 3: every row kept, new stores empty, rows still valid', async () => {
    const name = fresh();
    const v2 = await openStore(name, 2);
    expect([...v2.objectStoreNames].sort()).toEqual(['checklists', 'drafts', 'meta', 'reviewRequests', 'reviews']);
    const review = { ...seen(2), id: 'R1', kind: 'review', firstSeen: '2026-11-01T00:00:00.000Z', lastSeen: '2026-11-02T00:00:00.000Z', ratings: [{ rating: 2, at: '2026-11-01T00:00:00.000Z' }] };
    const checklist = { reviewId: 'R1', updatedAt: '2026-11-03T00:00:00.000Z', steps: { contact: { done: true, note: 'asked about the lid', updatedAt: '2026-11-03T00:00:00.000Z' } }, poaText: 'my plan' };
    await v2.put('reviews', review as never);
    await v2.put('checklists', checklist);
    await v2.put('drafts', { orderId: '111-1111111-1111111', text: 'draft', updatedAt: '2026-11-03T00:00:00.000Z', pageKind: 'contact-buyer' });
    await v2.put('reviewRequests', { orderId: '111-2222222-2222222', requestedAt: '2026-11-04T00:00:00.000Z', via: 'request-review' });
    await v2.put('meta', { uiLanguage: 'zh' }, 'settings');
    v2.close();

    const db = await openStore(name);
    expect(DB_VERSION).toBe(3);
    expect(db.version).toBe(3);
    for (const s of ['visits', 'opened', 'reports'] as const) expect(db.objectStoreNames.contains(s), s).toBe(true);
    expect(await db.get('reviews', 'R1')).toEqual(review);
    expect(await db.get('checklists', 'R1')).toEqual(checklist);
    expect(ReviewRecordSchema.safeParse(await db.get('reviews', 'R1')).success).toBe(true);
    expect(ChecklistRecordSchema.safeParse(await db.get('checklists', 'R1')).success).toBe(true);
    expect(await db.get('drafts', '111-1111111-1111111')).toBeTruthy();
    expect(await db.get('reviewRequests', '111-2222222-2222222')).toBeTruthy();
    expect(await db.get('meta', 'settings')).toEqual({ uiLanguage: 'zh' });
    expect(await db.count('visits')).toBe(0);
    // Old progress keeps working with the new step: mark the dispute step done.
    const rec = await repo.updateStep(db, 'R1', 'dispute', { done: true }, new Date('2026-11-05T00:00:00Z'));
    expect(rec.steps.contact?.note).toBe('asked about the lid');
    expect(rec.steps.dispute?.done).toBe(true);
    db.close();
  });
});

describe('store: issue 12', () => {
  const T0 = new Date('2026-11-10T09:00:00Z');
  const HOST = 'sellercentral.amazon.com';
  const at = (minutes: number) => new Date(T0.getTime() + minutes * 60_000);
  const item = (id: string, rating: number, body = 'The lid cracked after two days.') => ({
    ...seen(rating),
    item: { id, kind: 'review' as const, rating, body, date: '2026-11-01' },
  });

  it('visits: a long pause starts the next visit; items first seen then arrive new; the first visit marks nothing', async () => {
    const db = await openStore(fresh());
    const v1 = await repo.touchVisit(db, 'brand-reviews', T0);
    expect(v1.previousStart).toBeUndefined();
    expect((await repo.upsertSeen(db, item('A', 2), at(1))).arrivedNew).toBeUndefined();
    expect((await repo.touchVisit(db, 'brand-reviews', at(10))).currentStart).toBe(T0.toISOString());
    const v2 = await repo.touchVisit(db, 'brand-reviews', at(24 * 60));
    expect(v2.previousStart).toBe(T0.toISOString());
    expect((await repo.upsertSeen(db, item('B', 1), at(24 * 60 + 1))).arrivedNew).toBe(true);
    // Seen again in a later visit: still arrived-new (until opened), A still not.
    await repo.touchVisit(db, 'brand-reviews', at(3 * 24 * 60));
    expect((await repo.upsertSeen(db, item('B', 1), at(3 * 24 * 60 + 1))).arrivedNew).toBe(true);
    expect((await repo.upsertSeen(db, item('A', 2), at(3 * 24 * 60 + 2))).arrivedNew).toBeUndefined();
    await repo.upsertSeen(db, item('C', 5), at(3 * 24 * 60 + 3)); // first seen now, but 5★: not counted
    expect(await repo.countNewUnopened(db)).toBe(1);
    await repo.markOpened(db, 'B', at(3 * 24 * 60 + 4));
    expect(await repo.countNewUnopened(db)).toBe(0);
    // Visits of another page kind do not count for reviews.
    expect(await repo.getVisit(db, 'feedback-manager')).toBeUndefined();
    db.close();
  });

  it('outcomes: recorded only once a step is done, with rating, text and status changes', async () => {
    const db = await openStore(fresh());
    await repo.upsertSeen(db, item('R1', 2), at(0));
    expect((await repo.upsertSeen(db, item('R1', 3), at(1))).outcomes).toBeUndefined(); // not worked on yet
    await repo.updateStep(db, 'R1', 'contact', { done: true }, at(2));
    const r = await repo.upsertSeen(db, item('R1', 4, 'Seller replaced it at once; works now.'), at(3));
    expect(r.outcomes?.map((e) => [e.kind, e.from ?? null, e.to ?? null])).toEqual([
      ['rating', 3, 4],
      ['text', 'The lid cracked after two days.', 'Seller replaced it at once; works now.'],
    ]);
    expect(r.outcomes?.[0]?.after).toEqual(['contact']);
    const again = await repo.upsertSeen(db, item('R1', 4, 'Seller replaced it at once; works now.'), at(4));
    expect(again.outcomes).toHaveLength(2);
    const struck = await repo.upsertSeen(db, { ...item('R1', 4, 'Seller replaced it at once; works now.'), status: 'struck' }, at(5));
    expect(struck.status).toBe('struck');
    expect(struck.outcomes?.at(-1)?.kind).toBe('struck');
    // Struck stays struck when a later sighting does not say so.
    expect((await repo.upsertSeen(db, item('R1', 4, 'Seller replaced it at once; works now.'), at(6))).status).toBe('struck');
    db.close();
  });

  it('listing: an item whose place closed up on an unfiltered list is recorded removed, with an outcome when worked on', async () => {
    const db = await openStore(fresh());
    const ids = ['P', 'A', 'R', 'B', 'N'];
    const ratings: Record<string, number> = { P: 5, A: 2, R: 1, B: 3, N: 4 };
    for (const [i, id] of ids.entries()) await repo.upsertSeen(db, item(id, ratings[id]!), at(i));
    await repo.updateStep(db, 'R', 'report', { done: true }, at(6));
    const list = (xs: string[]) => xs.map((id) => ({ id, rating: ratings[id]! }));
    expect(await repo.applyListing(db, HOST, 'review', list(ids), at(7))).toEqual([]);
    expect((await repo.getReview(db, 'R'))?.neighbours).toEqual({ before: 'A', after: 'B' });
    // Seen again with a change: the neighbours are kept.
    expect((await repo.upsertSeen(db, item('R', 2), at(8))).neighbours).toEqual({ before: 'A', after: 'B' });
    // Filtered to 1–3★ (no 4–5★ shown): absence proves nothing.
    expect(await repo.applyListing(db, HOST, 'review', list(['A', 'B']), at(9))).toEqual([]);
    // Another host, or feedback: not this list.
    expect(await repo.applyListing(db, 'sellercentral.amazon.de', 'review', list(['P', 'A', 'B', 'N']), at(9))).toEqual([]);
    expect(await repo.applyListing(db, HOST, 'feedback', list(['P', 'A', 'B', 'N']), at(9))).toEqual([]);
    expect(await repo.applyListing(db, HOST, 'review', list(['P', 'A', 'B', 'N']), at(10))).toEqual(['R']);
    const r = await repo.getReview(db, 'R');
    expect(r?.status).toBe('removed');
    expect(r?.neighbours).toBeUndefined();
    expect(r?.outcomes?.at(-1)).toMatchObject({ kind: 'removed', after: ['report'] });
    expect((await repo.getReview(db, 'A'))?.neighbours).toEqual({ before: 'P', after: 'B' });
    // Once recorded, not again; listed again later, it is no longer removed.
    expect(await repo.applyListing(db, HOST, 'review', list(['P', 'A', 'B', 'N']), at(11))).toEqual([]);
    expect((await repo.upsertSeen(db, item('R', 2), at(12))).status).toBeUndefined();
    db.close();
  });

  it('opened: the first opening is kept', async () => {
    const db = await openStore(fresh());
    await repo.markOpened(db, 'R1', at(0));
    await repo.markOpened(db, 'R1', at(5));
    expect(await repo.allOpened(db)).toEqual([{ reviewId: 'R1', openedAt: at(0).toISOString() }]);
    expect(await repo.openedIds(db)).toEqual(new Set(['R1']));
    db.close();
  });

  it('reports log: logged, listed per item, removable', async () => {
    const db = await openStore(fresh());
    const row = { id: `R1@${at(0).toISOString()}`, itemId: 'R1', kind: 'review' as const, sentAt: at(0).toISOString(), channel: 'review-report-link' as const, calledRemovable: false };
    await repo.logReport(db, row);
    await repo.logReport(db, { ...row, id: 'R2@x', itemId: 'R2' });
    expect(await repo.reportsForItem(db, 'R1')).toEqual([row]);
    expect(await repo.allReports(db)).toHaveLength(2);
    await repo.deleteReport(db, 'R2@x');
    expect(await repo.allReports(db)).toHaveLength(1);
    db.close();
  });
});
