// Display metadata for grounds, root causes and risks (English and Simplified
// Chinese), including what to choose in Amazon's own report forms. Review
// reports use the choices of the "Report" dialog on a review; feedback uses the
// removal criteria of Feedback Manager > Request removal (help page G20231).
// Wording last checked 2026-11-22; Amazon rewords these from time to time.
import type { ItemKind } from './context.ts';
import type { ConditionalGroundId, GroundId, RiskId, RootCause } from './types.ts';

export interface Localized {
  en: string;
  zh: string;
}

export interface GroundInfo {
  id: GroundId;
  /** Which items the ground applies to. */
  kind: ItemKind | 'both';
  title: Localized;
  /** What to choose (or write) in Amazon's report form, per item kind. */
  reportReason: Partial<Record<ItemKind, Localized>>;
}

const OFF_TOPIC: Localized = { en: 'Off topic — Not about the product', zh: '跑题 — 与商品无关' };
const INAPPROPRIATE: Localized = { en: 'Inappropriate — Disrespectful, hateful, obscene', zh: '不当内容 — 不尊重、仇恨、淫秽' };
const FAKE: Localized = { en: 'Fake — Paid for, inauthentic', zh: '虚假 — 付费评论、不真实' };
const other = (en: string, zh: string): Localized => ({ en: `Other — Something else: ${en}`, zh: `其他 — 其他原因：${zh}` });

export const GROUNDS: Readonly<Record<GroundId, GroundInfo>> = {
  profanity: {
    id: 'profanity',
    kind: 'both',
    title: { en: 'Profanity, harassment or threats', zh: '粗俗、骚扰或威胁性语言' },
    reportReason: {
      review: INAPPROPRIATE,
      feedback: { en: 'The feedback includes words commonly understood to be obscene or profane', zh: '反馈包含通常被视为淫秽或亵渎的词语' },
    },
  },
  'personal-info': {
    id: 'personal-info',
    kind: 'both',
    title: { en: 'Personal information', zh: '包含个人信息' },
    reportReason: {
      review: other('the review contains personal information (email, phone, address or full name)', '评论包含个人信息（邮箱、电话、地址或全名）'),
      feedback: {
        en: 'The feedback includes seller-specific, personally identifiable information (email address, full name or telephone number)',
        zh: '反馈包含卖家特定的个人身份信息（邮箱、全名或电话号码）',
      },
    },
  },
  promotional: {
    id: 'promotional',
    kind: 'review',
    title: { en: 'Promotional content or links', zh: '推广内容或外部链接' },
    reportReason: { review: other('promotional content: ads, external links or promo codes', '推广内容：广告、外部链接或促销码') },
  },
  'seller-feedback': {
    id: 'seller-feedback',
    kind: 'review',
    title: { en: 'About the seller or delivery, not the product', zh: '评价的是卖家或物流，而非商品' },
    reportReason: { review: OFF_TOPIC },
  },
  'pricing-availability': {
    id: 'pricing-availability',
    kind: 'review',
    title: { en: 'Only about price or availability', zh: '只涉及价格或库存' },
    reportReason: { review: OFF_TOPIC },
  },
  'off-topic': {
    id: 'off-topic',
    kind: 'review',
    title: { en: 'Not about the product at all', zh: '与商品完全无关' },
    reportReason: { review: OFF_TOPIC },
  },
  incentivized: {
    id: 'incentivized',
    kind: 'review',
    title: { en: 'Incentivized review (free or paid for the review)', zh: '受激励的评论（为写评论获得免费商品或报酬）' },
    reportReason: { review: FAKE },
  },
  'wrong-product': {
    id: 'wrong-product',
    kind: 'review',
    title: { en: 'About a different product', zh: '评价的是其他商品' },
    reportReason: { review: OFF_TOPIC },
  },
  spam: {
    id: 'spam',
    kind: 'review',
    title: { en: 'Spam or gibberish', zh: '垃圾内容或乱码' },
    reportReason: { review: other('repetitive text, spam or gibberish', '重复文字、垃圾内容或乱码') },
  },
  'product-review': {
    id: 'product-review',
    kind: 'feedback',
    title: { en: 'Feedback that is entirely a product review', zh: '反馈内容完全是商品评价' },
    reportReason: { feedback: { en: 'The entire feedback comment is a product review', zh: '整条反馈都是商品评论' } },
  },
  'fba-fulfillment': {
    id: 'fba-fulfillment',
    kind: 'feedback',
    title: { en: 'Entirely about Amazon-fulfilled (FBA) delivery', zh: '完全针对亚马逊配送（FBA）的物流体验' },
    reportReason: {
      feedback: {
        en: 'The entire comment relates to the delivery experience of an order fulfilled by Amazon',
        zh: '整条评论都与亚马逊配送订单的配送体验有关',
      },
    },
  },
  'conflict-of-interest': {
    id: 'conflict-of-interest',
    kind: 'review',
    title: { en: 'Written by a competitor, an employee or family of the seller', zh: '由竞争对手、员工或卖家亲属撰写' },
    reportReason: { review: FAKE },
  },
  'illegal-dangerous': {
    id: 'illegal-dangerous',
    kind: 'review',
    title: { en: 'Encourages illegal or dangerous use', zh: '鼓励违法或危险的使用方式' },
    reportReason: { review: other('the review encourages illegal or dangerous use of the product', '评论鼓励以违法或危险的方式使用商品') },
  },
};

