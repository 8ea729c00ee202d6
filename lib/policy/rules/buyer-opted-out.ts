// A buyer who opted out of unsolicited messages may still receive messages
// critical to completing the order (address problems, customisation,
// delivery scheduling); any other proactive message must not be sent.
import { K as KINDS } from '../lexicon/kinds.ts';
import { CRITICAL_CONTACT_REASONS } from '../types.ts';
import { onlyThanks } from './no-permitted-reason.ts';
import { reportDocument, SOURCES, texts, type Rule } from '../rule.ts';

// A module-local binding: read in hot loops, never through the import.
const K = KINDS;

const T = texts(
  ['Buyer opted out of unsolicited messages', 'This buyer has opted out of unsolicited messages. Only messages critical to completing the order (address problems, customisation details, delivery scheduling) may be sent. Do not send this one.'],
  ['买家已拒收非必要消息', '该买家已选择不接收主动消息。只有完成订单所必需的消息(地址问题、定制细节、预约送货)才可以发送。请不要发送此消息。'],
);

export const rule: Rule = {
  meta: { id: 'buyer-opted-out', severity: 'error', title: { en: 'Buyer opted out', zh: '买家已拒收消息' }, source: SOURCES.optOut },
  check(doc, report) {
    if (!doc.ctx.buyerOptedOut || !doc.ctx.proactive) return;
    if (doc.scan.mask & K.CRIT) return;
    // Sent under a critical contact reason and not misusing it (no review
    // ask, marketing or bare thanks): the buyer still gets it.
    const reason = doc.ctx.contactReason;
    const misuse = doc.reviewRequests().length > 0 || (doc.scan.mask & K.PROMO) !== 0 || onlyThanks(doc, true);
    if (reason && CRITICAL_CONTACT_REASONS.includes(reason) && !misuse) return;
    reportDocument(report, T);
  },
};
