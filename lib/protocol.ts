// Every message between extension contexts, defined once with zod and
// validated once per boundary crossing, by the side that receives it (the
// router checks requests, the client checks replies). Unknown or malformed
// messages get an error reply and change nothing.
import * as z from 'zod/mini';
import en from 'zod/v4/locales/en.js';
import { FindingSchema, LintSettingsSchema } from './policy/types.ts';
import { ClassificationSchema, ROOT_CAUSES } from './reviews/types.ts';
import { OutcomeEventSchema } from './records/schemas.ts';
import { DEFAULT_TOPIC_ALERTS, TopicAlertSettingsSchema } from './insights/topic-settings.ts';
// The request schemas and the message catalogue live in protocol-messages.ts:
// only the receiving side (the background) needs them, and this module is in
// the script every Seller Central page loads.
export type { MessageType, RequestOf, ResponseOf } from './protocol-messages.ts';

/** Marks our envelopes so stray messages from elsewhere are told apart. */
export const PROTOCOL_TAG = 'reviewguard/1';

export { ClassificationSchema };

// Domain schema, defined by the linter; re-exported for the protocol's users.
export { FindingSchema };

/** Everything the seller can set (options page), validated wherever it is read. */
export const SettingsSchema = z.strictObject({
  lint: z._default(LintSettingsSchema, { rules: {}, customPhrases: [] }),
  uiLanguage: z._default(z.enum(['auto', 'en', 'zh']), 'auto'),
  topicAlerts: z._default(TopicAlertSettingsSchema, DEFAULT_TOPIC_ALERTS),
});
export type Settings = z.infer<typeof SettingsSchema>;
export const DEFAULT_SETTINGS: Settings = { lint: { rules: {}, customPhrases: [] }, uiLanguage: 'auto', topicAlerts: DEFAULT_TOPIC_ALERTS };

const ok = () => z.object({ ok: z.literal(true) });
/**
 * The reply schema of every message, apart from the requests: a sender (the
 * content script, popup, options page) validates replies and never needs the
 * request schemas, so its bundle leaves them out. The content script's
 * client holds only the replies to what a page sends. Built in a function
 * marked pure: the background, which checks requests and never a reply,
 * leaves them out of its bundle.
 */
export const PAGE_REPLIES = /* @__PURE__ */ (() => ({
  'page/hello': ok(),
  lint: z.object({ findings: z.array(FindingSchema), ms: z.number() }),
  'draft/save': ok(),
  'draft/get': z.object({ draft: z.nullable(z.object({ text: z.string(), updatedAt: z.string() })) }),
  'draft/clear': ok(),
  'order/context': z.object({ reviewRequestedBefore: z.boolean() }),
  'order/review-requested': ok(),
  'reviews/seen': z.object({
      results: z.array(
        z.object({
          id: z.string(),
          classification: ClassificationSchema,
          progress: z.nullable(z.object({ done: z.number(), total: z.number() })),
          /** First seen during this visit of its page kind, after an earlier visit. */
          isNew: z.boolean(),
          /** Changes seen after the seller worked on it (latest last, at most a few). */
          outcomes: z.optional(z.array(OutcomeEventSchema).check(z.maxLength(10))),
        }),
      ),
    }),
  'reviews/listing': z.object({ removed: z.array(z.string()) }),
  'reviews/progress': z.object({ progress: z.record(z.string(), z.nullable(z.object({ done: z.number(), total: z.number() }))) }),
  'review/select': ok(),
  'topics/get': z.object({
    windowDays: z.number(),
    alerts: z.array(
      z.object({
        asin: z.string(),
        rootCause: z.enum(ROOT_CAUSES),
        count: z.number(),
        reviewIds: z.array(z.string()),
        from: z.string(),
        to: z.string(),
      }),
    ),
  }),
  'page/status': ok(),
  'settings/get': z.object({ settings: SettingsSchema }),
}) as const)();

/** The messages a content script may send. */
export type PageMessageType = keyof typeof PAGE_REPLIES;

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

/** Readable one-line summary of zod issues: "text: expected string; context.now: not a date". */
export function describeIssues(error: { issues: ReadonlyArray<{ path: PropertyKey[]; message: string }> }): string {
  return error.issues
    .slice(0, 5)
    .map((i) => `${i.path.length ? i.path.map(String).join('.') : '(root)'}: ${i.message}`)
    .join('; ');
}


/** Notices the background pushes to content scripts (no reply expected). */
export const NoticeSchema = z.strictObject({ tag: z.literal(PROTOCOL_TAG), notice: z.enum(['settings-changed']) });
export type Notice = z.infer<typeof NoticeSchema>;

/**
 * zod/mini has no messages of its own: English ones make validation errors
 * readable. Called by the contexts that report errors to people (the
 * background, the pages, the CLI); the content script skips it to stay small.
 */
export function useReadableErrors(): void {
  z.config(en());
}
