// Everything the rules read about one message, computed once: the normalised
// text with its offset map, emails, links, phones, order ids, the classified
// words and sentences, and the resolved context. Costlier facts (language,
// review requests) are computed on first use.
import { findEmails } from './analyse/emails.ts';
import { detectLanguage, resolveLanguage } from './analyse/language.ts';
import { findLinks, type Link } from './analyse/links.ts';
import { findPhones } from './analyse/phones.ts';
import { findChangeRequests, findReviewRequests, type ChangeRequest, type ReviewRequest } from './analyse/review-requests.ts';
import type { Span } from './analyse/span.ts';
import { scanTokens, type Scan } from './analyse/tokens.ts';
import { normalize, toOriginal, type Normalized } from './normalize.ts';
import type { ContactReason, LintContext, LintSettings } from './types.ts';

export interface ResolvedContext {
  /** The seller writes first (not a reply to the buyer). */
  proactive: boolean;
  /** Whole days from the order date to now; undefined without it. */
  daysSinceOrder: number | undefined;
  /** Whole days from delivery to now (negative before delivery); undefined without it. */
  daysSinceDelivery: number | undefined;
  contactReason: ContactReason | undefined;
  hasAttachment: boolean;
  /** A package-insert card rather than a buyer message. */
  insert: boolean;
  reviewRequestedBefore: boolean;
  buyerOptedOut: boolean;
  /** ISO 639-1 code of the buyer's language, if given and known. */
  buyerLanguage: string | undefined;
}

export interface Doc {
  readonly text: string;
  readonly norm: Normalized;
  readonly emails: Span[];
  readonly links: Link[];
  readonly phones: Span[];
  readonly orderIds: Span[];
  readonly scan: Scan;
  readonly ctx: ResolvedContext;
  readonly settings: LintSettings;
  /** Original [start, end) of a normalised span. */
  orig(s: number, e: number): [number, number];
  language(): string | undefined;
  reviewRequests(): ReviewRequest[];
  changeRequests(): ChangeRequest[];
}

const ORDER_ID = /(?<!\d)\d{3}-\d{7}-\d{7}(?!\d)/g;
const DAY = 86_400_000;

// Date.parse is a noticeable share of linting a short message, and the same
// few dates come with every keystroke: memoise plain YYYY-MM-DD dates (always
// UTC, so the result never depends on the time zone).
const PLAIN_DATE = /^\d{4}-\d{2}-\d{2}$/;
const dayCache = new Map<string, number | undefined>();

function dayNumber(iso: string | undefined): number | undefined {
  if (iso === undefined) return undefined;
  const cached = dayCache.get(iso);
  if (cached !== undefined || dayCache.has(iso)) return cached;
  const t = Date.parse(iso);
  const day = Number.isNaN(t) ? undefined : Math.floor(t / DAY);
  if (PLAIN_DATE.test(iso)) {
    if (dayCache.size >= 64) dayCache.clear();
    dayCache.set(iso, day);
  }
  return day;
}

export function resolveContext(c: LintContext | undefined): ResolvedContext {
  const ctx = c ?? {};
  const now = dayNumber(ctx.now) ?? Math.floor(Date.now() / DAY);
  const order = dayNumber(ctx.orderDate);
  const delivery = dayNumber(ctx.deliveryDate);
  const insert = ctx.mode === 'insert';
  return {
    // An insert card travels in the box: no messaging window or opt-out applies.
    proactive: ctx.buyerInitiated !== true && !insert,
    daysSinceOrder: order === undefined ? undefined : now - order,
    daysSinceDelivery: delivery === undefined ? undefined : now - delivery,
    contactReason: ctx.contactReason,
    hasAttachment: ctx.hasAttachment === true,
    insert,
    reviewRequestedBefore: ctx.reviewRequestedBefore === true,
    buyerOptedOut: ctx.buyerOptedOut === true,
    buyerLanguage: ctx.buyerLanguage ? resolveLanguage(ctx.buyerLanguage) : undefined,
  };
}

export function buildDoc(text: string, context: LintContext | undefined, settings: LintSettings): Doc {
  const norm = normalize(text);
  const t = norm.text;
  const emails = findEmails(t);
  const links = findLinks(t, emails, (s, e) => {
    const [a, b] = toOriginal(norm, s, e);
    return text.slice(a, b);
  });
  const masked: Span[] = [...emails, ...links].sort((a, b) => a.s - b.s);
  const orderIds: Span[] = [];
  if (t.length >= 19) {
    ORDER_ID.lastIndex = 0;
    for (let m; (m = ORDER_ID.exec(t)); ) orderIds.push({ s: m.index, e: m.index + m[0].length });
  }
  const phones = findPhones(t, masked, context?.marketplace);
  const scan = scanTokens(t, text, (s, e) => toOriginal(norm, s, e), masked);
  let lang: string | undefined | null = null;
  let reviewReqs: ReviewRequest[] | undefined;
  let changeReqs: ChangeRequest[] | undefined;
  const doc: Doc = {
    text,
    norm,
    emails,
    links,
    phones,
    orderIds,
    scan,
    ctx: resolveContext(context),
    settings,
    orig: (s, e) => toOriginal(norm, s, e),
    language: () => (lang === null ? (lang = detectLanguage(text, scan.wordIds)) : lang),
    changeRequests: () => (changeReqs ??= findChangeRequests(scan)),
    reviewRequests: () => (reviewReqs ??= findReviewRequests(scan, doc.changeRequests())),
  };
  return doc;
}
