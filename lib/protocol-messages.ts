// The message catalogue: request and reply schema per message type, and the
// check of an incoming message. Only the receiving side (the background's
// router) and the popup's and options page's client use it at runtime; the
// content script's bundle leaves all of it out. The background checks
// requests only (a reply is checked by the client that receives it), so the
// reply schemas are built in functions marked pure: its bundle leaves them out.
import * as z from 'zod/mini';
import { LintContextSchema } from './policy/types.ts';
import { IdentifiedReviewItemSchema } from './reviews/types.ts';
import { PAGE_KINDS } from './page-kind.ts';
import { ITEM_STATUSES } from './records/schemas.ts';
import { PAGE_REPLIES, PROTOCOL_TAG, describeIssues, type Reply } from './protocol.ts';

const ok = () => z.object({ ok: z.literal(true) });
const str = (max: number) => z.string().check(z.maxLength(max));
const nonNegInt = () => z.number().check(z.int(), z.nonnegative());

const PageKindSchema = z.enum(PAGE_KINDS);

const MAX_TEXT = 200_000;

/** An order id, or a page key where a compose box has no order. */
const OrderKey = z.string().check(z.minLength(1), z.maxLength(300));

export const SeenItemSchema = z.strictObject({
  item: IdentifiedReviewItemSchema,
  asin: z.optional(str(40)),
  orderId: z.optional(str(40)),
  /** Feedback Manager: does Amazon offer "Request removal" on this row? */
  removalOffered: z.optional(z.boolean()),
  /** What Amazon's page shows about it: removed, or struck through (absent: listed normally). */
  status: z.optional(z.enum(ITEM_STATUSES)),
});

/** Page health: how many items were read, how many the page lists, and selector counts (never page text). */
const PageStatusShape = {
  items: nonNegInt().check(z.lte(1_000_000)),
  /** Items the page visibly lists (candidate cards, rows or fields), read or not. */
  listed: z.optional(nonNegInt().check(z.lte(1_000_000))),
  /** Matches per selector name, for the diagnostics the seller can copy. */
  counts: z.optional(z.record(z.string().check(z.maxLength(60)), nonNegInt().check(z.lte(1_000_000)))),
};
const TabPageSchema = z.object({
  kind: z.nullable(PageKindSchema),
  url: z.string(),
  items: z.nullable(z.number()),
  listed: z.optional(z.number()),
  counts: z.optional(z.record(z.string(), z.number())),
  at: z.number(),
});

/** Replies only the popup and the options page receive (not in the content script's bundle). */
export const UI_REPLIES = /* @__PURE__ */ (() => ({
  ping: z.object({ pong: z.literal(true), version: z.string(), startedAt: z.number() }),
  'item/opened': z.object({ badge: z.string() }),
  'tab/info': z.object({ page: z.nullable(TabPageSchema) }),
  'settings/changed': ok(),
}) as const)();

export const REPLIES = /* @__PURE__ */ (() => ({ ...PAGE_REPLIES, ...UI_REPLIES }) as const)();

/** The message catalogue: the request schema of every message type (its reply schema: REPLIES). */
export const REQUESTS = {
  ping: z.strictObject({}),
  'page/hello': z.strictObject({ kind: z.nullable(PageKindSchema), url: str(8192) }),
  lint: z.strictObject({ text: str(MAX_TEXT), context: z.optional(LintContextSchema) }),
  'draft/save': z.strictObject({ orderId: OrderKey, text: str(MAX_TEXT), pageKind: str(40) }),
  'draft/get': z.strictObject({ orderId: OrderKey }),
  'draft/clear': z.strictObject({ orderId: OrderKey }),
  /** What the store knows about an order, for the context rules. */
  
  'order/context': z.strictObject({ orderId: OrderKey }),
  'order/review-requested': z.strictObject({
      orderId: z.string().check(z.regex(/^\d{3}-\d{7}-\d{7}$/)),
      via: z.enum(['request-review', 'amazon-error']),
    }),
  /** Reviews / feedback seen on a page: classify, remember, and report progress. */
  
  'reviews/seen': z.strictObject({
      host: str(100),
      pageUrl: str(8192),
      items: z.array(SeenItemSchema).check(z.maxLength(1000)),
    }),
  /** Every item the page lists, in page order: items whose place closed up are marked removed. */
  'reviews/listing': z.strictObject({
      host: str(100),
      kind: z.enum(['review', 'feedback']),
      entries: z.array(z.strictObject({ id: z.string().check(z.minLength(1), z.maxLength(200)), rating: z.number().check(z.gte(1), z.lte(5)) })).check(z.maxLength(1000)),
    }),
  /** Checklist progress of items already on the page (nothing is classified again). */
  
  'reviews/progress': z.strictObject({ ids: z.array(z.string().check(z.minLength(1), z.maxLength(200))).check(z.maxLength(1000)) }),
  /** The seller picked a review for the checklist (the popup shows it). */
  'review/select': z.strictObject({ id: z.string().check(z.minLength(1), z.maxLength(200)) }),
  /** Topic alerts for these ASINs: several negative reviews with the same primary root cause within the window (Settings). */
  'topics/get': z.strictObject({ asins: z.array(str(40)).check(z.maxLength(1000)) }),
  /** The seller opened an item in the popup's checklist: it leaves the "new" badge count. */
  'item/opened': z.strictObject({ id: z.string().check(z.minLength(1), z.maxLength(200)) }),
  /** A page feature reports how many items it recognised (0 = layout not recognised). */
  
  'page/status': z.strictObject(PageStatusShape),
  /** The popup asks what ReviewGuard saw in a tab. */
  
  'tab/info': z.strictObject({ tabId: z.number().check(z.int()) }),
  /** The options page changed settings: drop caches and tell open tabs. */
  
  'settings/changed': z.strictObject({}),
  'settings/get': z.strictObject({}),
} as const;

export type MessageType = keyof typeof REQUESTS;
export type RequestOf<T extends MessageType> = z.input<(typeof REQUESTS)[T]>;
export type ResponseOf<T extends MessageType> = z.output<(typeof REPLIES)[T]>;
// Every message has both schemas: a request without a reply, or a reply
// without a request, fails the type check.
type SameKeys<A, B> = [Exclude<keyof A, keyof B> | Exclude<keyof B, keyof A>] extends [never] ? true : false;
const catalogueComplete: SameKeys<typeof REQUESTS, typeof REPLIES> = true;
void catalogueComplete;

export const EnvelopeSchema = z.strictObject({ tag: z.literal(PROTOCOL_TAG), type: str(100), payload: z.unknown() });
export type Envelope = z.infer<typeof EnvelopeSchema>;

export function isMessageType(type: string): type is MessageType {
  return Object.prototype.hasOwnProperty.call(REQUESTS, type);
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
  const req = REQUESTS[type].safeParse(payload);
  if (!req.success) {
    return { error: { ok: false, error: { code: 'bad-request', message: `Invalid "${type}" request: ${describeIssues(req.error)}` } } };
  }
  return { type, payload: req.data };
}

