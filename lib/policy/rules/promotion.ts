// Marketing in a buyer message: coupon codes, sales, "check out our other
// products", new arrivals, "follow us". Amazon allows messages only to
// complete the order or serve the buyer, never to sell more.
import { K } from '../lexicon/kinds.ts';
import { reportSpan, SOURCES, texts, type Rule } from '../rule.ts';

const T = texts(
  ['Promotional content', 'Buyer messages may not contain marketing: coupons, discount codes, sales, other products, new arrivals or social-media follows. Remove it and keep the message about this order.'],
  ['推广内容', '买家消息中不得包含营销内容:优惠券、折扣码、促销、其他商品、新品或关注社交媒体。请删除,只保留与此订单相关的内容。'],
);

export const rule: Rule = {
  meta: { id: 'promotion', severity: 'error', title: { en: 'Promotion', zh: '推广营销' }, source: SOURCES.communication },
  check(doc, report) {
    if (!(doc.scan.mask & K.PROMO)) return;
    for (const a of doc.scan.atoms) if (a.k & K.PROMO) reportSpan(doc, report, a.s, a.e, T);
  },
};
