// Plan of Action (seeds 001 and 003): when it is needed, and a plain-text
// draft in the structure Amazon asks for — facts and root cause, immediate
// corrective actions, preventive measures, commitment.
import type { RootCause } from '../reviews/types.ts';
import { currentRating, type ReviewRecord } from '../records/index.ts';
import { CAUSE_TEXT } from './labels.ts';
import type { Lang } from '../i18n/lang.ts';

/**
 * "Negative reviews pile up" (seed 001: Amazon opens a case when an ASIN gets
 * too many negative reviews): at least `count` reviews of at most `maxRating`
 * stars for the same ASIN, dated within the last `days` days (the review in
 * hand included). Amazon publishes no number; this is a conservative
 * early-warning threshold, not Amazon's trigger.
 */
export const NEGATIVE_PILE_UP = { count: 3, days: 30, maxRating: 3 } as const;

const DAY = 86_400_000;

/** The rating now (the buyer may have changed it since the first sighting). */
export { currentRating };

function asinOf(r: ReviewRecord): string | undefined {
  return r.asin ?? r.item.asin;
}

/** Negative reviews of the record's ASIN within the window, oldest first (record included, deduplicated by id). */
export function negativeReviewsOfAsin(record: ReviewRecord, history: readonly ReviewRecord[], now: Date): ReviewRecord[] {
  const asin = asinOf(record);
  if (!asin || record.kind !== 'review') return [];
  const since = now.getTime() - NEGATIVE_PILE_UP.days * DAY;
  const seen = new Set<string>();
  const out: ReviewRecord[] = [];
  for (const r of [record, ...history]) {
    if (seen.has(r.id)) continue;
    seen.add(r.id);
    if (r.kind !== 'review' || asinOf(r) !== asin) continue;
    if (currentRating(r) > NEGATIVE_PILE_UP.maxRating) continue;
    const t = Date.parse(r.item.date);
    if (Number.isNaN(t) || t < since || t > now.getTime() + DAY) continue;
    out.push(r);
  }
  return out.sort((a, b) => Date.parse(a.item.date) - Date.parse(b.item.date));
}

export interface PoaNeed {
  needed: boolean;
  authenticity: boolean;
  safety: boolean;
  /** Negative reviews of this ASIN within NEGATIVE_PILE_UP.days. */
  negativeCount: number;
  pileUp: boolean;
}

/** Whether a Plan of Action should be prepared, and why. */
export function poaNeed(record: ReviewRecord, history: readonly ReviewRecord[], now: Date): PoaNeed {
  const risks = record.classification.risks ?? [];
  const authenticity = risks.includes('authenticity-risk');
  const safety = risks.includes('safety-risk');
  const negativeCount = negativeReviewsOfAsin(record, history, now).length;
  const pileUp = negativeCount >= NEGATIVE_PILE_UP.count;
  return { needed: authenticity || safety || pileUp, authenticity, safety, negativeCount, pileUp };
}

/** One line of page text, safe to embed in a plain-text document. */
export function excerpt(text: string, max = 160): string {
  const s = text.replace(/[\u0000-\u001f\u007f]+/g, ' ').replace(/\s+/g, ' ').trim();
  return s.length > max ? `${s.slice(0, max - 1)}…` : s;
}

/** The words that best show the problem: risk evidence, then the title, then the body. */
export function bestQuote(r: ReviewRecord): string {
  const ev = r.classification.riskEvidence?.[0]?.quote;
  return excerpt(ev || r.item.title || r.item.body);
}

