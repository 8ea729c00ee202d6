// Context the policy rules need, read from the compose pages: order id from
// the URL, the buyer's preferred language from the tooltip label (any UI
// language), and dates where the page shows them.
import { deepQueryAll } from './shadow.ts';
import { SEL } from './selectors.ts';
import { parseLooseDate } from './dates.ts';

export const ORDER_ID_RE = /\b\d{3}-\d{7}-\d{7}\b/;

export function orderIdFromUrl(url: string): string | undefined {
  try {
    const u = new URL(url);
    for (const k of ['orderID', 'orderId', 'orderid']) {
      const v = u.searchParams.get(k);
      if (v && ORDER_ID_RE.test(v)) return v.match(ORDER_ID_RE)![0];
    }
    const m = u.pathname.match(ORDER_ID_RE);
    return m?.[0];
  } catch {
    return undefined;
  }
}

/**
 * "Buyer's Language of Preference: Spanish", "买家首选语言：西班牙语",
 * "Bevorzugte Sprache des Käufers: Spanisch"… → the part after the colon.
 * Keyed on the label's structure (a kat-label inside a kat-tooltip whose text
 * has a colon), not on the English words.
 */
export function buyerLanguageFrom(root: Document | Element): string | undefined {
  for (const label of deepQueryAll(root, SEL.compose.languageLabel)) {
    // The label's text content (what the page shows), or a `text` attribute where a version renders from one.
    const text = (label.textContent?.trim() || label.getAttribute('text') || '').trim();
    const m = text.match(/^(.{3,80}?)[:：]\s*(.{2,40})$/);
    if (m && /lang|语言|語言|言語|sprach|langue|idioma|lingua|taal|język|dil/i.test(m[1]!)) return m[2]!.trim();
  }
  return undefined;
}

const ORDER_DATE_LABEL = /(order date|ordered on|purchase date|订单日期|下单日期|注文日|bestelldatum|date de (la )?commande|fecha del pedido|data dell'ordine)/i;
const DELIVERY_LABEL = /(delivered( on)?|delivery date|送达日期|配送日期|已送达|zugestellt|livré|entregado|consegnato)/i;

/**
 * Dates shown near "Order date:" / "Delivered:" labels, as YYYY-MM-DD. Looks
 * at small elements whose whole text is "label: date", so it works whether
 * label and date share a text node or sit in sibling spans.
 */
export function datesFrom(root: Document | Element): { orderDate?: string; deliveryDate?: string } {
  const out: { orderDate?: string; deliveryDate?: string } = {};
  let budget = 3000;
  for (const el of (root.nodeType === 9 ? (root as Document).body ?? root : root).querySelectorAll('*')) {
    if (--budget < 0 || (out.orderDate && out.deliveryDate)) break;
    if (el.childElementCount > 3) continue;
    const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (text.length > 80) continue;
    const m = text.match(/^(.{0,60}?)[:：]\s*(.{4,40})$/);
    if (!m) continue;
    const date = parseLooseDate(m[2]!);
    if (!date) continue;
    if (!out.orderDate && ORDER_DATE_LABEL.test(m[1]!)) out.orderDate = date;
    else if (!out.deliveryDate && DELIVERY_LABEL.test(m[1]!)) out.deliveryDate = date;
  }
  return out;
}

export type ContactReason = 'delivery' | 'missing-information' | 'unexpected-problem' | 'other';

/** Amazon's contact reasons by radio value or label, in the UI languages (the first three are "critical"). */
const REASONS: ReadonlyArray<[ContactReason, RegExp]> = [
  ['missing-information', /missing[\s_-]*info|additional[\s_-]*info|information required|fehlende informationen|informations? manquantes?|informaci[oó]n (adicional|que falta)|informazioni mancanti|不足している情報|追加情報|缺少信息|所需信息|补充信息/i],
  ['unexpected-problem', /unexpected|unerwartet|inattendu|inesperado|imprevisto|予期しない|意外问题|意外的问题/i],
  ['delivery', /deliver|schedul|liefer|zustell|livraison|entrega|consegna|配達|配送|送货|交付/i],
  ['other', /^\s*(other|sonstige[sr]?|autre|otros?|altro|その他|其他)\s*$/i],
];

/** The contact reason the seller picked (the checked radio), if any. */
export function contactReasonFrom(root: Document | Element): ContactReason | undefined {
  for (const radio of deepQueryAll(root, SEL.compose.reasonRadio)) {
    const input = radio.matches('input') ? (radio as HTMLInputElement) : radio.querySelector<HTMLInputElement>('input[type="radio"]') ?? radio.shadowRoot?.querySelector<HTMLInputElement>('input[type="radio"]');
    const checked = input?.checked || radio.hasAttribute('checked') || radio.getAttribute('aria-checked') === 'true';
    if (!checked) continue;
    const host = radio.matches('input') ? (radio.closest('kat-radiobutton') ?? radio) : radio;
    for (const key of [host.getAttribute('value'), input?.value, host.getAttribute('label'), host.textContent]) {
      if (!key) continue;
      for (const [reason, re] of REASONS) if (re.test(key)) return reason;
    }
    return 'other';
  }
  return undefined;
}

/** A file is attached to the message (any file input on the form with a file). */
export function hasAttachmentFrom(root: Document | Element): boolean {
  return deepQueryAll<HTMLInputElement>(root, SEL.compose.fileInput).some((i) => (i.files?.length ?? 0) > 0);
}
