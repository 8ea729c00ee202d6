// Marketing in a buyer message: coupon codes, sales, "check out our other
// products", new arrivals, "follow us". Amazon allows messages only to
// complete the order or serve the buyer, never to sell more.
import { K as KINDS } from '../lexicon/kinds.ts';
import { reportSpan, SOURCES, texts, type Rule } from '../rule.ts';

// A module-local binding: read in hot loops, never through the import.
const K = KINDS;

const T = texts(
  ['Promotional content', 'Buyer messages may not contain marketing: coupons, discount codes, sales, other products, new arrivals or social-media follows. Remove it and keep the message about this order.'],
  ['推广内容', '买家消息中不得包含营销内容:优惠券、折扣码、促销、其他商品、新品或关注社交媒体。请删除,只保留与此订单相关的内容。'],
);

const INSERT = texts(
  ['Reward tied to a review on an insert card', 'A package insert may carry support contacts, usage tips and warranty registration, but never a reward, discount or offer tied to a review. Remove the offer; the card may ask for an honest review only in neutral words, or not at all.'],
  ['插卡上把奖励与评价挂钩', '包裹插卡可以写售后联系方式、使用提示和保修登记,但不能出现与评价挂钩的奖励、折扣或优惠。请删除这些内容;如需请求评价,只能用中立措辞,或者干脆不提。'],
);
const SIGN_UP = /^(?:sign up|subscribe|join|register)/;
/** "helps other customers discover our…": what a review does for other buyers, not a call to shop. */
const OTHERS = /\bhelps?\s+(?:other|others|fellow|more)\b[a-z\s-]{0,25}$/;
const DISCOVER = /^(?:discover|explore|find)/;
const WARRANTY = /warrant|garanti|保修|保証|registration|registrierung|enregistrement|registro/;
/**
 * On an insert only an offer counts: a discount, a code, a club or a prize.
 * A plain call to visit the site or follow the brand is no reward, and a card
 * may carry it (Amazon's insert rule is about rewards tied to a review).
 */
const OFFER = /club|vip|loyal|member|giveaway|deal|offer|sale|exclusiv/;
export const rule: Rule = {
  meta: { id: 'promotion', severity: 'error', title: { en: 'Promotion', zh: '推广营销' }, source: SOURCES.communication, insert: true },
  check(doc, report) {
    if (!(doc.scan.mask & K.PROMO)) return;
    const { sentences, atoms } = doc.scan;
    for (const a of atoms) {
      if (!(a.k & K.PROMO)) continue;
      const sent = sentences[a.sent]!;
      // On an insert card only rewards tied to a review are forbidden (a
      // warranty card or a usage tip may sit beside other products).
      if (doc.ctx.insert && !((a.k & K.INC || OFFER.test(doc.norm.text.slice(a.s, a.e))) && doc.scan.sentences.slice(Math.max(0, a.sent - 6), a.sent + 7).some((x) => x.mask & K.R))) continue;
      // "Sign up for the warranty" registers the purchase; it is not marketing.
      if (SIGN_UP.test(doc.norm.text.slice(a.s, a.e)) && WARRANTY.test(doc.norm.text.slice(sent.s, sent.e))) continue;
      if (DISCOVER.test(doc.norm.text.slice(a.s, a.e)) && OTHERS.test(doc.norm.text.slice(Math.max(sent.s, a.s - 40), a.s))) continue;
      reportSpan(doc, report, a.s, a.e, doc.ctx.insert ? INSERT : T);
    }
  },
};
