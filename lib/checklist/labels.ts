// Plain-word explanations for the classifier's ids. Names and Amazon's
// report-form wording come from lib/reviews/labels.ts (one source); this adds
// what the checklist needs on top: a plain explanation of each root cause and
// risk, and the guideline each removal ground cites in the report text.
import { GROUNDS, RISK_LABELS, ROOT_CAUSE_LABELS } from '../reviews/labels.ts';
import type { GroundId, ReviewItem, RiskId, RootCause } from '../reviews/types.ts';
import type { Lang } from '../i18n/lang.ts';

type L = Record<Lang, string>;

const CAUSE_EXPLAIN: Record<RootCause, { explain: L }> = {
  quality: {
    explain: {
      en: 'The buyer says the item is faulty, broke or stopped working.',
      zh: '买家反映商品有缺陷、损坏或无法使用。',
    },
  },
  'not-as-described': {
    explain: {
      en: 'What arrived differs from the product page (size, colour, material, features).',
      zh: '收到的商品与商品页面不一致（尺寸、颜色、材质、功能）。',
    },
  },
  logistics: {
    explain: {
      en: 'The problem is the delivery: late, damaged in transit, wrong or missing items.',
      zh: '问题出在配送：延迟、运输中损坏、发错或缺件。',
    },
  },
  usage: {
    explain: {
      en: 'The buyer could not set it up or use it; better instructions or help may solve it.',
      zh: '买家不会安装或使用；更好的说明或协助可能就能解决。',
    },
  },
  preference: {
    explain: {
      en: 'The buyer simply does not like it (look, feel, taste); the item itself may be fine.',
      zh: '买家只是不喜欢（外观、手感、口味），商品本身可能没有问题。',
    },
  },
  authenticity: {
    explain: {
      en: 'The buyer thinks the item is fake or used; this can lead to an authenticity complaint.',
      zh: '买家认为商品是假货或二手；可能引发真实性投诉。',
    },
  },
  service: {
    explain: {
      en: 'The complaint is about how the seller answered or handled the order.',
      zh: '投诉针对卖家的回复或订单处理方式。',
    },
  },
};

/** The guideline each removal ground breaks, in plain words (cited in the report text). */
const GUIDELINES: Record<GroundId, { guideline: L }> = {
  profanity: {
    guideline: {
      en: "Amazon's guidelines for reviews and feedback do not allow obscene or abusive language, harassment or threats.",
      zh: '亚马逊的评论和反馈准则禁止淫秽或侮辱性语言、骚扰和威胁。',
    },
  },
  'personal-info': {
    guideline: {
      en: "Amazon's guidelines for reviews and feedback do not allow personal information such as email addresses, phone numbers, street addresses or full names.",
      zh: '亚马逊的评论和反馈准则禁止发布电子邮箱、电话号码、街道地址或全名等个人信息。',
    },
  },
  promotional: {
    guideline: {
      en: "Amazon's Community Guidelines do not allow ads, promotional content or links promoting another product, brand or seller.",
      zh: '亚马逊社区准则禁止广告、推广内容以及推广其他商品、品牌或卖家的链接。',
    },
  },
  'seller-feedback': {
    guideline: {
      en: 'Customer reviews must be about the product; comments about the seller, shipping, packaging or customer service belong in seller feedback.',
      zh: '商品评论必须针对商品本身；关于卖家、配送、包装或客服的内容应写在卖家反馈中。',
    },
  },
  'pricing-availability': {
    guideline: {
      en: "Amazon's Community Guidelines do not allow reviews that only comment on the price or availability of a product.",
      zh: '亚马逊社区准则不允许只评论价格或库存情况的评论。',
    },
  },
  'off-topic': {
    guideline: {
      en: 'Customer reviews must be about the product.',
      zh: '商品评论必须与商品相关。',
    },
  },
  incentivized: {
    guideline: {
      en: 'Amazon does not allow reviews written in exchange for a free or discounted product or any payment.',
      zh: '亚马逊不允许以免费或折扣商品或任何报酬换取的评论。',
    },
  },
  'wrong-product': {
    guideline: {
      en: 'The review describes a different product than the one sold on this page.',
      zh: '该评论描述的是与本页面不同的商品。',
    },
  },
  spam: {
    guideline: {
      en: "Amazon's Community Guidelines do not allow repetitive text, gibberish or filler.",
      zh: '亚马逊社区准则禁止重复文字、乱码或无意义的填充内容。',
    },
  },
  'product-review': {
    guideline: {
      en: "Seller feedback is about the seller's service; feedback that is entirely a product review can be removed.",
      zh: '卖家反馈针对卖家的服务；完全是商品评论的反馈可以申请移除。',
    },
  },
  'conflict-of-interest': {
    guideline: {
      en: "Amazon's Community Guidelines do not allow reviews by people with a financial or close personal interest in the product or a competing one.",
      zh: '亚马逊社区准则禁止与该商品或竞品有经济利益或密切关系的人撰写评论。',
    },
  },
  'illegal-dangerous': {
    guideline: {
      en: "Amazon's Community Guidelines do not allow content that encourages illegal or dangerous activity.",
      zh: '亚马逊社区准则禁止鼓励违法或危险行为的内容。',
    },
  },
  'fba-fulfillment': {
    guideline: {
      en: 'Amazon takes responsibility for delivery and service on orders it fulfilled (FBA) and strikes such feedback through.',
      zh: '亚马逊为其配送（FBA）订单的配送和服务负责，会将此类反馈划线删除。',
    },
  },
};

/** Root cause: name (lib/reviews) and a plain explanation. */
export const CAUSE_TEXT: Record<RootCause, { label: L; explain: L }> = Object.fromEntries(
  (Object.keys(CAUSE_EXPLAIN) as RootCause[]).map((c) => [c, { label: ROOT_CAUSE_LABELS[c], explain: CAUSE_EXPLAIN[c].explain }]),
) as Record<RootCause, { label: L; explain: L }>;

const POA_HINT: L = { en: ' Prepare a Plan of Action (see "Plan of Action").', zh: '请准备行动计划（见"行动计划"）。' };

/** Risk: name and alert (lib/reviews), plus the pointer to the Plan of Action. */
export const RISK_TEXT: Record<RiskId, { label: L; explain: L }> = Object.fromEntries(
  (Object.keys(RISK_LABELS) as RiskId[]).map((r) => {
    const x = RISK_LABELS[r];
    return [r, { label: { en: x.en, zh: x.zh }, explain: { en: x.alert.en + POA_HINT.en, zh: x.alert.zh + POA_HINT.zh } }];
  }),
) as Record<RiskId, { label: L; explain: L }>;

/**
 * Removal ground: its name, the reason to pick in Amazon's report form for
 * this kind of item (Amazon's words, from lib/reviews GROUNDS), and the
 * guideline it breaks.
 */
export function groundText(id: GroundId, kind: ReviewItem['kind']): { label: L; reason: L; guideline: L } {
  const g = GROUNDS[id];
  const reason = g.reportReason[kind] ?? g.reportReason.review ?? g.reportReason.feedback ?? g.title;
  return { label: g.title, reason, guideline: GUIDELINES[id].guideline };
}
