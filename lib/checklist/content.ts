// Per-root-cause content: corrective actions (step 5) and public reply drafts
// (step 4), English and Simplified Chinese (seeds 001 and 002).
import type { RootCause } from '../reviews/types.ts';
import type { Lang } from '../i18n/lang.ts';

/** Concrete corrective actions per root cause (seed 001 §2, seed 002 §2–3). */
export const FIXES: Record<RootCause, Record<Lang, string[]>> = {
  quality: {
    en: [
      'Check the returned or remaining stock for the same defect and note the batch / lot.',
      'Send the defect (photos, quote) to the supplier and agree on a fix and an incoming quality check (QC) before the next shipment.',
      'Add a pre-shipment inspection for this defect to your QC checklist.',
      'If it keeps happening, compare with the best-rated competitors and improve the product before restocking.',
    ],
    zh: [
      '检查退货或剩余库存是否有同样的缺陷，并记下批次号。',
      '把缺陷（照片、原文）发给供应商，商定整改方案，并在下一批发货前进行来料质检（QC）。',
      '在质检清单中加入针对该缺陷的出货前检验。',
      '如果反复出现，对比好评最多的同类产品，改进产品后再补货。',
    ],
  },
  'not-as-described': {
    en: [
      'Compare the listing text, bullet points and images with the item that actually ships; correct every difference.',
      'Add a size chart and fill in the size and dimension fields exactly as Amazon asks.',
      'Show the item from several angles, with real colours and a scale reference.',
      'Make sure the SKU sent from the warehouse matches the listing (variation, colour, version).',
    ],
    zh: [
      '逐项对比标题、五点描述、图片与实际发出的商品，改正所有不一致之处。',
      '添加尺寸表，并按亚马逊要求准确填写尺寸字段。',
      '提供多角度图片，真实还原颜色，并给出尺寸参照。',
      '确认仓库发出的 SKU 与 listing 一致（变体、颜色、版本）。',
    ],
  },
  logistics: {
    en: [
      'Improve the packaging: stronger box, inner padding, a drop test of the packed item.',
      'For FBA, check the prep requirements (poly bags, bubble wrap, labels) and the inventory condition at the fulfilment centre.',
      'For your own shipping, review the carrier and the promised delivery times, and tell buyers at once about any delay.',
      'Check the pick list: wrong or missing items point to a labelling or kitting error.',
    ],
    zh: [
      '改进包装：更结实的纸箱、内衬缓冲，并对打包后的商品做跌落测试。',
      'FBA 订单：核对预处理要求（塑料袋、气泡膜、标签）以及仓库中的库存状态。',
      '自发货订单：检查承运商和承诺的配送时效，如有延迟立即通知买家。',
      '检查拣货清单：发错或缺件通常是贴标或配套出错。',
    ],
  },
  usage: {
    en: [
      'Rewrite the manual in plain words with pictures for every step; add a quick-start card in the box.',
      'Add the answer to this question to the listing (bullet points, A+ content, images) and to your FAQ.',
      'Prepare a troubleshooting guide your team can send as an attachment in Buyer-Seller Messaging.',
    ],
    zh: [
      '用简单的语言重写说明书，每一步配图；在包装内增加快速入门卡。',
      '把这个问题的答案加到 listing（五点描述、A+ 页面、图片）和常见问题库中。',
      '准备一份故障排查指南，客服可以在买家与卖家消息中作为附件发送。',
    ],
  },
  preference: {
    en: [
      'Make the listing honest about what might not suit everyone (feel, smell, weight, colour on screen).',
      'Add real photos and exact dimensions so buyers can judge before they buy.',
      'Keep a tally: if the same "dislike" comes back often, it is a product or listing problem, not taste.',
    ],
    zh: [
      '在 listing 中如实说明可能不适合所有人的特点（手感、气味、重量、屏幕色差）。',
      '添加实拍图片和准确尺寸，让买家在购买前就能判断。',
      '持续统计：同样的"不喜欢"反复出现时，就是产品或 listing 的问题，而不只是口味。',
    ],
  },
  authenticity: {
    en: [
      'Gather supplier invoices from the last 365 days, the brand authorisation and the purchase contract for this ASIN.',
      'Check the batch the buyer received: packaging, labels, serial numbers; make sure no returned or used unit was resold as new.',
      'Make sure the listing images and packaging match the genuine product exactly.',
    ],
    zh: [
      '整理该 ASIN 近 365 天的供应商发票、品牌授权书和采购合同。',
      '检查买家收到的批次：包装、标签、序列号；确保没有把退货或二手商品当作新品再次出售。',
      '确保 listing 图片和包装与正品完全一致。',
    ],
  },
  service: {
    en: [
      'Answer every buyer message within 24 hours, weekends included (Amazon measures it).',
      'Write answers for the common questions so every team member replies the same way.',
      'Track every case until it is solved; tell buyers about delays before they ask.',
    ],
    zh: [
      '24 小时内回复每一条买家消息，包括周末（亚马逊会考核）。',
      '为常见问题准备标准答复，确保每位客服口径一致。',
      '跟踪每个问题直到解决；如有延迟，主动告知买家。',
    ],
  },
};

