// Typed accessors over the database: the only code that reads or writes it.
import type { RGDatabase, DraftRecord, ReviewRequestRecord } from './db.ts';
import {
  detectOutcomes,
  isNew,
  newUnopenedCount,
  nextVisit,
  VISIT_PAGE_OF,
  type ChecklistRecord,
  type ItemStatus,
  type OpenedRecord,
  type ReportChannelId,
  type ReportLogRecord,
  type ReviewRecord,
  type StepId,
  type StepProgress,
  type VisitRecord,
  goneFrom,
  neighboursIn,
  showsAllRatings,
  type ListingEntry,
  type Neighbours,
} from '../records/index.ts';
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
  /** What Amazon's page shows about it: removed, or struck through (absent: listed normally). */
  status?: ItemStatus;
}

/**
 * Records a review seen on a page: keeps firstSeen, appends a rating change,
 * marks a first sighting during a later visit of its page kind as arrived-new,
 * and, when the seller worked on it (a checklist step done), records what
 * changed as outcome events.
 */
export async function upsertSeen(db: RGDatabase, seen: SeenReview, now: Date): Promise<ReviewRecord> {
  const at = now.toISOString();
  const tx = db.transaction(['reviews', 'checklists', 'visits'], 'readwrite');
  const reviews = tx.objectStore('reviews');
  const prev = await reviews.get(seen.item.id);
  const progress = prev ? await tx.objectStore('checklists').get(seen.item.id) : undefined;
  const visit = prev ? undefined : await tx.objectStore('visits').get(VISIT_PAGE_OF[seen.item.kind]);
  const outcomes = detectOutcomes(prev, seen, progress, now);
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
  const arrivedNew = prev ? prev.arrivedNew : isNew({ firstSeen: at }, visit);
  if (arrivedNew) record.arrivedNew = true;
  // Removal is sticky only while the page keeps saying so; a struck item stays struck.
  const status = seen.status ?? (prev?.status === 'struck' ? 'struck' : undefined);
  if (status) record.status = status;
  if (prev?.neighbours) record.neighbours = prev.neighbours;
  const history = [...(prev?.outcomes ?? []), ...outcomes].slice(-1000);
  if (history.length) record.outcomes = history;
  await reviews.put(record);
  await tx.done;
  return record;
}

/** The record once Amazon's page shows it with this status, with an outcome event when the seller had worked on it. */
function withStatus(prev: ReviewRecord, status: ItemStatus, progress: ChecklistRecord | undefined, now: Date): ReviewRecord {
  const rating = prev.ratings.at(-1)?.rating ?? prev.item.rating;
  const sighting = { item: { rating, body: prev.item.body, ...(prev.item.title !== undefined ? { title: prev.item.title } : {}) }, status };
  const outcomes = detectOutcomes(prev, sighting, progress, now);
  const record: ReviewRecord = { ...prev, status };
  const history = [...(prev.outcomes ?? []), ...outcomes].slice(-1000);
  if (history.length) record.outcomes = history;
  return record;
}

/**
 * A page listed these items, in this order: items whose place in the list
 * closed up are marked removed (with an outcome when the seller had worked
 * on them), then every item's neighbours are remembered for the next look.
 * Returns the ids newly marked removed.
 */
export async function applyListing(db: RGDatabase, host: string, kind: ReviewRecord['kind'], entries: readonly ListingEntry[], now: Date): Promise<string[]> {
  const tx = db.transaction(['reviews', 'checklists'], 'readwrite');
  const reviews = tx.objectStore('reviews');
  const gone: string[] = [];
  if (showsAllRatings(entries)) {
    const known = new Map<string, Neighbours | undefined>();
    const candidates = new Map<string, ReviewRecord>();
    for (const r of await reviews.getAll()) {
      if (r.kind !== kind || r.host !== host || !r.neighbours) continue;
      known.set(r.id, r.neighbours);
      candidates.set(r.id, r);
    }
    for (const id of goneFrom(entries, known)) {
      const prev = candidates.get(id)!;
      if (prev.status === 'removed') continue;
      const record = withStatus(prev, 'removed', await tx.objectStore('checklists').get(id), now);
      delete record.neighbours; // its place is gone: never judged twice from it
      await reviews.put(record);
      gone.push(id);
    }
  }
  for (const [id, n] of neighboursIn(entries)) {
    const r = await reviews.get(id);
    if (!r || r.kind !== kind || r.host !== host || (r.neighbours?.before === n.before && r.neighbours.after === n.after)) continue;
    await reviews.put({ ...r, neighbours: n });
  }
  await tx.done;
  return gone;
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
  /** Applicable steps done / applicable, computed by the caller from the checklist it shows. */
  summarise?: (rec: ChecklistRecord) => { done: number; total: number },
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
  if (summarise) rec.summary = summarise(rec);
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

// ------------------------------------------------------------ visits

/** A page of this kind was loaded (or used) now: starts a new visit after a long pause. Returns the visit. */
export async function touchVisit(db: RGDatabase, pageKind: string, now: Date): Promise<VisitRecord> {
  const tx = db.transaction('visits', 'readwrite');
  const next = nextVisit(await tx.store.get(pageKind), pageKind, now);
  await tx.store.put(next);
  await tx.done;
  return next;
}
export const getVisit = (db: RGDatabase, pageKind: string) => db.get('visits', pageKind);
export const allVisits = (db: RGDatabase) => db.getAll('visits');

// ------------------------------------------------------------ opened

/** The seller opened the item in the checklist: the first time is kept. */
export async function markOpened(db: RGDatabase, reviewId: string, now: Date): Promise<OpenedRecord> {
  const tx = db.transaction('opened', 'readwrite');
  const prev = await tx.store.get(reviewId);
  const rec = prev ?? { reviewId, openedAt: now.toISOString() };
  if (!prev) await tx.store.put(rec);
  await tx.done;
  return rec;
}
export const allOpened = (db: RGDatabase) => db.getAll('opened');

/** The toolbar badge number: new 1–3★ items not opened in the checklist yet. */
export async function countNewUnopened(db: RGDatabase): Promise<number> {
  const tx = db.transaction(['reviews', 'opened'], 'readonly');
  const [reviews, opened] = await Promise.all([tx.objectStore('reviews').getAll(), tx.objectStore('opened').getAllKeys()]);
  await tx.done;
  return newUnopenedCount(reviews, new Set(opened.map(String)));
}
export async function openedIds(db: RGDatabase): Promise<Set<string>> {
  return new Set((await db.getAllKeys('opened')).map(String));
}

// ------------------------------------------------------------ reports log

/** Logs a report the seller marked as sent (the row comes from lib/checklist reportLogEntry). */
export async function logReport(db: RGDatabase, row: ReportLogRecord): Promise<void> {
  await db.put('reports', row);
}
export const allReports = (db: RGDatabase) => db.getAll('reports');
export const reportsForItem = (db: RGDatabase, itemId: string) => db.getAllFromIndex('reports', 'by-item', itemId);
export const deleteReport = (db: RGDatabase, id: string) => db.delete('reports', id);
export type { ReportChannelId };

export async function getMeta<T>(db: RGDatabase, key: string): Promise<T | undefined> {
  return (await db.get('meta', key)) as T | undefined;
}
export async function setMeta(db: RGDatabase, key: string, value: unknown): Promise<void> {
  await db.put('meta', value, key);
}
