// A proactive message needs a permitted reason: a problem with the order, a
// return, a manual or invoice, order details, or a review request. One that
// only confirms shipping or says "thank you / we are here to help" is not.
// Reason words inside a help offer ("if you have any problems…") don't count.
import { isAmazonHost } from '../analyse/links.ts';
import { K as KINDS } from '../lexicon/kinds.ts';
import type { Doc } from '../document.ts';
import { reportDocument, SOURCES, texts, type Rule } from '../rule.ts';

// A module-local binding: read in hot loops, never through the import.
const K = KINDS;

const T = texts(
  ['No permitted reason for a proactive message', 'Amazon allows proactive messages only to complete the order or solve a problem (order issue, return, invoice, manual, delivery scheduling, one review request). Order/shipping confirmations and plain "thank you" messages are sent by Amazon already; do not send this one.'],
  ['主动消息缺少允许的理由', '亚马逊只允许为完成订单或解决问题而主动联系买家(订单问题、退货、发票、说明书、预约送货、一次评价请求)。订单/发货确认和单纯的"感谢购买"亚马逊已经发送,请不要再发。'],
);

export const rule: Rule = {
  meta: { id: 'no-permitted-reason', severity: 'warning', title: { en: 'No permitted reason', zh: '无正当联系理由' }, source: SOURCES.communication },
  check(doc, report) {
    if (doc.ctx.proactive && onlyThanks(doc)) reportDocument(report, T);
  },
};

// Return-received and refund-started notices read as status confirmations
// for the warning, but are never called a bare thank-you by an error rule.
const RETURN_OR_REFUND = /return|refund|退款|退货/;
/** A period in days: the terms a delivery or refund notice sets. */
const TERMS = /\d+\s*(?:business |working )?(?:days?|jours|d[ií]as|giorni|tage|werktage|日|天)/;

/**
 * The message only thanks, confirms the order/shipping/return or offers help
 * in general. `strict` is for the error rules (critical-reason-misuse,
 * buyer-opted-out): there a refund or return notice, any link and any
 * contact-detail words count as content, so a borderline notice never
 * becomes an error; the no-permitted-reason warning reads them as a status
 * confirmation.
 */
export function onlyThanks(doc: Doc, strict = false): boolean {
  const { sentences, mask } = doc.scan;
  // Only thanks/confirmation/help offer: anything else (a review request, a
  // promotion, an address) is either a reason or its own finding.
  if (!(mask & (K.THANKS | K.HELP)) || mask & (K.R | K.CRIT | K.PROMO)) return false;
  // "contact us via Amazon messages" stays on Amazon: no channel of its own.
  if (mask & (K.MOVE | K.OFFP) && sentences.some((s) => s.mask & (K.MOVE | K.OFFP) && !(s.mask & K.AMZ))) return false;
  if (strict && (mask & K.PII || RETURN_OR_REFUND.test(doc.norm.text))) return false;
  // An attachment is content of its own; attachment-reason asks what it is.
  if (doc.emails.length > 0 || doc.ctx.hasAttachment) return false;
  for (const s of sentences) {
    // A condition that sets terms ("if it has not arrived within 40 days, we refund you") is a notice, not a help offer.
    if (s.mask & K.REASON && (!(s.mask & (K.HELP | K.COND)) || (!(s.mask & K.HELP) && TERMS.test(doc.norm.text.slice(s.s, s.e))))) return false;
    // Asking for contact details is content (personal-info-request judges it);
    // a label echoing the order's own details ("Phone: …") is not.
    if (s.mask & K.PII && s.mask & (K.ASK | K.CONTACT | K.ACT)) return false;
  }
  // A link the buyer needs (manual, label) is a reason; external-link warns
  // about it. Amazon's own pages (order history, tracking) add no reason.
  return strict ? doc.links.length === 0 : doc.links.every((l) => isAmazonHost(l.host));
}
