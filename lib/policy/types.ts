// Public data model of the buyer-message linter. Rule ids are a public
// interface (settings, CLI JSON, docs): never rename one, only add.
// zod/mini: the same validation in a fraction of the bytes (these schemas ship
// in the content script, which runs on every Seller Central page).
import * as z from 'zod/mini';

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
  // policy.md §4 (2026-12): Amazon's current rules.
  'review-request-window',
  'critical-reason-misuse',
  'amazon-store-link',
  'attachment-reason',
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
  /** Public page the rule comes from (Amazon help page, API docs). */
  source?: string;
}

/** A date string: ISO 8601 / YYYY-MM-DD, a real calendar day (no 2026-02-31). */
export const isoDate = z.string().check(
  z.maxLength(64),
  z.refine(
    (s) => {
      if (Number.isNaN(Date.parse(s))) return false;
      const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(s);
      if (!m) return true;
      const d = new Date(Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!));
      return d.getUTCMonth() === +m[2]! - 1 && d.getUTCDate() === +m[3]!;
    },
    { message: 'not a date (use YYYY-MM-DD or ISO 8601)' },
  ),
);

export const CONTACT_REASONS = ['delivery', 'missing-information', 'unexpected-problem', 'other'] as const;
export type ContactReason = (typeof CONTACT_REASONS)[number];
/** Reasons Amazon treats as necessary to complete the order (misusing them restricts messaging). */
export const CRITICAL_CONTACT_REASONS: readonly ContactReason[] = ['delivery', 'missing-information', 'unexpected-problem'];
export const LINT_MODES = ['message', 'insert'] as const;
export type LintMode = (typeof LINT_MODES)[number];

export const LintContextSchema = z.strictObject({
  orderDate: z.optional(isoDate),
  deliveryDate: z.optional(isoDate),
  now: z.optional(isoDate),
  reviewRequestedBefore: z.optional(z.boolean()),
  buyerInitiated: z.optional(z.boolean()),
  /** ISO 639-1 code ('es') or an English/native language name ('Spanish', 'Español'). */
  buyerLanguage: z.optional(z.string().check(z.minLength(1), z.maxLength(64))),
  buyerOptedOut: z.optional(z.boolean()),
  marketplace: z.optional(z.string().check(z.maxLength(64))),
  /** The contact reason picked on Contact buyer; the first three are "critical" to the order. */
  contactReason: z.optional(z.enum(CONTACT_REASONS)),
  /** A file is attached to the message. */
  hasAttachment: z.optional(z.boolean()),
  /** 'insert': a package-insert card, not a buyer message (contacts and links are fine there). */
  mode: z.optional(z.enum(LINT_MODES)),
});
export type LintContext = z.infer<typeof LintContextSchema>;

export const RuleSettingSchema = z.strictObject({
  enabled: z.optional(z.boolean()),
  severity: z.optional(SeveritySchema),
});

export const LintSettingsSchema = z.strictObject({
  rules: z._default(z.partialRecord(RuleIdSchema, RuleSettingSchema), {}),
  /** Seller's own forbidden phrases, matched case-insensitively after normalisation. */
  customPhrases: z._default(
    z.array(z.string().check(z.trim(), z.minLength(1), z.maxLength(200))).check(z.maxLength(500)),
    [],
  ),
});
export type LintSettings = z.infer<typeof LintSettingsSchema>;
export const DEFAULT_LINT_SETTINGS: LintSettings = { rules: {}, customPhrases: [] };

const nonNegInt = () => z.number().check(z.int(), z.nonnegative());
const LocalizedSchema = z.object({ message: z.string(), explanation: z.string() });
/** A finding as it crosses a boundary (messages between extension parts, CLI JSON). */
export const FindingSchema = z.object({
  rule: RuleIdSchema,
  severity: SeveritySchema,
  start: nonNegInt(),
  end: nonNegInt(),
  message: z.string(),
  explanation: z.string(),
  zh: LocalizedSchema,
  fix: z.optional(z.string()),
  source: z.optional(z.string()),
});
