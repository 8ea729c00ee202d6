// Public data model of the review / feedback classifier. Ground, root-cause
// and risk ids are a public interface: never rename one, only add.
import { z } from 'zod';

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

const isoDate = z.string().refine((s) => !Number.isNaN(Date.parse(s)), { message: 'not a date (use YYYY-MM-DD or ISO 8601)' });

export const ReviewItemSchema = z.object({
  /** Review id (R…) or, for feedback, the order id. */
  id: z.string().max(200).optional(),
  kind: z.enum(['review', 'feedback']),
  rating: z.number().min(1).max(5),
  title: z.string().max(100_000).optional(),
  body: z.string().max(100_000),
  /** Date the review / feedback was left. */
  date: isoDate,
  /** Feedback only: who fulfilled the order. */
  fulfilledBy: z.enum(['amazon', 'merchant']).optional(),
  /** Amazon Vine review (never "incentivized" in the removal sense). */
  vine: z.boolean().optional(),
  asin: z.string().max(40).optional(),
  marketplace: z.string().max(64).optional(),
  reviewer: z.string().max(200).optional(),
});
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
