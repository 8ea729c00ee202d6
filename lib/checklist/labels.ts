// Plain-word labels for the classifier's ids, and Amazon's own wording of the
// report reason to pick for each removal ground. Kept here (pure, en + zh) so
// the checklist reads on its own; ids come from lib/reviews/types.ts.
import type { GroundId, RiskId, RootCause } from '../reviews/types.ts';
import type { UiLang } from './types.ts';

type L = Record<UiLang, string>;

export const CAUSE_TEXT: Record<RootCause, { label: L; explain: L }> = {
  quality: {
    label: { en: 'Product quality', zh: '产品质量' },
    explain: {
      en: 'The buyer says the item is faulty, broke or stopped working.',
      zh: '买家反映商品有缺陷、损坏或无法使用。',
    },
  },
  'not-as-described': {
    label: { en: 'Not as described', zh: '货不对板' },
    explain: {
      en: 'What arrived differs from the product page (size, colour, material, features).',
      zh: '收到的商品与商品页面不一致(尺寸、颜色、材质、功能)。',
    },
  },
  logistics: {
    label: { en: 'Shipping and packaging', zh: '物流与包装' },
    explain: {
      en: 'The problem is the delivery: late, damaged in transit, wrong or missing items.',
      zh: '问题出在配送:延迟、运输中损坏、发错或缺件。',
    },
  },
  usage: {
    label: { en: 'Hard to use', zh: '使用指导不足' },
    explain: {
      en: 'The buyer could not set it up or use it; better instructions or help may solve it.',
      zh: '买家不会安装或使用;更好的说明或协助可能就能解决。',
    },
  },
  preference: {
    label: { en: 'Personal preference', zh: '个人偏好' },
    explain: {
      en: 'The buyer simply does not like it (look, feel, taste); the item itself may be fine.',
      zh: '买家只是不喜欢(外观、手感、口味),商品本身可能没有问题。',
    },
  },
  authenticity: {
    label: { en: 'Doubts it is genuine', zh: '质疑真伪' },
    explain: {
      en: 'The buyer thinks the item is fake or used; this can lead to an authenticity complaint.',
      zh: '买家认为商品是假货或二手;可能引发真实性投诉。',
    },
  },
  service: {
    label: { en: 'Seller service', zh: '卖家服务' },
    explain: {
      en: 'The complaint is about how the seller answered or handled the order.',
      zh: '投诉针对卖家的回复或订单处理方式。',
    },
  },
};

export const RISK_TEXT: Record<RiskId, { label: L; explain: L }> = {
  'authenticity-risk': {
    label: { en: 'Authenticity risk', zh: '真实性风险' },
    explain: {
      en: 'The buyer calls the item counterfeit or not genuine. Amazon may open an authenticity complaint: keep supplier invoices from the last 365 days ready and prepare a Plan of Action.',
      zh: '买家称商品为假货或非正品。亚马逊可能发起真实性投诉:请准备好近 365 天的供应商发票,并起草行动计划(POA)。',
    },
  },
  'safety-risk': {
    label: { en: 'Safety risk', zh: '安全风险' },
    explain: {
      en: 'The buyer reports a hazard (fire, burn, shock, injury, choking, allergic reaction). Amazon may suppress the listing: investigate now and prepare a Plan of Action.',
      zh: '买家反映安全隐患(起火、烫伤、触电、受伤、窒息、过敏)。亚马逊可能下架商品:请立即调查并起草行动计划(POA)。',
    },
  },
};

/**
 * For each removal ground: the report reason to pick, in Amazon's words —
 * `reason` for a product review (the review "Report" dialog: Off topic /
 * Inappropriate / Fake / Other), `feedbackReason` for seller feedback
 * (Feedback Manager's removal questions) — and the guideline in plain words.
 */
