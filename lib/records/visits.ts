// "New since your last visit", per page kind. A visit is a run of page loads
// with no pause longer than VISIT_GAP_MS; an item is new when it was first
// seen during the visit under way and there was an earlier visit (on the very
// first visit nothing is "new": everything would be, which says nothing). PURE.
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
