// How soon a record needs the seller, for sorting. Apart from the checklist
// builder so the background (which sorts for the badge) does not load the
// checklist's texts, templates and dispute detector.
import { currentRating, type ReviewRecord } from '../records/index.ts';
import type { Deadline } from '../reviews/types.ts';
import { contactDeadline, removalDeadline } from './deadlines.ts';

/**
 * Days left on the most urgent deadline the seller can still act on (the
 * removal report when removable, contacting the buyer when the rating allows
 * it); `Infinity` when nothing has an open deadline. Smaller is more urgent.
 * Language-independent (no strings are built).
 */
export function urgency(record: ReviewRecord, now: Date): number {
  const candidates: Deadline[] = [];
  if (record.classification.removable && !record.status) {
    const d = removalDeadline(record, now);
    if (d) candidates.push(d);
  }
  if (record.kind === 'feedback' || currentRating(record) <= 3) {
    const d = contactDeadline(record, now);
    if (d) candidates.push(d);
  }
  const open = candidates.filter((d) => !d.expired).map((d) => d.daysLeft);
  return open.length ? Math.min(...open) : Number.POSITIVE_INFINITY;
}

/** Sorts most urgent first; ties: a risk first, then lower rating, then newer. Returns a new array. */
export function sortByUrgency(records: readonly ReviewRecord[], now: Date): ReviewRecord[] {
  const key = new Map(records.map((r) => [r.id, urgency(r, now)]));
  return [...records].sort(
    (a, b) =>
      key.get(a.id)! - key.get(b.id)! ||
      Number((b.classification.risks ?? []).length > 0) - Number((a.classification.risks ?? []).length > 0) ||
      currentRating(a) - currentRating(b) ||
      Date.parse(b.item.date) - Date.parse(a.item.date),
  );
}