export interface ConditionalGroundInfo {
  id: ConditionalGroundId;
  kind: ItemKind;
  title: Localized;
  /** The condition the seller must check before reporting; shown instead of "removable". */
  condition: Localized;
  reportReason: Partial<Record<ItemKind, Localized>>;
}

/** Grounds that hold only if the seller can confirm something the text cannot show. */
export const CONDITIONAL_GROUNDS: Readonly<Record<ConditionalGroundId, ConditionalGroundInfo>> = {
  'buy-shipping': {
    id: 'buy-shipping',
    kind: 'feedback',
    title: { en: 'Late or undelivered order (seller-fulfilled)', zh: '订单延迟或未送达（卖家自配送）' },
    condition: {
      en: 'Eligible if you shipped on time with Buy Shipping: Amazon then strikes the rating through.',
      zh: '如果您按时发货并使用了亚马逊购买配送（Buy Shipping），则符合条件：亚马逊会删除该评分。',
    },
    reportReason: {
      feedback: {
        en: 'The order was shipped on time with Buy Shipping and the feedback is about its delivery',
        zh: '订单已通过购买配送（Buy Shipping）按时发货，且反馈针对的是配送',
      },
    },
  },
};

export const ROOT_CAUSE_LABELS: Readonly<Record<RootCause, Localized>> = {
  quality: { en: 'Product quality', zh: '产品质量问题' },
  'not-as-described': { en: 'Not as described', zh: '与描述不符' },
  logistics: { en: 'Shipping and delivery', zh: '物流配送问题' },
  usage: { en: 'Usage and instructions', zh: '使用指导不足' },
  preference: { en: 'Personal preference', zh: '个人偏好不匹配' },
  authenticity: { en: 'Authenticity (counterfeit claim)', zh: '真实性（假货质疑）' },
  service: { en: 'Seller service', zh: '卖家服务问题' },
};

export const RISK_LABELS: Readonly<Record<RiskId, Localized & { alert: Localized }>> = {
  'authenticity-risk': {
    en: 'Authenticity risk',
    zh: '真实性风险',
    alert: {
      en: 'The buyer calls it counterfeit or not genuine: this can lead to an authenticity complaint. Keep supplier invoices from the last 365 days ready.',
      zh: '买家称商品为假货或非正品，可能引发真实性投诉。请备好近 365 天的供应商发票。',
    },
  },
  'safety-risk': {
    en: 'Safety risk',
    zh: '安全风险',
    alert: {
      en: 'The buyer reports a safety problem (fire, burn, shock, injury, allergic reaction): the listing can be suppressed. Investigate the unit and batch now.',
      zh: '买家反映安全问题（起火、烫伤、触电、受伤、过敏等），商品可能被下架。请立即排查该商品及批次。',
    },
  },
};
