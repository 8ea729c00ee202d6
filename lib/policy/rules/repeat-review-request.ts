// One review request per order: a second, separate ask in the same message
// (policy.md §4: a full request sentence after a P.S., or after a paragraph of
// other content following a full request; restating the ask in a how-to line,
// a step, a link label, a heading, "share your experience" or a thank-you is
// still one ask), or any request when the order already had one (context
// reviewRequestedBefore). When unsure it stays silent: a false error blocks a
// compliant message.
import { groupAsks } from '../analyse/review-requests.ts';
import { reportSpan, SOURCES, texts, type Rule } from '../rule.ts';

const SECOND = texts(
  ['Review requested more than once', 'Amazon allows one review request per order. Asking again in the same message reads as pressure; keep a single, neutral request.'],
  ['重复请求评价', '亚马逊规定每个订单只能请求一次评价。在同一条消息中再次请求会被视为施压;请只保留一次中立的请求。'],
);
const BEFORE = texts(
  ['A review was already requested for this order', 'This order already had a review request (for example via "Request a Review"). Amazon allows only one per order; remove this request.'],
  ['此订单已请求过评价', '此订单已经请求过评价(例如通过"请求评论"按钮)。亚马逊规定每个订单只能请求一次,请删除这次请求。'],
);

export const rule: Rule = {
  meta: { id: 'repeat-review-request', severity: 'error', title: { en: 'Repeated review request', zh: '重复请求评价' }, source: SOURCES.solicitations },
  check(doc, report) {
    const requests = doc.reviewRequests();
    if (requests.length === 0) return;
    groupAsks(doc.scan, doc.norm.text, requests).forEach((ask, i) => {
      const r = ask.requests[0]!;
      if (i === 0 && doc.ctx.reviewRequestedBefore) reportSpan(doc, report, r.s, r.e, BEFORE);
      else if (i > 0) reportSpan(doc, report, r.s, r.e, SECOND);
    });
  },
};
