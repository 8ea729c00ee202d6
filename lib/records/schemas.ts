// The records ReviewGuard keeps in IndexedDB, one zod schema each; the
// TypeScript types are derived from them, so what the store holds, what an
// import accepts and what the pure layers read are one definition.
// PURE (no idb, no DOM): lib/checklist and lib/insights read these types.
import * as z from 'zod/mini';
import { isoDate } from '../policy/types.ts';
import { GROUND_IDS, IdentifiedReviewItemSchema } from '../reviews/types.ts';
import { StoredClassificationSchema } from './classification.ts';

const str = (max: number) => z.string().check(z.maxLength(max));
const id = (max: number) => z.string().check(z.minLength(1), z.maxLength(max));

/** The checklist's steps, in the order they are shown. Ids are stable: only add. */
export const STEP_IDS = ['understand', 'report', 'contact', 'dispute', 'reply', 'fix', 'poa'] as const;
export type StepId = (typeof STEP_IDS)[number];

/** What Amazon's page showed about an item: removed (gone from the list) or struck through. */
export const ITEM_STATUSES = ['removed', 'struck'] as const;
export type ItemStatus = (typeof ITEM_STATUSES)[number];

export const OUTCOME_KINDS = ['rating', 'text', 'removed', 'struck'] as const;
export type OutcomeKind = (typeof OUTCOME_KINDS)[number];

/**
 * A change seen on an item the seller worked on: the rating or text changed,
 * or Amazon removed it / struck it through. `from`/`to` are the ratings for
 * `rating`, short excerpts of the body for `text`; `after` lists the checklist
 * steps that were done when the change was seen (what the seller had tried).
 */
export const OutcomeEventSchema = z.object({
  at: isoDate,
  kind: z.enum(OUTCOME_KINDS),
  from: z.optional(z.union([z.number(), str(300)])),
  to: z.optional(z.union([z.number(), str(300)])),
  after: z.optional(z.array(z.enum(STEP_IDS)).check(z.maxLength(STEP_IDS.length))),
});
export type OutcomeEvent = z.infer<typeof OutcomeEventSchema>;

/** A review or feedback seen on a page, with its classification and history. */
export const ReviewRecordSchema = z.object({
  /** Review id (R…) for reviews; the order id for feedback. */
  id: id(200),
  kind: z.enum(['review', 'feedback']),
  item: IdentifiedReviewItemSchema,
  classification: StoredClassificationSchema,
  marketplace: str(64),
  /** Seller Central host the review was seen on, e.g. sellercentral.amazon.de. */
  host: str(100),
  asin: z.optional(str(40)),
  orderId: z.optional(str(40)),
  /** Feedback Manager: Amazon offered "Request removal" on the row. */
  removalOffered: z.optional(z.boolean()),
  /** The page URL it was seen on (to reopen it). */
  pageUrl: z.optional(str(8192)),
  firstSeen: isoDate,
  lastSeen: isoDate,
  /** Rating history: the first one, then every change the buyer made. */
  ratings: z.array(z.object({ rating: z.number().check(z.gte(1), z.lte(5)), at: isoDate })).check(z.maxLength(1000)),
  /** First seen after an earlier visit of its page kind (counts for the "new" badge until opened). */
  arrivedNew: z.optional(z.boolean()),
  /** Last status Amazon's page showed (absent: listed normally). */
  status: z.optional(z.enum(ITEM_STATUSES)),
  /** The items directly before and after it the last time a page listed it between two (see listing.ts). */
  neighbours: z.optional(z.object({ before: id(200), after: id(200) })),
  /** Changes seen after the seller worked on it, oldest first. */
  outcomes: z.optional(z.array(OutcomeEventSchema).check(z.maxLength(1000))),
});
export type ReviewRecord = z.infer<typeof ReviewRecordSchema>;

export const StepProgressSchema = z.object({ done: z.boolean(), note: str(100_000), updatedAt: isoDate });
export type StepProgress = z.infer<typeof StepProgressSchema>;

/** Checklist progress for one review. */
export const ChecklistRecordSchema = z.object({
  reviewId: id(200),
  steps: z.partialRecord(z.enum(STEP_IDS), StepProgressSchema),
  /** The edited Plan of Action text, when the seller changed the draft. */
  poaText: z.optional(str(200_000)),
  /**
   * Applicable steps done / applicable steps, as of the last change the
   * seller made (the popup, which builds the checklist, writes it). The page
   * notes show it without the background building checklists.
   */
  summary: z.optional(z.object({ done: z.number().check(z.int(), z.nonnegative()), total: z.number().check(z.int(), z.nonnegative()) })),
  updatedAt: isoDate,
});
export type ChecklistRecord = z.infer<typeof ChecklistRecordSchema>;

/** A message being written, kept so a closed tab loses nothing. */
export const DraftRecordSchema = z.object({
  /** Order id the message is about (or a page key where there is none). */
  orderId: id(300),
  text: str(200_000),
  updatedAt: isoDate,
  pageKind: str(40),
});
export type DraftRecord = z.infer<typeof DraftRecordSchema>;

/** An order for which a review was already requested. */
export const ReviewRequestRecordSchema = z.object({
  orderId: id(300),
  requestedAt: isoDate,
  /** Where we learned it: our click on "Yes", or Amazon's "already requested" error. */
  via: z.enum(['request-review', 'amazon-error']),
});
export type ReviewRequestRecord = z.infer<typeof ReviewRequestRecordSchema>;

/**
 * Visits per page kind: `currentStart` is when the visit under way began,
 * `previousStart` when the one before it began (the line "new since your last
 * visit" is drawn at); `lastActive` ends a visit after a long pause.
 */
export const VisitRecordSchema = z.object({
  pageKind: id(40),
  previousStart: z.optional(isoDate),
  currentStart: isoDate,
  lastActive: isoDate,
});
export type VisitRecord = z.infer<typeof VisitRecordSchema>;

/** When the seller first opened an item in the checklist (clears it from the "new" badge). */
export const OpenedRecordSchema = z.object({ reviewId: id(200), openedAt: isoDate });
export type OpenedRecord = z.infer<typeof OpenedRecordSchema>;

/** Where a report goes (see lib/checklist/reporting.ts for the words). */
export const REPORT_CHANNELS = ['review-report-link', 'brand-registry-violation', 'feedback-request-removal'] as const;
export type ReportChannelId = (typeof REPORT_CHANNELS)[number];

/** A report the seller marked as sent. */
export const ReportLogRecordSchema = z.object({
  /** `${itemId}@${sentAt}`: one row per report sent. */
  id: id(300),
  itemId: id(200),
  kind: z.enum(['review', 'feedback']),
  sentAt: isoDate,
  channel: z.enum(REPORT_CHANNELS),
  /** Whether ReviewGuard had called the item removable when it was marked sent. */
  calledRemovable: z.boolean(),
  ground: z.optional(z.enum(GROUND_IDS)),
});
export type ReportLogRecord = z.infer<typeof ReportLogRecordSchema>;