const ACTIONS: Record<RootCause, Record<Lang, { corrective: string; preventive: string }>> = {
  quality: {
    en: {
      corrective: 'We inspected the remaining inventory for the reported defect and removed [number] affected units from sale on [date].',
      preventive: 'Our supplier has corrected [the cause] and every batch now passes an incoming quality inspection before it is sent to Amazon.',
    },
    zh: {
      corrective: '我们检查了剩余库存中是否存在所反映的缺陷，并于 [日期] 下架了 [数量] 件问题商品。',
      preventive: '供应商已整改 [原因]，每一批货在发往亚马逊前都须通过来料质检。',
    },
  },
  'not-as-described': {
    en: {
      corrective: 'We compared the listing with the product shipped and corrected the title, bullet points, images and size details on [date].',
      preventive: 'Every listing change and every new batch is now checked against a physical sample before it goes live.',
    },
    zh: {
      corrective: '我们对比了 listing 与实际发出的商品，并于 [日期] 修正了标题、五点描述、图片和尺寸信息。',
      preventive: '今后每次修改 listing 和每一批新货上架前，都会与实物样品核对。',
    },
  },
  logistics: {
    en: {
      corrective: 'We changed the packaging to [new packaging] and checked the prep of the inventory at the fulfilment centre on [date].',
      preventive: 'Each packaging change is drop-tested, and we monitor damage and delivery reports for this ASIN every week.',
    },
    zh: {
      corrective: '我们将包装改为 [新包装]，并于 [日期] 检查了仓库库存的预处理情况。',
      preventive: '每次包装变更都进行跌落测试，并每周监控该 ASIN 的破损和配送问题。',
    },
  },
  usage: {
    en: {
      corrective: 'We rewrote the manual with a picture for every step, added a quick-start card to the box and answered the question on the product page on [date].',
      preventive: 'Questions buyers ask are collected weekly and added to the manual and the product page.',
    },
    zh: {
      corrective: '我们重写了说明书（每一步配图），在包装中加入快速入门卡，并于 [日期] 在商品页面补充了相关说明。',
      preventive: '每周汇总买家的问题，补充到说明书和商品页面中。',
    },
  },
  preference: {
    en: {
      corrective: 'We added real photos and exact details to the product page on [date] so buyers can judge before they buy.',
      preventive: 'We track recurring dislikes; any that repeat are treated as a product or listing defect.',
    },
    zh: {
      corrective: '我们于 [日期] 在商品页面增加了实拍图片和准确信息，方便买家购买前判断。',
      preventive: '我们持续统计反复出现的不满意之处，并将其作为产品或 listing 缺陷处理。',
    },
  },
  authenticity: {
    en: {
      corrective: 'We checked the batch the buyer received against the supplier invoices and the brand\'s packaging, and removed any unit that could not be traced.',
      preventive: 'We buy this product only from [supplier], the brand owner\'s authorised source, keep invoices for every batch, and never resell returned units as new.',
    },
    zh: {
      corrective: '我们对照供应商发票和品牌包装检查了买家收到的批次，并下架了所有无法追溯来源的商品。',
      preventive: '我们只从品牌方授权的 [供应商] 采购，保留每一批次的发票，且绝不把退货当作新品再次出售。',
    },
  },
  service: {
    en: {
      corrective: 'We answered every open buyer message and resolved the reported orders on [date].',
      preventive: 'Buyer messages are now answered within 24 hours, weekends included, following written answers for common questions.',
    },
    zh: {
      corrective: '我们于 [日期] 回复了所有未处理的买家消息，并解决了相关订单的问题。',
      preventive: '现在所有买家消息都在 24 小时内（包括周末）按照书面的标准答复进行回复。',
    },
  },
};

const TEXT = {
  en: {
    title: 'Plan of Action',
    asin: 'ASIN',
    s1: '1. Facts and root cause',
    s2: '2. Immediate corrective actions taken',
    s3: '3. Preventive measures',
    s4: '4. Commitment',
    count: (n: number, days: number, from: string, to: string) =>
      `Between ${from} and ${to} (the last ${days} days) this ASIN received ${n} negative review${n === 1 ? '' : 's'}:`,
    single: (kind: string, date: string, stars: number) => `On ${date} a buyer left a ${stars}-star ${kind}:`,
    item: (date: string, stars: number, quote: string) => `- ${date}, ${stars} star${stars === 1 ? '' : 's'}: "${quote}"`,
    reported: (labels: string) => `The buyers report: ${labels}.`,
    authenticity: 'The buyer questions whether the item is genuine.',
    safety: 'The buyer reports a safety problem: "[describe the hazard]".',
    rootCause: 'Root cause: after investigating, we found that [describe the root cause in one or two sentences: what went wrong, where, and why].',
    contacted: 'We contacted the affected buyers through Buyer-Seller Messaging and resolved their orders with a replacement or a full refund.',
    safetyStop: 'We stopped selling the affected units on [date] until the hazard is investigated and, where needed, tested by [lab].',
    invoices: 'Supplier invoices from the last 365 days and the brand authorisation are attached: [invoice numbers and dates].',
    review: 'A team member reads every new negative review of our ASINs within 24 hours and records its root cause; the causes are analysed every week.',
    commitment:
      'We take these reports seriously. We are committed to selling products that match their description and meet Amazon\'s standards, to answering every buyer quickly, and to preventing this problem from happening again. We will keep monitoring this ASIN and act on any new report at once.',
    kindReview: 'review',
    kindFeedback: 'seller feedback',
  },
  zh: {
    title: '行动计划（POA）',
    asin: 'ASIN',
    s1: '一、事实与根本原因',
    s2: '二、已采取的纠正措施',
    s3: '三、预防措施',
    s4: '四、承诺',
    count: (n: number, days: number, from: string, to: string) => `${from} 至 ${to}（最近 ${days} 天），该 ASIN 收到 ${n} 条差评：`,
    single: (kind: string, date: string, stars: number) => `${date}，一位买家留下了 ${stars} 星${kind}：`,
    item: (date: string, stars: number, quote: string) => `- ${date}，${stars} 星："${quote}"`,
    reported: (labels: string) => `买家反映的问题：${labels}。`,
    authenticity: '买家质疑商品是否为正品。',
    safety: '买家反映了安全问题："[描述隐患]"。',
    rootCause: '根本原因：经调查，我们发现 [用一两句话说明根本原因：哪里出了问题、在哪个环节、为什么]。',
    contacted: '我们已通过买家与卖家消息联系受影响的买家，并以补发或全额退款解决了他们的订单问题。',
    safetyStop: '我们已于 [日期] 停售受影响的商品，直至完成隐患调查，并在需要时由 [检测机构] 进行检测。',
    invoices: '随附近 365 天的供应商发票和品牌授权：[发票编号和日期]。',
    review: '团队成员会在 24 小时内阅读我们 ASIN 的每一条新差评并记录根本原因，每周进行分析。',
    commitment:
      '我们高度重视这些反馈。我们承诺销售与描述一致、符合亚马逊标准的商品，及时回复每一位买家，并杜绝此类问题再次发生。我们将持续监控该 ASIN，一旦出现新的问题立即处理。',
    kindReview: '商品评论',
    kindFeedback: '卖家反馈',
  },
} as const;

