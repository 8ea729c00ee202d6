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
] as const;
export type GroundId = (typeof GROUND_IDS)[number];

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

export interface Evidence {
  field: 'title' | 'body';
  /** UTF-16 offsets into that field of the original item. */
  start: number;
  end: number;
  quote: string;
}

export interface Ground extends Evidence {
  id: GroundId;
}

export interface RiskEvidence extends Evidence {
  id: RiskId;
}

export interface Deadline {
  id: string;
  /** Days allowed from the review / feedback date. */
  windowDays: number;
  /** ISO date (YYYY-MM-DD) of the last day to act. */
  lastDay: string;
  /** Whole days left from `now` (0 = last day is today); negative when expired. */
  daysLeft: number;
  expired: boolean;
  source: string;
  lastChecked: string;
}

export interface Classification {
  removable: boolean;
  grounds: Ground[];
  /** One plain line saying why it is or is not removable (English / Chinese). */
  reason: { en: string; zh: string };
  rootCauses: RootCause[];
  risks: RiskId[];
  riskEvidence: RiskEvidence[];
  deadlines: Record<string, Deadline>;
}