interface ReplyText {
  /** Apology for what the buyer met, in the third person, written for future buyers. */
  sorry: string;
  /** What the seller has changed. */
  fixed: string;
}

const REPLY: Record<Lang, { frame(r: ReplyText): string; causes: Record<RootCause, ReplyText> }> = {
  en: {
    frame: (r) =>
      `We are sorry ${r.sorry} Thank you for telling us about it. ${r.fixed} If you bought this item and run into any problem, please reach us through Amazon's Buyer-Seller Messaging from your order page and we will help with a replacement, a refund or step-by-step support.`,
    causes: {
      quality: {
        sorry: 'that this item did not work as it should.',
        fixed: 'We have traced the fault with our supplier and added a check for it before every shipment.',
      },
      'not-as-described': {
        sorry: 'that the item did not match what our product page led you to expect.',
        fixed: 'We have corrected the description, photos and size details so they show the item exactly as it is.',
      },
      logistics: {
        sorry: 'that the order did not arrive on time or in good condition.',
        fixed: 'We have improved the packaging and now check every parcel before it ships.',
      },
      usage: {
        sorry: 'that setting up the item was difficult.',
        fixed: 'We have rewritten the instructions with a picture for every step and added a quick-start card in the box.',
      },
      preference: {
        sorry: 'that the item was not what you were looking for.',
        fixed: 'We have added more photos and exact details to the product page so everyone can judge before buying.',
      },
      authenticity: {
        sorry: 'that the item gave you doubts about whether it is genuine.',
        fixed: 'Every unit we sell is sourced directly from the brand, and we have checked this batch with our supplier.',
      },
      service: {
        sorry: 'that our service fell short.',
        fixed: 'We have changed how we handle messages so that every question is answered within one business day.',
      },
    },
  },
  zh: {
    frame: (r) =>
      `非常抱歉${r.sorry}感谢您告诉我们。${r.fixed}如果您购买了这件商品并遇到任何问题，请通过订单页面使用亚马逊买家与卖家消息联系我们，我们会为您提供补发、退款或一步一步的协助。`,
    causes: {
      quality: { sorry: '，这件商品未能正常使用。', fixed: '我们已与供应商找到故障原因，并在每次发货前增加了针对性检查。' },
      'not-as-described': { sorry: '，商品与页面描述不一致。', fixed: '我们已修改描述、图片和尺寸信息，如实展示商品。' },
      logistics: { sorry: '，订单未能准时或完好送达。', fixed: '我们已改进包装，并在每个包裹发出前进行检查。' },
      usage: { sorry: '，商品的安装给您带来了困难。', fixed: '我们已重写说明书，每一步都配有图片，并在包装内增加了快速入门卡。' },
      preference: { sorry: '，这件商品不是您想要的。', fixed: '我们在商品页面增加了更多图片和准确信息，方便大家购买前判断。' },
      authenticity: { sorry: '，这件商品让您对其真伪产生了疑虑。', fixed: '我们销售的每一件商品都直接从品牌方采购，并已与供应商核查了这一批次。' },
      service: { sorry: '，我们的服务没有做好。', fixed: '我们已调整消息处理流程，确保每个问题在一个工作日内得到答复。' },
    },
  },
};

/** Public reply draft for a root cause (apologise, don't argue, say what was fixed, for future buyers). */
export function publicReply(cause: RootCause, lang: Lang): string {
  const r = REPLY[lang];
  return r.frame(r.causes[cause]);
}
