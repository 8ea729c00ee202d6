// New negative items the seller has not opened yet: the picker lists them
// first (the count and the predicate live with the records). PURE.
import { isNewUnopened, newUnopenedCount, type OpenedIds, type ReviewRecord } from '../records/index.ts';
import { sortByUrgency } from './urgency.ts';

export { isNewUnopened, newUnopenedCount };

/** The badge text: '' for none, the count up to 99, then "99+". */
export function badgeText(count: number): string {
  return count <= 0 ? '' : count > 99 ? '99+' : String(count);
}

/** The picker's order: new unopened items first, then the rest; each group most urgent first. */
export function sortForPicker(records: readonly ReviewRecord[], now: Date, opened: OpenedIds): ReviewRecord[] {
  const set = opened instanceof Set ? opened : new Set((opened as readonly { reviewId: string }[]).map((o) => o.reviewId));
  const sorted = sortByUrgency(records, now);
  return [...sorted.filter((r) => isNewUnopened(r, set)), ...sorted.filter((r) => !isNewUnopened(r, set))];
}
