// Contact reasons that Amazon treats as necessary to complete the order
// (delivery scheduling, missing information, an unexpected problem) reach
// buyers who opted out of other messages. Using one for a review request, a
// thank-you or marketing is the most common cause of a 30-day messaging
// restriction (policy.md §4).
import { K as KINDS } from '../lexicon/kinds.ts';
import { reportDocument, reportSpan, SOURCES, texts, type Rule } from '../rule.ts';
import { CRITICAL_CONTACT_REASONS } from '../types.ts';
import { onlyThanks } from './no-permitted-reason.ts';

// A module-local binding: read in hot loops, never through the import.
const K = KINDS;

const REASON_EN: Record<string, string> = { delivery: 'Delivery', 'missing-information': 'Missing information', 'unexpected-problem': 'Unexpected problem' };
const REASON_ZH: Record<string, string> = { delivery: '配送', 'missing-information': '缺少信息', 'unexpected-problem': '意外问题' };

function t(reason: string, what: [string, string]) {
  return texts(
    [`"${REASON_EN[reason]}" is a critical contact reason, not for ${what[0]}`, `Amazon reserves the critical contact reasons for messages needed to complete the order; they reach buyers who opted out of other messages. Sending ${what[0]} under "${REASON_EN[reason]}" can restrict your messaging for 30 days. Pick the non-critical reason, or send only what the order needs.`],
    [`"${REASON_ZH[reason]}"是关键联系原因,不能用于${what[1]}`, `亚马逊把关键联系原因留给完成订单所必需的消息,这些消息会发给已拒收其他消息的买家。以"${REASON_ZH[reason]}"发送${what[1]}可能导致 30 天内无法发消息。请改选非关键原因,或只发送订单所需的内容。`],
  );
}

export const rule: Rule = {
  meta: { id: 'critical-reason-misuse', severity: 'error', title: { en: 'Critical contact reason misused', zh: '滥用关键联系原因' }, source: SOURCES.communication },
  check(doc, report) {
    const reason = doc.ctx.contactReason;
    if (!reason || !CRITICAL_CONTACT_REASONS.includes(reason) || doc.ctx.insert) return;
    const request = doc.reviewRequests()[0];
    if (request) return reportSpan(doc, report, request.s, request.e, t(reason, ['a review request', '请求评价']));
    const promo = doc.scan.atoms.find((a) => a.k & K.PROMO);
    if (promo) return reportSpan(doc, report, promo.s, promo.e, t(reason, ['marketing', '营销内容']));
    if (onlyThanks(doc, true)) reportDocument(report, t(reason, ['a thank-you', '感谢信']));
  },
};
