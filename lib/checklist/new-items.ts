// New negative items the seller has not opened yet: the toolbar badge's count
// and the picker's order (new ones first). PURE.
import type { ReviewRecord } from '../records/index.ts';
import { sortByUrgency } from './index.ts';
import { currentRating } from './poa.ts';

type Opened = ReadonlySet<string> | readonly { reviewId: string }[];

function openedSet(opened: Opened): ReadonlySet<string> {
  return opened instanceof Set ? opened : new Set((opened as readonly { reviewId: string }[]).map((o) => o.reviewId));
}

/**
 * Whether an item waits for the seller's first look: it arrived new (first
 * seen after an earlier visit of its page), is 1–3★ now, Amazon has not
 * removed it, and it was never opened in the checklist.
 */
export function isNewUnopened(record: ReviewRecord, opened: Opened): boolean {
  return record.arrivedNew === true && currentRating(record) <= 3 && record.status !== 'removed' && !openedSet(opened).has(record.id);
}

/** How many items wait for the seller's first look (the badge number). */
export function newUnopenedCount(records: readonly ReviewRecord[], opened: Opened): number {
  const set = openedSet(opened);
  return records.filter((r) => isNewUnopened(r, set)).length;
}

/** The badge text: '' for none, the count up to 99, then "99+". */
export function badgeText(count: number): string {
  return count <= 0 ? '' : count > 99 ? '99+' : String(count);
}

/** The picker's order: new unopened items first, then the rest; each group most urgent first. */
export function sortForPicker(records: readonly ReviewRecord[], now: Date, opened: Opened): ReviewRecord[] {
  const set = openedSet(opened);
  const sorted = sortByUrgency(records, now);
  return [...sorted.filter((r) => isNewUnopened(r, set)), ...sorted.filter((r) => !isNewUnopened(r, set))];
}
