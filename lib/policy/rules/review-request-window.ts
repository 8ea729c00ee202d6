// A review or feedback request may be sent only from 5 to 30 days after
// delivery (Solicitations API: "between 5 and 30 days after the order
// delivery date"; policy.md §4). Silent when the delivery date is unknown:
// the order date says nothing about when the buyer got the item.
import { reportSpan, SOURCES, texts, type Rule } from '../rule.ts';

export const REVIEW_REQUEST_WINDOW = { from: 5, to: 30 } as const;

export const rule: Rule = {
  meta: { id: 'review-request-window', severity: 'error', title: { en: 'Review request outside 5–30 days', zh: '请求评价不在送达后 5–30 天内' }, source: SOURCES.solicitations },
  check(doc, report) {
    const days = doc.ctx.daysSinceDelivery;
    if (days === undefined || doc.ctx.insert) return;
    if (days >= REVIEW_REQUEST_WINDOW.from && days <= REVIEW_REQUEST_WINDOW.to) return;
    const first = doc.reviewRequests()[0];
    if (!first) return;
    const early = days < REVIEW_REQUEST_WINDOW.from;
    const t = early
      ? texts(
          [`Review request ${days} ${days === 1 ? 'day' : 'days'} after delivery (too early)`, `Amazon allows a review or feedback request only from ${REVIEW_REQUEST_WINDOW.from} to ${REVIEW_REQUEST_WINDOW.to} days after delivery, so the buyer has used the item. Send this request from day ${REVIEW_REQUEST_WINDOW.from}, or remove it and keep the rest of the message.`],
          [`送达后 ${days} 天就请求评价(太早)`, `亚马逊只允许在送达后 ${REVIEW_REQUEST_WINDOW.from}–${REVIEW_REQUEST_WINDOW.to} 天内请求评价或反馈,让买家先用上商品。请从第 ${REVIEW_REQUEST_WINDOW.from} 天起再发,或删除请求、保留其余内容。`],
        )
      : texts(
          [`Review request ${days} days after delivery (too late)`, `Amazon allows a review or feedback request only from ${REVIEW_REQUEST_WINDOW.from} to ${REVIEW_REQUEST_WINDOW.to} days after delivery; this order is past day ${REVIEW_REQUEST_WINDOW.to}. Remove the request.`],
          [`送达后 ${days} 天才请求评价(太晚)`, `亚马逊只允许在送达后 ${REVIEW_REQUEST_WINDOW.from}–${REVIEW_REQUEST_WINDOW.to} 天内请求评价或反馈;此订单已超过第 ${REVIEW_REQUEST_WINDOW.to} 天。请删除该请求。`],
        );
    reportSpan(doc, report, first.s, first.e, t);
  },
};
