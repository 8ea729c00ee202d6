// Phone numbers in the normalised text. The regex finds digit groups; the
// shape checks then throw out what is not a phone: Amazon order ids, tracking
// numbers (12+ bare digits, 16+ in groups), dates, ZIP+4, thousands, and
// numbers labelled as order/tracking/model/serial numbers.
import { overlapsAny, type Span } from './span.ts';

const PHONE = /(?<![a-z0-9+@#\/.\-_,])(\+\s?|00)?\(?\d(?:[ .\-()]{0,3}\d){5,17}(?![a-z0-9\-_]|[.,]\d)/g;
const ORDER_ID = /^\d{3}-\d{7}-\d{7}$/;
const DATE = /^(?:\d{4}[./-]\d{1,2}[./-]\d{1,2}|\d{1,2}[./-]\d{1,2}[./-]\d{2,4})$/;
const ZIP4 = /^\d{5}-\d{4}$/;
const THOUSANDS = /^\d{1,3}(?:[ .]\d{3})+$/;
const TIME_RANGE = /^\d{1,2}[.:]\d{2}\s?-\s?\d{1,2}[.:]\d{2}$/;
const LABELLED = /\b(?:order|tracking|track|model|asin|sku|invoice|serial|part|ref|reference|case|isbn|upc|ean|gtin|lot|batch|item|article|artikel|commande|pedido|ordine|fnsku|po|vat|tax|sn|imei)\b[^\n\d]{0,16}$/;

export function findPhones(text: string, exclude: readonly Span[]): Span[] {
  const out: Span[] = [];
  PHONE.lastIndex = 0;
  for (let m; (m = PHONE.exec(text)); ) {
    const s = m.index;
    const e = s + m[0].length;
    if (overlapsAny(exclude, s, e)) continue;
    const raw = m[0];
    const plus = m[1] !== undefined;
    let digits = 0;
    for (let i = 0; i < raw.length; i++) {
      const c = raw.charCodeAt(i);
      if (c >= 48 && c <= 57) digits++;
    }
    const body = (plus ? raw.slice(m[1]!.length) : raw).replace(/^\(|\)$/g, '');
    const separated = /[^\d]/.test(body);
    if (digits < 7 || digits > 15) continue;
    if (!plus && !separated && (digits < 10 || digits > 11)) continue; // bare digit runs: only 10–11 (US, CN mobile)
    if (ORDER_ID.test(body) || DATE.test(body) || ZIP4.test(body) || TIME_RANGE.test(body)) continue;
    if (!plus && THOUSANDS.test(body)) continue;
    if (LABELLED.test(text.slice(Math.max(0, s - 24), s))) continue;
    out.push({ s, e });
  }
  return out;
}
