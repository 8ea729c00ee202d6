// Public data model of the buyer-message linter. Rule ids are a public
// interface (settings, CLI JSON, docs): never rename one, only add.
import { z } from 'zod';

export const RULE_IDS = [
  'email-address',
  'insecure-link',
  'tracking-link',
  'external-link',
  'phone-number',
  'emoji',
  'review-incentive',
  'review-change-request',
  'positive-review-request',
  'repeat-review-request',
  'promotion',
  'personal-info-request',
  'off-platform-contact',
  'adult-content',
  'outside-window',
  'missing-order-id',
  'no-permitted-reason',
  'html-markup',
  'too-long',
  'excess-line-breaks',
  'wrong-language',
  'buyer-opted-out',
  // Seller-defined forbidden phrases (settings.customPhrases).
  'custom-phrase',
] as const;

export type RuleId = (typeof RULE_IDS)[number];
export const RuleIdSchema = z.enum(RULE_IDS);

export type Severity = 'error' | 'warning';
export const SeveritySchema = z.enum(['error', 'warning']);

export interface LocalizedText {
  message: string;
  explanation: string;
}

export interface Finding {
  rule: RuleId;
  severity: Severity;
  /** UTF-16 offsets into the ORIGINAL text (as a textarea counts). */
  start: number;
  end: number;
  /** Short English message. */
  message: string;
  /** Why Amazon forbids it and what to write instead (English). */
  explanation: string;
  /** Simplified Chinese message and explanation. */
  zh: LocalizedText;
  /** Replacement text for [start, end) where a fix is sensible ('' = delete). */
  fix?: string;
  /** Where the rule comes from (Amazon help page or seed article). */
  source?: string;
}

const isoDate = z.string().refine((s) => !Number.isNaN(Date.parse(s)), { message: 'not a date (use YYYY-MM-DD or ISO 8601)' });

export const LintContextSchema = z
  .object({
    orderDate: isoDate.optional(),
    deliveryDate: isoDate.optional(),
    now: isoDate.optional(),
    reviewRequestedBefore: z.boolean().optional(),
    buyerInitiated: z.boolean().optional(),
    /** ISO 639-1 code ('es') or an English/native language name ('Spanish', 'Español'). */
    buyerLanguage: z.string().min(1).max(64).optional(),
    buyerOptedOut: z.boolean().optional(),
    marketplace: z.string().max(64).optional(),
  })
  .strict();
export type LintContext = z.infer<typeof LintContextSchema>;

export const RuleSettingSchema = z
  .object({
    enabled: z.boolean().optional(),
    severity: SeveritySchema.optional(),
  })
  .strict();

export const LintSettingsSchema = z
  .object({
    rules: z.partialRecord(RuleIdSchema, RuleSettingSchema).default({}),
    /** Seller's own forbidden phrases, matched case-insensitively after normalisation. */
    customPhrases: z.array(z.string().trim().min(1).max(200)).max(500).default([]),
  })
  .strict();
export type LintSettings = z.infer<typeof LintSettingsSchema>;
export const DEFAULT_LINT_SETTINGS: LintSettings = { rules: {}, customPhrases: [] };
