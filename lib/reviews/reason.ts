// The one plain line (English and Chinese) that says why an item is or is not
// removable. When it is not, it says so flatly and points at the real work.
import type { Context } from './context.ts';
import { CONDITIONAL_GROUNDS, GROUNDS, type Localized } from './labels.ts';
import type { ConditionalGround, Deadline, Ground } from './types.ts';

const MAX_QUOTE = 80;

function short(q: string): string {
  const flat = q.replace(/\s+/g, ' ').trim();
  return flat.length > MAX_QUOTE ? `${flat.slice(0, MAX_QUOTE - 1)}…` : flat;
}

export interface ReasonExtras {
  conditionalGrounds?: readonly ConditionalGround[];
  struckByAmazon?: boolean;
}

export function reasonFor(ctx: Context, grounds: readonly Ground[], deadlines: Record<string, Deadline>, extras: ReasonExtras = {}): Localized {
  if (extras.struckByAmazon) {
    return {
      en: 'Already struck through by Amazon: the order was fulfilled by Amazon and Amazon took responsibility for it, so there is nothing to report.',
      zh: '亚马逊已划掉该评分：此订单由亚马逊配送，亚马逊已承担责任，无需再举报。',
    };
  }
  const conditional = extras.conditionalGrounds?.[0];
  if (grounds.length === 0 && conditional) {
    const info = CONDITIONAL_GROUNDS[conditional.id];
    return {
      en: `Not removable as it stands. ${info.condition.en} Check how the order shipped before you request removal (quote "${short(conditional.quote)}").`,
      zh: `目前不可直接移除。${info.condition.zh} 申请移除前请先核实发货方式（引用"${short(conditional.quote)}"）。`,
    };
  }
  if (grounds.length > 0) {
    const first = grounds[0]!;
    const info = GROUNDS[first.id];
    const form = info.reportReason[ctx.kind] ?? info.reportReason.review ?? info.reportReason.feedback!;
    const ids = [...new Set(grounds.map((g) => g.id))];
    const en = ids.map((id) => GROUNDS[id].title.en).join('; ');
    const zh = ids.map((id) => GROUNDS[id].title.zh).join('；');
    const reportWindow = deadlines[ctx.kind === 'feedback' ? 'feedback-removal' : 'review-report'];
    const late = reportWindow?.expired
      ? { en: ` The report window closed on ${reportWindow.lastDay}.`, zh: ` 举报期限已于 ${reportWindow.lastDay} 截止。` }
      : { en: '', zh: '' };
    return {
      en: `Removable: ${en}. Report it as "${form.en}" and quote "${short(first.quote)}".${late.en}`,
      zh: `可申请移除：${zh}。举报时选择"${form.zh}"，并引用"${short(first.quote)}"。${late.zh}`,
    };
  }
  const topics = new Set(ctx.sentences.flatMap((s) => [...s.tags]));
  const aboutService = topics.has('seller') || topics.has('delivery') || topics.has('packaging') || topics.has('amazon');
  const aboutProduct = topics.has('product') || topics.has('mismatch');
  if (ctx.item.rating >= 4) {
    return {
      en: 'Not removable, and nothing to remove: a positive rating that breaks none of Amazon\'s rules.',
      zh: '无需移除：这是正面评价，未违反亚马逊的任何规则。',
    };
  }
  if (ctx.kind === 'feedback') {
    if (aboutProduct && aboutService) {
      return {
        en: "Not removable: it is about the seller's service or delivery as well as the product, and Amazon removes only feedback that is entirely a product review. Respond and fix the cause instead.",
        zh: '不可移除：反馈同时涉及卖家服务或配送与商品本身，亚马逊只移除完全是商品评价的反馈。请回复买家并解决问题根源。',
      };
    }
    return {
      en: "Not removable: genuine feedback about the order or the seller's service. Respond and fix the cause instead.",
      zh: '不可移除：这是针对订单或卖家服务的真实反馈。请回复买家并解决问题根源。',
    };
  }
  if (aboutProduct && aboutService) {
    return {
      en: 'Not removable: it talks about the product as well as the seller or delivery, so it is a genuine product review, however harsh. Respond and fix the cause instead.',
      zh: '不可移除：评论同时谈到了商品和卖家/物流，属于真实的商品评价，即使措辞严厉。请回复买家并解决问题根源。',
    };
  }
  return {
    en: 'Not removable: a genuine complaint about the product, however harsh. Respond and fix the cause instead.',
    zh: '不可移除：这是对商品的真实投诉，即使措辞严厉。请回复买家并解决问题根源。',
  };
}
