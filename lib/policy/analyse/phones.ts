// Phone numbers in the normalised text. A loose regex finds digit groups; the
// shape checks throw out what is never a phone (Amazon order ids, dates, ZIP+4,
// thousands, numbers labelled as order/tracking/model/serial or company, VAT and
// tax registration numbers, as invoices print them); then
// libphonenumber-js decides: only a number valid for the marketplace's
// country (or, written with +/00, for its own country) is a phone. That keeps
// "2026-10-24 (10 days", postal codes like 262-0003 and tracking numbers out.
import { parsePhoneNumberFromString as parseWith } from 'libphonenumber-js/core';
import { PHONE_METADATA, type CountryCode } from '../../phones/index.ts';

const parsePhoneNumberFromString = (text: string, country: CountryCode) => parseWith(text, country, PHONE_METADATA);
import { overlapsAny, type Span } from './span.ts';

// Digit runs joined by 1–3 separators: each run is taken whole, so a failed
// match gives up in steps proportional to its length (no regrouping of digits).
const PHONE = /(?<![a-z0-9+@#\/.\-_,])(\+\s?|00)?\(?\d+(?:[ .\-()]{1,3}\d+){0,8}(?![a-z0-9\-_]|[.,]\d)/g;
const ORDER_ID = /^\d{3}-\d{7}-\d{7}$/;
const DATE = /^(?:\d{4}[./-]\d{1,2}[./-]\d{1,2}|\d{1,2}[./-]\d{1,2}[./-]\d{2,4})/;
const ZIP4 = /^\d{5}-\d{4}$/;
const THOUSANDS = /^\d{1,3}(?:[ .]\d{3})+$/;
const TIME_RANGE = /^\d{1,2}[.:]\d{2}\s?-\s?\d{1,2}[.:]\d{2}$/;
/** An IPv4 address ("192.168.1.1"), a version or a dotted part number: never a phone. */
const DOTTED = /^\d{1,3}(?:\.\d{1,3}){3}$/;
const LABELLED = /\b(?:order|tracking|track|model|asin|sku|invoice|serial|part|ref|reference|case|isbn|upc|ean|gtin|lot|batch|item|article|artikel|commande|pedido|ordine|fnsku|po|vat|tax|sn|imei)\b[^\n\d]{0,16}$/;
/** A company or tax registration label right before the digits ("Company Number: ", "USt-IdNr. ", "HRB "), as invoices print them. */
const REGISTRATION = /\b(?:company|registration|reg|registered|eori|utr|ein|abn|acn|gst|siret|siren|tva|ust(?:-?idnr)?|steuernummer|hrb|p\.?\s?iva|partita iva|cif|nif)\b\.?\s*(?:number|no|nr|num|id|code|n°)?\.?\s*[:#]?\s*$/;
/** A phone word before the label: "our installation line for this order: 020 …" is a phone, not the order's number. */
const CALL = /\b(?:line|phone|tel|telephone|call|ring|hotline|helpline|mobile|fax)\b/;
// A postal-code mark right before the digits (〒 is NFKC-stable).
const POSTAL = /(?:〒|\bzip|\bpostcode|\bpostal code|\bplz|\bcp|\bcap)\s*:?\s*$/;

// Marketplace (host, domain suffix or country code) → default country.
const MARKETPLACES: Record<string, CountryCode> = {
  com: 'US', ca: 'CA', 'com.mx': 'MX', 'com.br': 'BR', 'co.uk': 'GB', uk: 'GB', de: 'DE', fr: 'FR', es: 'ES', it: 'IT', nl: 'NL', se: 'SE', pl: 'PL',
  'com.be': 'BE', 'com.tr': 'TR', ae: 'AE', sa: 'SA', eg: 'EG', in: 'IN', 'co.jp': 'JP', jp: 'JP', 'com.au': 'AU', sg: 'SG', cn: 'CN', ie: 'IE',
};

/** Default phone country of a marketplace ('amazon.co.uk', 'co.uk', 'GB', 'UK'); US when unknown. */
export function marketplaceCountry(marketplace: string | undefined): CountryCode {
  if (!marketplace) return 'US';
  const m = marketplace.trim().toLowerCase().replace(/^https?:\/\//, '').replace(/\/.*$/, '');
  const suffix = /amazon\.(.+)$/.exec(m)?.[1] ?? m;
  return MARKETPLACES[suffix] ?? (/^[a-z]{2}$/.test(suffix) ? (suffix.toUpperCase() as CountryCode) : 'US');
}

function valid(raw: string, country: CountryCode): boolean {
  try {
    // Sellers often give their own (Chinese) after-sales number in any marketplace.
    for (const c of [country, 'CN'] as const) if (parsePhoneNumberFromString(raw, c)?.isValid()) return true;
  } catch {
    // An unknown country code is not a phone country.
  }
  return false;
}

/** Validations per message: a real message has a few numbers; a flood of them gets the first ones flagged, in bounded time. */
const MAX_VALIDATIONS = 100;

export function findPhones(text: string, exclude: readonly Span[], marketplace?: string): Span[] {
  const out: Span[] = [];
  let validations = 0;
  const country = marketplaceCountry(marketplace);
  PHONE.lastIndex = 0;
  for (let m; (m = PHONE.exec(text)); ) {
    const s = m.index;
    let raw = m[0];
    // A bracket opened after the number belongs to the prose: "2026-10-24 (10 days".
    const open = raw.lastIndexOf('(');
    if (open > 0 && !raw.includes(')', open)) raw = raw.slice(0, open).trimEnd();
    const e = s + raw.length;
    // Cheapest filter first: most digit runs in prose ("page 14") are too short.
    let digits = 0;
    for (let i = 0; i < raw.length; i++) {
      const c = raw.charCodeAt(i);
      if (c >= 48 && c <= 57) digits++;
    }
    if (digits < 7 || digits > 15) continue;
    if (overlapsAny(exclude, s, e)) continue;
    const plus = m[1] !== undefined;
    const body = (plus ? raw.slice(m[1]!.length) : raw).replace(/^\(|\)$/g, '');
    if (ORDER_ID.test(body) || DATE.test(body) || ZIP4.test(body) || TIME_RANGE.test(body) || DOTTED.test(body)) continue;
    if (!plus && THOUSANDS.test(body)) continue;
    const before = text.slice(Math.max(0, s - 24), s);
    if ((LABELLED.test(before) && !CALL.test(before)) || POSTAL.test(before) || REGISTRATION.test(before)) continue;
    if (++validations > MAX_VALIDATIONS) break;
    if (!valid(raw, country)) continue;
    out.push({ s, e });
  }
  return out;
}
