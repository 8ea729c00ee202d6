// Display metadata for grounds, root causes and risks (English and Simplified
// Chinese), including what to choose in Amazon's own report forms. Review
// reports use the choices of the "Report" dialog on a review; feedback uses the
// removal criteria of Feedback Manager > Request removal (help page G20231).
// Wording last checked 2026-11-22; Amazon rewords these from time to time.
import type { ItemKind } from './context.ts';
import type { ConditionalGroundId, GroundId, RiskId } from './types.ts';
import { CONDITIONAL_TITLES, FEEDBACK_REMOVAL_REASONS, GROUND_TITLES, RISK_NAMES, ROOT_CAUSE_LABELS, type Localized } from './names.ts';

export type { Localized };

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
    title: GROUND_TITLES['profanity'],
    reportReason: {
      review: INAPPROPRIATE,
      feedback: FEEDBACK_REMOVAL_REASONS['profanity']!,
    },
  },
  'personal-info': {
    id: 'personal-info',
    kind: 'both',
    title: GROUND_TITLES['personal-info'],
    reportReason: {
      review: other('the review contains personal information (email, phone, address or full name)', '评论包含个人信息（邮箱、电话、地址或全名）'),
      feedback: FEEDBACK_REMOVAL_REASONS['personal-info']!,
    },
  },
  promotional: {
    id: 'promotional',
    kind: 'review',
    title: GROUND_TITLES['promotional'],
    reportReason: { review: other('promotional content: ads, external links or promo codes', '推广内容：广告、外部链接或促销码') },
  },
  'seller-feedback': {
    id: 'seller-feedback',
    kind: 'review',
    title: GROUND_TITLES['seller-feedback'],
    reportReason: { review: OFF_TOPIC },
  },
  'pricing-availability': {
    id: 'pricing-availability',
    kind: 'review',
    title: GROUND_TITLES['pricing-availability'],
    reportReason: { review: OFF_TOPIC },
  },
  'off-topic': {
    id: 'off-topic',
    kind: 'review',
    title: GROUND_TITLES['off-topic'],
    reportReason: { review: OFF_TOPIC },
  },
  incentivized: {
    id: 'incentivized',
    kind: 'review',
    title: GROUND_TITLES['incentivized'],
    reportReason: { review: FAKE },
  },
  'wrong-product': {
    id: 'wrong-product',
    kind: 'review',
    title: GROUND_TITLES['wrong-product'],
    reportReason: { review: OFF_TOPIC },
  },
  spam: {
    id: 'spam',
    kind: 'review',
    title: GROUND_TITLES['spam'],
    reportReason: { review: other('repetitive text, spam or gibberish', '重复文字、垃圾内容或乱码') },
  },
  'product-review': {
    id: 'product-review',
    kind: 'feedback',
    title: GROUND_TITLES['product-review'],
    reportReason: { feedback: FEEDBACK_REMOVAL_REASONS['product-review']! },
  },
  'fba-fulfillment': {
    id: 'fba-fulfillment',
    kind: 'feedback',
    title: GROUND_TITLES['fba-fulfillment'],
    reportReason: {
      feedback: FEEDBACK_REMOVAL_REASONS['fba-fulfillment']!,
    },
  },
  'conflict-of-interest': {
    id: 'conflict-of-interest',
    kind: 'review',
    title: GROUND_TITLES['conflict-of-interest'],
    reportReason: { review: FAKE },
  },
  'illegal-dangerous': {
    id: 'illegal-dangerous',
    kind: 'review',
    title: GROUND_TITLES['illegal-dangerous'],
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
    title: CONDITIONAL_TITLES['buy-shipping'],
    condition: {
      en: 'Eligible if you shipped on time with Buy Shipping: Amazon then strikes the rating through.',
      zh: '如果您按时发货并使用了亚马逊购买配送（Buy Shipping），则符合条件：亚马逊会删除该评分。',
    },
    reportReason: {
      feedback: FEEDBACK_REMOVAL_REASONS['buy-shipping']!,
    },
  },
};

export { ROOT_CAUSE_LABELS };

export const RISK_LABELS: Readonly<Record<RiskId, Localized & { alert: Localized }>> = {
  'authenticity-risk': {
    ...RISK_NAMES['authenticity-risk'],
    alert: {
      en: 'The buyer calls it counterfeit or not genuine: this can lead to an authenticity complaint. Keep supplier invoices from the last 365 days ready.',
      zh: '买家称商品为假货或非正品，可能引发真实性投诉。请备好近 365 天的供应商发票。',
    },
  },
  'safety-risk': {
    ...RISK_NAMES['safety-risk'],
    alert: {
      en: 'The buyer reports a safety problem (fire, burn, shock, injury, allergic reaction): the listing can be suppressed. Investigate the unit and batch now.',
      zh: '买家反映安全问题（起火、烫伤、触电、受伤、过敏等），商品可能被下架。请立即排查该商品及批次。',
    },
  },
};
