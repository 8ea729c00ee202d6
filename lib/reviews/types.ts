// Public data model of the review / feedback classifier. Ground, root-cause
// and risk ids are a public interface: never rename one, only add.
import * as z from 'zod/mini';
import { isoDate } from '../policy/types.ts';

export const GROUND_IDS = [
  'profanity',
  'personal-info',
  'promotional',
  'seller-feedback',
  'pricing-availability',
  'off-topic',
  'incentivized',
  'wrong-product',
  'spam',
  'product-review',
  'fba-fulfillment',
  'conflict-of-interest',
  'illegal-dangerous',
] as const;
export type GroundId = (typeof GROUND_IDS)[number];

/**
 * Grounds that make an item removable only under a condition the text cannot
 * show: they never set `removable` and are listed apart (`conditionalGrounds`).
 */
export const CONDITIONAL_GROUND_IDS = ['buy-shipping'] as const;
export type ConditionalGroundId = (typeof CONDITIONAL_GROUND_IDS)[number];

export const ROOT_CAUSES = ['quality', 'not-as-described', 'logistics', 'usage', 'preference', 'authenticity', 'service'] as const;
export type RootCause = (typeof ROOT_CAUSES)[number];

export const RISK_IDS = ['authenticity-risk', 'safety-risk'] as const;
export type RiskId = (typeof RISK_IDS)[number];

export const ReviewItemSchema = z.object({
  /** Review id (R…) or, for feedback, the order id. */
  id: z.optional(z.string().check(z.maxLength(200))),
  kind: z.enum(['review', 'feedback']),
  rating: z.number().check(z.gte(1), z.lte(5)),
  title: z.optional(z.string().check(z.maxLength(100_000))),
  body: z.string().check(z.maxLength(100_000)),
  /** Date the review / feedback was left. */
  date: isoDate,
  /** Feedback only: who fulfilled the order. */
  fulfilledBy: z.optional(z.enum(['amazon', 'merchant'])),
  /** Amazon Vine review (never "incentivized" in the removal sense). */
  vine: z.optional(z.boolean()),
  asin: z.optional(z.string().check(z.maxLength(40))),
  marketplace: z.optional(z.string().check(z.maxLength(64))),
  reviewer: z.optional(z.string().check(z.maxLength(200))),
});
/** A review / feedback with its id (review id, or the order id for feedback). */
export const IdentifiedReviewItemSchema = z.extend(ReviewItemSchema, { id: z.string().check(z.minLength(1), z.maxLength(200)) });
export type ReviewItem = z.infer<typeof ReviewItemSchema>;

const nonNegInt = () => z.number().check(z.int(), z.nonnegative());

/** Where the words behind a ground or risk are: UTF-16 offsets into that field of the original item. */
const EvidenceShape = {
  field: z.enum(['title', 'body']),
  start: nonNegInt(),
  end: nonNegInt(),
  quote: z.string(),
};
export const EvidenceSchema = z.object(EvidenceShape);
export type Evidence = z.infer<typeof EvidenceSchema>;

export const GroundSchema = z.object({ id: z.enum(GROUND_IDS), ...EvidenceShape });
export type Ground = z.infer<typeof GroundSchema>;

export const ConditionalGroundSchema = z.object({ id: z.enum(CONDITIONAL_GROUND_IDS), ...EvidenceShape });
export type ConditionalGround = z.infer<typeof ConditionalGroundSchema>;

export const RiskEvidenceSchema = z.object({ id: z.enum(RISK_IDS), ...EvidenceShape });
export type RiskEvidence = z.infer<typeof RiskEvidenceSchema>;

export const DeadlineSchema = z.object({
  id: z.string(),
  /** Days allowed from the review / feedback date. */
  windowDays: z.number(),
  /** ISO date (YYYY-MM-DD) of the last day to act. */
  lastDay: z.string(),
  /** Whole days left from `now` (0 = last day is today); negative when expired. */
  daysLeft: z.number(),
  expired: z.boolean(),
  source: z.string(),
  lastChecked: z.string(),
});
export type Deadline = z.infer<typeof DeadlineSchema>;

export const ClassificationSchema = z.object({
  removable: z.boolean(),
  grounds: z.array(GroundSchema),
  /** Grounds that apply only if something the text cannot show is true (`buy-shipping`); never removable by themselves. */
  conditionalGrounds: z.optional(z.array(ConditionalGroundSchema)),
  /** Seller feedback that Amazon already struck through (its FBA note is appended): nothing to report. */
  struckByAmazon: z.optional(z.boolean()),
  /** One plain line saying why it is or is not removable (English / Chinese). */
  reason: z.object({ en: z.string(), zh: z.string() }),
  rootCauses: z.array(z.enum(ROOT_CAUSES)),
  risks: z.array(z.enum(RISK_IDS)),
  riskEvidence: z.array(RiskEvidenceSchema),
  deadlines: z.record(z.string(), DeadlineSchema),
});
// The two new fields are optional in the type so records stored before they
// existed still validate; classifyReview always fills them.
export type Classification = z.infer<typeof ClassificationSchema>;
