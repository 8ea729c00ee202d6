// The record's rating now: the buyer may have changed it since the first
// sighting, so the last entry of the rating history wins. PURE.
import type { ReviewRecord } from './schemas.ts';

export function currentRating(r: Pick<ReviewRecord, 'ratings' | 'item'>): number {
  const last = r.ratings?.[r.ratings.length - 1];
  return last?.rating ?? r.item.rating;
}
