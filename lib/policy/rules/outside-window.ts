// Proactive messages are allowed "within 30 days of order completion"
// (policy.md §4): counted from delivery. With the delivery date known, past
// day 30 is an error. With only the order date, a late delivery may still be
// inside the window, so it is a warning asking the seller to check (a false
// error would block a legitimate message). Day 30 is still inside; replies
// to the buyer are exempt.
import { reportDocument, SOURCES, texts, type Rule } from '../rule.ts';

/** Days after delivery within which a proactive message may be sent. */
export const PROACTIVE_WINDOW_DAYS = 30;

export const rule: Rule = {
  meta: { id: 'outside-window', severity: 'error', title: { en: 'Outside the 30-day window', zh: '超出 30 天联系期限' }, source: SOURCES.communication },
  check(doc, report) {
    const { proactive, daysSinceDelivery, daysSinceOrder } = doc.ctx;
    if (!proactive) return;
    if (daysSinceDelivery !== undefined) {
      if (daysSinceDelivery <= PROACTIVE_WINDOW_DAYS) return;
      reportDocument(
        report,
        texts(
          [`Proactive message ${daysSinceDelivery} days after delivery`, `Amazon allows proactive messages only within ${PROACTIVE_WINDOW_DAYS} days of order completion (delivery); this one is ${daysSinceDelivery} days after. Do not send it; wait for the buyer to contact you.`],
          [`主动消息距送达已 ${daysSinceDelivery} 天`, `亚马逊只允许在订单完成(送达)后 ${PROACTIVE_WINDOW_DAYS} 天内主动联系买家(此消息已过 ${daysSinceDelivery} 天)。请不要发送,等待买家主动联系。`],
        ),
      );
      return;
    }
    if (daysSinceOrder === undefined || daysSinceOrder <= PROACTIVE_WINDOW_DAYS) return;
    report({
      start: 0,
      end: 0,
      severity: 'warning',
      texts: texts(
        [`${daysSinceOrder} days since the order: check the delivery date`, `Amazon counts the ${PROACTIVE_WINDOW_DAYS}-day window for proactive messages from order completion (delivery), not from the order date. This order is ${daysSinceOrder} days old; send only if it was delivered ${PROACTIVE_WINDOW_DAYS} days ago or less.`],
        [`距下单已 ${daysSinceOrder} 天:请核对送达日期`, `亚马逊的 ${PROACTIVE_WINDOW_DAYS} 天主动联系期限从订单完成(送达)算起,而不是下单日。此订单已下单 ${daysSinceOrder} 天;只有在送达不超过 ${PROACTIVE_WINDOW_DAYS} 天时才可发送。`],
      ),
    });
  },
};
