// Typed accessors over the database: the only code that reads or writes it.
import type { RGDatabase, DraftRecord, ReviewRequestRecord } from './db.ts';
import type { ChecklistRecord, ReviewRecord, StepId, StepProgress } from './types.ts';
import type { Classification, ReviewItem } from '../reviews/types.ts';

export interface SeenReview {
  item: ReviewItem & { id: string };
  classification: Classification;
  host: string;
  marketplace: string;
  pageUrl?: string;
  asin?: string;
  orderId?: string;
  removalOffered?: boolean;
}

/** Records a review seen on a page: keeps firstSeen, and appends a rating change. */
export async function upsertSeen(db: RGDatabase, seen: SeenReview, now: Date): Promise<ReviewRecord> {
  const at = now.toISOString();
  const tx = db.transaction('reviews', 'readwrite');
  const prev = await tx.store.get(seen.item.id);
  const ratings = prev?.ratings ? [...prev.ratings] : [];
  if (ratings.length === 0 || ratings[ratings.length - 1]!.rating !== seen.item.rating) {
    ratings.push({ rating: seen.item.rating, at });
  }
  const record: ReviewRecord = {
    id: seen.item.id,
    kind: seen.item.kind,
    item: seen.item,
    classification: seen.classification,
    marketplace: seen.marketplace,
    host: seen.host,
    asin: seen.asin ?? prev?.asin,
    orderId: seen.orderId ?? prev?.orderId,
    pageUrl: seen.pageUrl ?? prev?.pageUrl,
    removalOffered: seen.removalOffered ?? prev?.removalOffered,
    firstSeen: prev?.firstSeen ?? at,
    lastSeen: at,
    ratings,
  };
  await tx.store.put(record);
  await tx.done;
  return record;
}

export const getReview = (db: RGDatabase, id: string) => db.get('reviews', id);
export const allReviews = (db: RGDatabase) => db.getAll('reviews');
export const reviewsByAsin = (db: RGDatabase, asin: string) => db.getAllFromIndex('reviews', 'by-asin', asin);

export const getChecklist = (db: RGDatabase, reviewId: string) => db.get('checklists', reviewId);
export const allChecklists = (db: RGDatabase) => db.getAll('checklists');

/** Updates one step (done and/or note); creates the checklist record as needed. */
export async function updateStep(
  db: RGDatabase,
  reviewId: string,
  step: StepId,
  change: { done?: boolean; note?: string },
  now: Date,
): Promise<ChecklistRecord> {
  const tx = db.transaction('checklists', 'readwrite');
  const at = now.toISOString();
  const rec: ChecklistRecord = (await tx.store.get(reviewId)) ?? { reviewId, steps: {}, updatedAt: at };
  const prev: StepProgress = rec.steps[step] ?? { done: false, note: '', updatedAt: at };
  rec.steps[step] = {
    done: change.done ?? prev.done,
    note: change.note ?? prev.note,
    updatedAt: at,
  };
  rec.updatedAt = at;
  await tx.store.put(rec);
  await tx.done;
  return rec;
}

export async function setPlanOfAction(db: RGDatabase, reviewId: string, text: string, now: Date): Promise<ChecklistRecord> {
  const tx = db.transaction('checklists', 'readwrite');
  const at = now.toISOString();
  const rec: ChecklistRecord = (await tx.store.get(reviewId)) ?? { reviewId, steps: {}, updatedAt: at };
  rec.poaText = text;
  rec.updatedAt = at;
  await tx.store.put(rec);
  await tx.done;
  return rec;
}

export const getDraft = (db: RGDatabase, orderId: string) => db.get('drafts', orderId);
export async function saveDraft(db: RGDatabase, draft: DraftRecord): Promise<void> {
  await db.put('drafts', draft);
}
export const clearDraft = (db: RGDatabase, orderId: string) => db.delete('drafts', orderId);

export const getReviewRequest = (db: RGDatabase, orderId: string) => db.get('reviewRequests', orderId);
export async function markReviewRequested(db: RGDatabase, rec: ReviewRequestRecord): Promise<void> {
  const prev = await db.get('reviewRequests', rec.orderId);
  if (!prev) await db.put('reviewRequests', rec);
}

export async function getMeta<T>(db: RGDatabase, key: string): Promise<T | undefined> {
  return (await db.get('meta', key)) as T | undefined;
}
export async function setMeta(db: RGDatabase, key: string, value: unknown): Promise<void> {
  await db.put('meta', value, key);
}
