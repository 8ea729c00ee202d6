// A message without the Amazon order id (123-1234567-1234567) is harder for
// the buyer and Amazon to tie to an order. Document-level: the finding is a
// zero-width span at offset 0, since no single place in the text is wrong.
import { reportDocument, SOURCES, texts, type Rule } from '../rule.ts';

const T = texts(
  ['No Amazon order id in the message', 'Include the Amazon order id (e.g. 123-1234567-1234567) so the buyer and Amazon can see which order the message is about; messages must relate to a specific order.'],
  ['消息中没有亚马逊订单号', '请写上亚马逊订单号(例如 123-1234567-1234567),让买家和亚马逊知道消息涉及哪个订单;消息必须与具体订单相关。'],
);

export const rule: Rule = {
  meta: { id: 'missing-order-id', severity: 'warning', title: { en: 'Missing order id', zh: '缺少订单号' }, source: SOURCES.communication },
  check(doc, report) {
    if (doc.orderIds.length === 0) reportDocument(report, T);
  },
};
