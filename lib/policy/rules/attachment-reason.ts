// An attachment is allowed when it serves the order: an invoice, instructions
// or a manual, a warranty, a return label, a custom design proof (policy.md
// §4). When a file is attached (context hasAttachment) and the text does not
// say what it is, the warning asks the seller to say so.
import { reportDocument, SOURCES, texts, type Rule } from '../rule.ts';

// Matched on the normalised text (lower case, accents folded, NFKC).
const PURPOSE = new RegExp(
  [
    String.raw`\b(?:invoices?|receipts?|manuals?|instructions?|user guide|guide|warranty|guarantee|return label|shipping label|prepaid label|label|proof|mock ?up|design|certificate|datasheet|data sheet|size chart|spec sheet|specifications?|e ?books?|recipes?|cookbook|booklet|tutorial|care (?:tips|card)|steps|tips|photos?|pictures?|images?|screenshots?|templates?)\b`,
    String.raw`\b(?:rechnung|quittung|anleitung|bedienungsanleitung|garantie|rucksendeetikett|etikett|entwurf|facture|recu|manuel|mode d emploi|notice|etiquette|epreuve|factura|recibo|manual|instrucciones|garantia|etiqueta|prueba|diseno|fattura|ricevuta|manuale|istruzioni|garanzia|etichetta|bozza)\b`,
    '請求書|領収書|説明書|取扱説明|保証書|返送ラベル|ラベル|デザイン|发票|收据|说明书|保修|退货标签|标签|设计稿',
  ].join('|'),
);

const T = texts(
  ['Say what the attachment is', 'Amazon allows attachments only when the order needs them: an invoice, instructions or a manual, a warranty, a return label, a custom design proof. Say in the message what the file is, e.g. "Attached is the invoice for your order."'],
  ['请说明附件是什么', '亚马逊只允许订单需要的附件:发票、说明书、保修卡、退货标签、定制设计稿。请在消息中说明附件内容,例如"附件是您订单的发票。"'],
);

export const rule: Rule = {
  meta: { id: 'attachment-reason', severity: 'warning', title: { en: 'Attachment without a reason', zh: '附件未说明用途' }, source: SOURCES.messagingApi },
  check(doc, report) {
    if (!doc.ctx.hasAttachment || doc.ctx.insert) return;
    if (!PURPOSE.test(doc.norm.text)) reportDocument(report, T);
  },
};
