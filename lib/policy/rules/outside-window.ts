// Proactive messages must be sent within 30 days of the order (seed 004;
// sources differ on order vs delivery date, so the order date counts when
// both are known). Day 30 is still inside. Replies to the buyer are exempt.
import { reportDocument, SOURCES, texts, type Rule } from '../rule.ts';

/** Days after the order (or delivery) within which a proactive message may be sent. */
export const PROACTIVE_WINDOW_DAYS = 30;

export const rule: Rule = {
  meta: { id: 'outside-window', severity: 'error', title: { en: 'Outside the 30-day window', zh: '超出 30 天联系期限' }, source: SOURCES.communication },
  check(doc, report) {
    const { proactive, ageDays, ageFrom } = doc.ctx;
    if (!proactive || ageDays === undefined || ageDays <= PROACTIVE_WINDOW_DAYS) return;
    const from = ageFrom === 'orderDate' ? 'order' : 'delivery';
    const fromZh = ageFrom === 'orderDate' ? '下单' : '送达';
    reportDocument(
      report,
      texts(
        [`Proactive message ${ageDays} days after ${from}`, `Amazon allows proactive messages only within ${PROACTIVE_WINDOW_DAYS} days of the ${from} (this one is ${ageDays} days). Do not send it; wait for the buyer to contact you.`],
        [`主动消息距${fromZh}已 ${ageDays} 天`, `亚马逊只允许在${fromZh}后 ${PROACTIVE_WINDOW_DAYS} 天内主动联系买家(此消息已过 ${ageDays} 天)。请不要发送,等待买家主动联系。`],
      ),
    );
  },
};
