// Every message between extension contexts, defined once with zod and
// validated on both ends (sender before sending, receiver before acting, and
// the reply on its way back). Unknown or malformed messages get an error reply
// and change nothing.
import { z } from 'zod';
import { LintContextSchema, LintSettingsSchema, RuleIdSchema, SeveritySchema } from './policy/types.ts';
import { GROUND_IDS, RISK_IDS, ROOT_CAUSES, ReviewItemSchema } from './reviews/types.ts';
import { PAGE_KINDS } from './pages/page-kind.ts';

/** Marks our envelopes so stray messages from elsewhere are told apart. */
export const PROTOCOL_TAG = 'reviewguard/1';

const PageKindSchema = z.enum(PAGE_KINDS);

const LocalizedSchema = z.object({ message: z.string(), explanation: z.string() });
export const FindingSchema = z.object({
  rule: RuleIdSchema,
  severity: SeveritySchema,
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  message: z.string(),
  explanation: z.string(),
  zh: LocalizedSchema,
  fix: z.string().optional(),
  source: z.string().optional(),
});

const EvidenceShape = {
  field: z.enum(['title', 'body']),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  quote: z.string(),
};
export const ClassificationSchema = z.object({
  removable: z.boolean(),
  grounds: z.array(z.object({ id: z.enum(GROUND_IDS), ...EvidenceShape })),
  reason: z.object({ en: z.string(), zh: z.string() }),
  rootCauses: z.array(z.enum(ROOT_CAUSES)),
  risks: z.array(z.enum(RISK_IDS)),
  riskEvidence: z.array(z.object({ id: z.enum(RISK_IDS), ...EvidenceShape })),
  deadlines: z.record(
    z.string(),
    z.object({
      id: z.string(),
      windowDays: z.number(),
      lastDay: z.string(),
      daysLeft: z.number(),
      expired: z.boolean(),
      source: z.string(),
      lastChecked: z.string(),
    }),
  ),
});

const MAX_TEXT = 200_000;

/** An order id, or a page key where a compose box has no order. */
const OrderKey = z.string().min(1).max(300);

export const SeenItemSchema = z
  .object({
    item: ReviewItemSchema.extend({ id: z.string().min(1).max(200) }),
    asin: z.string().max(40).optional(),
    orderId: z.string().max(40).optional(),
    /** Feedback Manager: does Amazon offer "Request removal" on this row? */
    removalOffered: z.boolean().optional(),
  })
  .strict();

/** Everything the seller can set (options page), validated wherever it is read. */
export const SettingsSchema = z
  .object({
    lint: LintSettingsSchema.default({ rules: {}, customPhrases: [] }),
    uiLanguage: z.enum(['auto', 'en', 'zh']).default('auto'),
  })
  .strict();
export type Settings = z.infer<typeof SettingsSchema>;
export const DEFAULT_SETTINGS: Settings = { lint: { rules: {}, customPhrases: [] }, uiLanguage: 'auto' };

