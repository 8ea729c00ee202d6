// "New since your last visit", per page kind. A visit is a run of page loads
// with no pause longer than VISIT_GAP_MS; an item is new when it was first
// seen during the visit under way and there was an earlier visit (on the very
// first visit nothing is "new": everything would be, which says nothing). PURE.
import { currentRating } from './rating.ts';
import type { ReviewRecord, VisitRecord } from './schemas.ts';

/** A pause longer than this starts a new visit. */
export const VISIT_GAP_MS = 30 * 60_000;

/** The page kind where each kind of item is listed (lib/pages/page-kind.ts ids). */
export const VISIT_PAGE_OF: Readonly<Record<ReviewRecord['kind'], string>> = { review: 'brand-reviews', feedback: 'feedback-manager' };

/** The visit record after a page load (or any activity) at `now`. */
export function nextVisit(prev: VisitRecord | undefined, pageKind: string, now: Date, gapMs = VISIT_GAP_MS): VisitRecord {
  const at = now.toISOString();
  if (!prev) return { pageKind, currentStart: at, lastActive: at };
  const pause = now.getTime() - Date.parse(prev.lastActive);
  // A clock that went backwards is not a new visit either.
  if (!(pause > gapMs)) return { ...prev, lastActive: Date.parse(prev.lastActive) > now.getTime() ? prev.lastActive : at };
  return { pageKind, previousStart: prev.currentStart, currentStart: at, lastActive: at };
}

/** Whether an item counts as new on this visit (see the module comment). */
export function isNew(record: Pick<ReviewRecord, 'firstSeen'>, visit: VisitRecord | undefined): boolean {
  if (!visit?.previousStart) return false;
  return Date.parse(record.firstSeen) >= Date.parse(visit.currentStart);
}

/** Opened items: a set of ids, or the opened records. */
export type OpenedIds = ReadonlySet<string> | readonly { reviewId: string }[];

function openedSet(opened: OpenedIds): ReadonlySet<string> {
  return opened instanceof Set ? opened : new Set((opened as readonly { reviewId: string }[]).map((o) => o.reviewId));
}

/**
 * Whether an item waits for the seller's first look: it arrived new (first
 * seen after an earlier visit of its page), is 1–3★ now, Amazon has not
 * removed it, and it was never opened in the checklist.
 */
export function isNewUnopened(record: ReviewRecord, opened: OpenedIds): boolean {
  return record.arrivedNew === true && currentRating(record) <= 3 && record.status !== 'removed' && !openedSet(opened).has(record.id);
}

/** How many items wait for the seller's first look (the toolbar badge number). */
export function newUnopenedCount(records: readonly ReviewRecord[], opened: OpenedIds): number {
  const set = openedSet(opened);
  return records.filter((r) => isNewUnopened(r, set)).length;
}
