// Asking to remove, edit, update, revise, reconsider or change a product
// review is an error. A request about seller *feedback* only (the message
// never speaks of a product review) is a warning: Amazon allows one polite
// request once the problem is solved, never with an incentive.
import { K as KINDS } from '../lexicon/kinds.ts';
import { reportSpan, SOURCES, texts, type Rule } from '../rule.ts';

// A module-local binding: read in hot loops, never through the import.
const K = KINDS;

const REVIEW = texts(
  ['Asks the buyer to change a review', 'Sellers may not ask buyers to change or remove a product review, even politely and after a refund: Amazon treats it as review manipulation. Solve the problem and write, for example, "please let us know if there is anything else we can do".'],
  ['要求买家修改评价', '卖家不得要求买家修改或删除商品评论,即使语气客气、即使已经退款:亚马逊视之为操纵评价。请解决问题,并改写为例如"如还有其他需要我们帮助的地方,请告诉我们"。'],
);
const FEEDBACK = texts(
  ['Asks the buyer to change seller feedback', 'Amazon allows one polite request to reconsider seller feedback after the problem has been resolved, never combined with a refund or other incentive. Make sure the issue is solved first, ask once, and do not repeat it.'],
  ['要求买家修改卖家反馈', '亚马逊允许在问题解决后礼貌地请求一次修改卖家反馈,但绝不能与退款或其他好处挂钩。请先确认问题已经解决,只请求一次,不要重复。'],
);
const FIX = 'please let us know if there is anything else we can do';

export const rule: Rule = {
  meta: { id: 'review-change-request', severity: 'error', title: { en: 'Review change request', zh: '要求修改评价' }, source: SOURCES.reviews, alsoSource: SOURCES.ftc, insert: true },
  check(doc, report) {
    const changes = doc.changeRequests();
    if (changes.length === 0) return;
    // Feedback-only: no product-review noun anywhere in the message.
    let productReview = false;
    for (const a of doc.scan.atoms) if (a.k & K.R && !(a.k & K.FB)) productReview = true;
    for (const c of changes) {
      const feedbackOnly = !productReview && c.feedback;
      const [start] = doc.orig(c.s, c.e);
      const capital = /^\p{Lu}/u.test(doc.text.slice(start, start + 1));
      reportSpan(doc, report, c.s, c.e, feedbackOnly ? FEEDBACK : REVIEW, {
        ...(c.english && !feedbackOnly ? { fix: capital ? 'P' + FIX.slice(1) : FIX } : {}),
        ...(feedbackOnly ? { severity: 'warning' as const } : {}),
      });
    }
  },
};