export const GROUND_REPORT: Record<GroundId, { reason?: L; feedbackReason?: L; guideline: L; label: L }> = {
  profanity: {
    label: { en: 'Obscene or abusive language', zh: '粗俗或侮辱性语言' },
    reason: { en: '"Inappropriate" (disrespectful, hateful, obscene)', zh: '"Inappropriate"(不尊重、仇恨、淫秽)' },
    feedbackReason: { en: '"Does the feedback include obscene language?" → Yes', zh: '"Does the feedback include obscene language?" → 是(Yes)' },
    guideline: {
      en: "Amazon's Community Guidelines do not allow obscene or abusive language, harassment or threats.",
      zh: '亚马逊社区准则禁止淫秽或侮辱性语言、骚扰和威胁。',
    },
  },
  'personal-info': {
    label: { en: 'Personal information', zh: '个人信息' },
    reason: { en: '"Other" (personal information)', zh: '"Other"(个人信息)' },
    feedbackReason: {
      en: '"Does the feedback include seller-specific personally identifiable information?" → Yes',
      zh: '"Does the feedback include seller-specific personally identifiable information?" → 是(Yes)',
    },
    guideline: {
      en: "Amazon's Community Guidelines do not allow personal information such as email addresses, phone numbers, street addresses or full names.",
      zh: '亚马逊社区准则禁止发布电子邮箱、电话号码、街道地址或全名等个人信息。',
    },
  },
  promotional: {
    label: { en: 'Promotional content', zh: '推广内容' },
    reason: { en: '"Other" (promotional content, ads or links)', zh: '"Other"(推广内容、广告或链接)' },
    guideline: {
      en: "Amazon's Community Guidelines do not allow ads, promotional content or links promoting another product, brand or seller.",
      zh: '亚马逊社区准则禁止广告、推广内容以及推广其他商品、品牌或卖家的链接。',
    },
  },
  'seller-feedback': {
    label: { en: 'About the seller or delivery, not the product', zh: '只针对卖家或物流,与商品无关' },
    reason: { en: '"Off topic" (not about the product)', zh: '"Off topic"(与商品无关)' },
    guideline: {
      en: 'Customer reviews must be about the product; comments about the seller, shipping, packaging or customer service belong in seller feedback.',
      zh: '商品评论必须针对商品本身;关于卖家、配送、包装或客服的内容应写在卖家反馈中。',
    },
  },
  'pricing-availability': {
    label: { en: 'Only about price or availability', zh: '只涉及价格或库存' },
    reason: { en: '"Off topic" (not about the product)', zh: '"Off topic"(与商品无关)' },
    guideline: {
      en: "Amazon's Community Guidelines do not allow reviews that only comment on the price or availability of a product.",
      zh: '亚马逊社区准则不允许只评论价格或库存情况的评论。',
    },
  },
  'off-topic': {
    label: { en: 'Not about the product', zh: '与商品无关' },
    reason: { en: '"Off topic" (not about the product)', zh: '"Off topic"(与商品无关)' },
    guideline: {
      en: 'Customer reviews must be about the product.',
      zh: '商品评论必须与商品相关。',
    },
  },
  incentivized: {
    label: { en: 'Incentivized review', zh: '受激励的评论' },
    reason: { en: '"Fake" (paid for, inauthentic)', zh: '"Fake"(付费、不真实)' },
    guideline: {
      en: 'Amazon does not allow reviews written in exchange for a free or discounted product or any payment.',
      zh: '亚马逊不允许以免费或折扣商品或任何报酬换取的评论。',
    },
  },
  'wrong-product': {
    label: { en: 'About a different product', zh: '描述的是其他商品' },
    reason: { en: '"Off topic" (not about the product)', zh: '"Off topic"(与商品无关)' },
    guideline: {
      en: 'The review describes a different product than the one sold on this page.',
      zh: '该评论描述的是与本页面不同的商品。',
    },
  },
  spam: {
    label: { en: 'Spam or gibberish', zh: '垃圾内容或乱码' },
    reason: { en: '"Other" (spam, repeated or meaningless text)', zh: '"Other"(垃圾内容、重复或无意义文字)' },
    guideline: {
      en: "Amazon's Community Guidelines do not allow repetitive text, gibberish or filler.",
      zh: '亚马逊社区准则禁止重复文字、乱码或无意义的填充内容。',
    },
  },
  'product-review': {
    label: { en: 'Feedback that is a product review', zh: '反馈内容完全是商品评论' },
    feedbackReason: { en: '"Is the entire feedback a product review?" → Yes', zh: '"Is the entire feedback a product review?" → 是(Yes)' },
    guideline: {
      en: "Seller feedback is about the seller's service; feedback that is entirely a product review can be removed.",
      zh: '卖家反馈针对卖家的服务;完全是商品评论的反馈可以申请移除。',
    },
  },
  'fba-fulfillment': {
    label: { en: 'About an order Amazon fulfilled', zh: '针对亚马逊配送(FBA)的订单' },
    feedbackReason: {
      en: '"Is the entire feedback about fulfilment or customer service for an order fulfilled by Amazon?" → Yes',
      zh: '"Is the entire feedback about fulfilment or customer service for an order fulfilled by Amazon?" → 是(Yes)',
    },
    guideline: {
      en: 'Amazon takes responsibility for delivery and service on orders it fulfilled (FBA) and strikes such feedback through.',
      zh: '亚马逊为其配送(FBA)订单的配送和服务负责,会将此类反馈划线删除。',
    },
  },
};
