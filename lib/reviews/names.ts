// Names of grounds, causes and risks, and what to pick in Feedback Manager's
// removal form: the part of the labels the page notes need (the content script
// runs on every Seller Central page, so it carries only these). The report
// choices for reviews and the risk alerts live in labels.ts.
import type { ConditionalGroundId, GroundId, RiskId, RootCause } from './types.ts';

export interface Localized {
  en: string;
  zh: string;
}

export const GROUND_TITLES: Readonly<Record<GroundId, Localized>> = {
  profanity: { en: 'Profanity, harassment or threats', zh: '粗俗、骚扰或威胁性语言' },
  'personal-info': { en: 'Personal information', zh: '包含个人信息' },
  promotional: { en: 'Promotional content or links', zh: '推广内容或外部链接' },
  'seller-feedback': { en: 'About the seller or delivery, not the product', zh: '评价的是卖家或物流，而非商品' },
  'pricing-availability': { en: 'Only about price or availability', zh: '只涉及价格或库存' },
  'off-topic': { en: 'Not about the product at all', zh: '与商品完全无关' },
  incentivized: { en: 'Incentivized review (free or paid for the review)', zh: '受激励的评论（为写评论获得免费商品或报酬）' },
  'wrong-product': { en: 'About a different product', zh: '评价的是其他商品' },
  spam: { en: 'Spam or gibberish', zh: '垃圾内容或乱码' },
  'product-review': { en: 'Feedback that is entirely a product review', zh: '反馈内容完全是商品评价' },
  'fba-fulfillment': { en: 'Entirely about Amazon-fulfilled (FBA) delivery', zh: '完全针对亚马逊配送（FBA）的物流体验' },
  'conflict-of-interest': { en: 'Written by a competitor, an employee or family of the seller', zh: '由竞争对手、员工或卖家亲属撰写' },
  'illegal-dangerous': { en: 'Encourages illegal or dangerous use', zh: '鼓励违法或危险的使用方式' },
};

/** What to choose in Feedback Manager's Request removal form (help page G20231), per ground. */
export const FEEDBACK_REMOVAL_REASONS: Readonly<Partial<Record<GroundId | ConditionalGroundId, Localized>>> = {
  profanity: { en: 'The feedback includes words commonly understood to be obscene or profane', zh: '反馈包含通常被视为淫秽或亵渎的词语' },
  'personal-info': { en: 'The feedback includes seller-specific, personally identifiable information (email address, full name or telephone number)', zh: '反馈包含卖家特定的个人身份信息（邮箱、全名或电话号码）', },
  'product-review': { en: 'The entire feedback comment is a product review', zh: '整条反馈都是商品评论' },
  'fba-fulfillment': { en: 'The entire comment relates to the delivery experience of an order fulfilled by Amazon', zh: '整条评论都与亚马逊配送订单的配送体验有关', },
  'buy-shipping': { en: 'The order was shipped on time with Buy Shipping and the feedback is about its delivery', zh: '订单已通过购买配送（Buy Shipping）按时发货，且反馈针对的是配送', },
};

export const CONDITIONAL_TITLES: Readonly<Record<ConditionalGroundId, Localized>> = {
  'buy-shipping': { en: 'Late or undelivered order (seller-fulfilled)', zh: '订单延迟或未送达（卖家自配送）' },
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

export const RISK_NAMES: Readonly<Record<RiskId, Localized>> = {
  'authenticity-risk': { en: 'Authenticity risk', zh: '真实性风险' },
  'safety-risk': { en: 'Safety risk', zh: '安全风险' },
};