function day(iso: string): string {
  const t = Date.parse(iso);
  return Number.isNaN(t) ? iso : new Date(t).toISOString().slice(0, 10);
}

/** Root causes of the record and the affected history, primary (most frequent, then the record's own order) first. */
function causesOf(list: readonly ReviewRecord[], record: ReviewRecord): RootCause[] {
  const score = new Map<RootCause, number>();
  for (const r of list) for (const c of r.classification.rootCauses ?? []) score.set(c, (score.get(c) ?? 0) + 1);
  const own = record.classification.rootCauses ?? [];
  const all = [...new Set<RootCause>([...own, ...score.keys()])];
  return all.sort((a, b) => (score.get(b) ?? 0) - (score.get(a) ?? 0) || own.indexOf(a) - own.indexOf(b));
}

/**
 * A Plan of Action draft as plain text, ready to edit and export. Facts come
 * from the classification and the history (count, dates, ratings, quotes);
 * the parts only the seller knows are in [square brackets].
 * `now` defaults to the current time (it bounds the "last 30 days" window).
 */
export function buildPlanOfAction(record: ReviewRecord, history: readonly ReviewRecord[], lang: Lang, now: Date = new Date()): string {
  const T = TEXT[lang];
  const need = poaNeed(record, history, now);
  const negatives = negativeReviewsOfAsin(record, history, now);
  const list = negatives.length ? negatives : [record];
  const causes = causesOf(list, record);
  const asin = asinOf(record);
  const lines: string[] = [];

  lines.push(asin ? `${T.title} — ${T.asin} ${asin}` : T.title, '');

  lines.push(T.s1);
  if (negatives.length > 1) {
    lines.push(T.count(negatives.length, NEGATIVE_PILE_UP.days, day(negatives[0]!.item.date), day(negatives[negatives.length - 1]!.item.date)));
  } else {
    lines.push(T.single(record.kind === 'review' ? T.kindReview : T.kindFeedback, day(record.item.date), currentRating(record)));
  }
  for (const r of list.slice(-8)) lines.push(T.item(day(r.item.date), currentRating(r), bestQuote(r)));
  if (causes.length) lines.push(T.reported(causes.map((c) => CAUSE_TEXT[c].label[lang]).join(lang === 'zh' ? '、' : ', ')));
  if (need.authenticity) lines.push(T.authenticity);
  if (need.safety) lines.push(T.safety);
  lines.push(T.rootCause, '');

  lines.push(T.s2);
  lines.push(`- ${T.contacted}`);
  if (need.safety) lines.push(`- ${T.safetyStop}`);
  for (const c of causes.length ? causes : (['quality'] as RootCause[])) lines.push(`- ${ACTIONS[c][lang].corrective}`);
  if (need.authenticity) lines.push(`- ${T.invoices}`);
  lines.push('');

  lines.push(T.s3);
  for (const c of causes.length ? causes : (['quality'] as RootCause[])) lines.push(`- ${ACTIONS[c][lang].preventive}`);
  lines.push(`- ${T.review}`, '');

  lines.push(T.s4, T.commitment);
  return lines.join('\n');
}
