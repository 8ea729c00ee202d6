// Records kept in IndexedDB. Pure types (no idb import) so components and the
// checklist logic can use them.
import type { Classification, ReviewItem } from '../reviews/types.ts';

/** A review or feedback seen on a page, with its classification and history. */
export interface ReviewRecord {
  /** Review id (R…) for reviews; the order id for feedback. */
  id: string;
  kind: ReviewItem['kind'];
  item: ReviewItem & { id: string };
  classification: Classification;
  marketplace: string;
  /** Seller Central host the review was seen on, e.g. sellercentral.amazon.de. */
  host: string;
  asin?: string;
  orderId?: string;
  /** Feedback Manager: Amazon offered "Request removal" on the row. */
  removalOffered?: boolean;
  /** The page URL it was seen on (to reopen it). */
  pageUrl?: string;
  firstSeen: string;
  lastSeen: string;
  /** Rating history: the first one, then every change the buyer made. */
  ratings: Array<{ rating: number; at: string }>;
}

export const STEP_IDS = ['understand', 'report', 'contact', 'reply', 'fix', 'poa'] as const;
export type StepId = (typeof STEP_IDS)[number];

export interface StepProgress {
  done: boolean;
  note: string;
  updatedAt: string;
}

/** Checklist progress for one review. */
export interface ChecklistRecord {
  reviewId: string;
  steps: Partial<Record<StepId, StepProgress>>;
  /** The edited Plan of Action text, when the seller changed the draft. */
  poaText?: string;
  updatedAt: string;
}