/** The message catalogue: request and response schema per message type. */
export const MESSAGES = {
  ping: {
    request: z.object({}).strict(),
    response: z.object({ pong: z.literal(true), version: z.string(), startedAt: z.number() }),
  },
  'page/hello': {
    request: z.object({ kind: PageKindSchema.nullable(), url: z.string().max(8192) }).strict(),
    response: z.object({ ok: z.literal(true) }),
  },
  lint: {
    request: z.object({ text: z.string().max(MAX_TEXT), context: LintContextSchema.optional() }).strict(),
    response: z.object({ findings: z.array(FindingSchema), ms: z.number() }),
  },
  classify: {
    request: z.object({ items: z.array(ReviewItemSchema.extend({ id: z.string().min(1).max(200) })).max(2000) }).strict(),
    response: z.object({ results: z.array(z.object({ id: z.string(), classification: ClassificationSchema })) }),
  },
  'draft/save': {
    request: z.object({ orderId: OrderKey, text: z.string().max(MAX_TEXT), pageKind: z.string().max(40) }).strict(),
    response: z.object({ ok: z.literal(true) }),
  },
  'draft/get': {
    request: z.object({ orderId: OrderKey }).strict(),
    response: z.object({ draft: z.object({ text: z.string(), updatedAt: z.string() }).nullable() }),
  },
  'draft/clear': {
    request: z.object({ orderId: OrderKey }).strict(),
    response: z.object({ ok: z.literal(true) }),
  },
  /** What the store knows about an order, for the context rules. */
  'order/context': {
    request: z.object({ orderId: OrderKey }).strict(),
    response: z.object({ reviewRequestedBefore: z.boolean() }),
  },
  'order/review-requested': {
    request: z.object({ orderId: z.string().regex(/^\d{3}-\d{7}-\d{7}$/), via: z.enum(['request-review', 'amazon-error']) }).strict(),
    response: z.object({ ok: z.literal(true) }),
  },
  /** Reviews / feedback seen on a page: classify, remember, and report progress. */
  'reviews/seen': {
    request: z
      .object({
        host: z.string().max(100),
        pageUrl: z.string().max(8192),
        items: z.array(SeenItemSchema).max(1000),
      })
      .strict(),
    response: z.object({
      results: z.array(
        z.object({
          id: z.string(),
          classification: ClassificationSchema,
          progress: z.object({ done: z.number(), total: z.number() }).nullable(),
        }),
      ),
    }),
  },
  /** The seller picked a review for the checklist (the popup shows it). */
  'review/select': {
    request: z.object({ id: z.string().min(1).max(200) }).strict(),
    response: z.object({ ok: z.literal(true) }),
  },
  /** A page feature reports how many items it recognised (0 = layout not recognised). */
  'page/status': {
    request: z.object({ items: z.number().int().nonnegative().max(1_000_000) }).strict(),
    response: z.object({ ok: z.literal(true) }),
  },
  /** The popup asks what ReviewGuard saw in a tab. */
  'tab/info': {
    request: z.object({ tabId: z.number().int() }).strict(),
    response: z.object({
      page: z.object({ kind: PageKindSchema.nullable(), url: z.string(), items: z.number().nullable(), at: z.number() }).nullable(),
    }),
  },
  /** The options page changed settings: drop caches and tell open tabs. */
  'settings/changed': {
    request: z.object({}).strict(),
    response: z.object({ ok: z.literal(true) }),
  },
  'settings/get': {
    request: z.object({}).strict(),
    response: z.object({ settings: SettingsSchema }),
  },
} as const;

export type MessageType = keyof typeof MESSAGES;
export type RequestOf<T extends MessageType> = z.input<(typeof MESSAGES)[T]['request']>;
export type ResponseOf<T extends MessageType> = z.output<(typeof MESSAGES)[T]['response']>;

export const EnvelopeSchema = z
  .object({ tag: z.literal(PROTOCOL_TAG), type: z.string().max(100), payload: z.unknown() })
  .strict();
export type Envelope = z.infer<typeof EnvelopeSchema>;

export const ERROR_CODES = ['bad-envelope', 'unknown-type', 'bad-request', 'bad-response', 'handler-failed', 'unavailable'] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export const ReplySchema = z.union([
  z.object({ ok: z.literal(true), data: z.unknown() }),
  z.object({ ok: z.literal(false), error: z.object({ code: z.enum(ERROR_CODES), message: z.string() }) }),
]);
export type Reply = z.infer<typeof ReplySchema>;

export class ProtocolError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'ProtocolError';
  }
}

export function isMessageType(type: string): type is MessageType {
  return Object.prototype.hasOwnProperty.call(MESSAGES, type);
}

/** Readable one-line summary of zod issues: "text: expected string; context.now: not a date". */
export function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 5)
    .map((i) => `${i.path.length ? i.path.join('.') : '(root)'}: ${i.message}`)
    .join('; ');
}

/** Validates an incoming envelope and its payload; returns the parsed request or an error reply. */
export function parseRequest(raw: unknown): { type: MessageType; payload: unknown } | { error: Reply } {
  const env = EnvelopeSchema.safeParse(raw);
  if (!env.success) {
    return { error: { ok: false, error: { code: 'bad-envelope', message: `Malformed message: ${describeIssues(env.error)}` } } };
  }
  const { type, payload } = env.data;
  if (!isMessageType(type)) {
    return { error: { ok: false, error: { code: 'unknown-type', message: `Unknown message type "${type.slice(0, 100)}"` } } };
  }
  const req = MESSAGES[type].request.safeParse(payload);
  if (!req.success) {
    return { error: { ok: false, error: { code: 'bad-request', message: `Invalid "${type}" request: ${describeIssues(req.error)}` } } };
  }
  return { type, payload: req.data };
}

/** Notices the background pushes to content scripts (no reply expected). */
export const NoticeSchema = z
  .object({ tag: z.literal(PROTOCOL_TAG), notice: z.enum(['settings-changed']) })
  .strict();
export type Notice = z.infer<typeof NoticeSchema>;
