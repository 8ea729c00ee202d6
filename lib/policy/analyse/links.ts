// Links in the normalised text: with a scheme, "www." or a bare domain
// ("shop.com/help", "myshop dot com"), classified by host.
import { overlapsAny, type Span } from './span.ts';

export interface Link extends Span {
  /** Lower-case scheme without "://", '' when absent. */
  scheme: string;
  /** Lower-case host, " dot " spelled forms joined with ".". */
  host: string;
  /** Normalised link text (trimmed of trailing punctuation). */
  url: string;
  /** Query string (after "?"), '' when none. */
  query: string;
  hasPath: boolean;
}

// TLDs that are also common English/Romance words ("thank you.it is") need a
// path or a scheme before a bare "word.it" counts as a link.
const WORDY_TLDS = new Set(['it', 'is', 'in', 'at', 'to', 'me', 'be', 'us', 'so', 'no', 'do', 'am', 'by', 'go', 'my', 'de', 'es', 'la', 'le']);
const TLDS =
  'com|net|org|info|biz|io|co|shop|store|online|site|xyz|app|dev|me|us|uk|de|fr|es|it|jp|cn|ca|au|nl|eu|in|mx|br|se|pl|be|at|ch|ru|tv|ly|gl|to|ai|cc|ws|gd|is|link|click|top|club|vip|live|email|page|ink|tech|website|space|fun|life|world|today|blog|news|support|help|services|net|ie|nz|sg|hk|tw|kr|dk|no|fi|pt|cz|gr|tr|za|ar|cl|pe|vn|id|my|ph|th|ae|sa|il|ua|ro|hu|sk|bg|hr|si|lt|lv|ee|so|la|su';

const LINK = new RegExp(
  String.raw`(?:(?<![a-z0-9@.\-_])|(?<=[a-z]\.)(?=https?:\/\/))(?:([a-z][a-z0-9+.\-]{1,15}):\/\/[^\s<>"'\x60]+|www(?:\.|\s+dot\s+)[^\s<>"'\x60]+|(?:[a-z0-9](?:[a-z0-9\-]{0,61}[a-z0-9])?(?:\.|\s+dot\s+)){1,5}(?:${TLDS})(?![a-z0-9\-])(?:[\/?#][^\s<>"'\x60]*)?)`,
  'g',
);
const LINK_AT = new RegExp(LINK.source, 'y');
/** Characters LINK's lookbehind rejects before a match: [a-z0-9@.\-_]. */
function MID_WORD(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 64 || c === 46 || c === 45 || c === 95;
}
const TRAILING = /[.,;:!?'")\]}>]+$/;
const DOT_WORD = /\s+dot\s+/g;

/** Bare "amazon.com", "Amazon.co.uk" with no path: the brand name, not a link. */
const AMAZON_BRAND = /^amazon(?:\.[a-z]{2,3}){1,2}$/;

// Cheap anchors: every link has "://", "www" or ".tld"/" dot tld" in it. The
// full regex runs only from shortly before each anchor.
const ANCHOR = new RegExp(String.raw`:\/\/|www|(?:\.|\sdot\s)(?:${TLDS})(?![a-z0-9\-])`, 'g');

/**
 * "novembre.Se il pacco", "feeder.My son": a bare domain whose last label the
 * writer capitalised (and the rest not in capitals) is two sentences with the
 * space left out, not a host. `written` gives the original text of a span.
 */
function writtenAsSentence(written: (s: number, e: number) => string, s: number, host: string): boolean {
  const dot = host.lastIndexOf('.');
  const tld = written(s + dot + 1, s + host.length);
  const all = written(s, s + host.length);
  return /^\p{Lu}/u.test(tld) && all !== all.toUpperCase();
}

export function findLinks(text: string, exclude: readonly Span[], written?: (s: number, e: number) => string): Link[] {
  const out: Link[] = [];
  let done = 0;
  ANCHOR.lastIndex = 0;
  for (let a; (a = ANCHOR.exec(text)); ) {
    const anchor = a.index;
    if (anchor < done) continue;
    // Back up to the start of the run of non-space characters (at most a few labels for " dot " forms).
    let from = anchor;
    let spaces = 0;
    while (from > done && anchor - from < 300) {
      const ch = text.charCodeAt(from - 1);
      if (ch === 32 || ch === 10) {
        if (a[0].indexOf('dot') < 0 || ++spaces > 8) break;
      }
      from--;
    }
    // The leftmost match starting in [from, anchor]: tried (sticky) only where
    // LINK's lookbehind can hold, so a failed anchor never scans the rest of
    // the text ("a@b.co @x a@b.co …" was quadratic with a global search).
    let m: RegExpExecArray | null = null;
    for (let p = from; p <= anchor && !m; p++) {
      if (p > 0 && MID_WORD(text.charCodeAt(p - 1)) && !text.startsWith('http', p)) continue;
      LINK_AT.lastIndex = p;
      m = LINK_AT.exec(text);
    }
    if (!m || m.index > anchor) {
      done = anchor + 1;
      continue;
    }
    done = m.index + m[0].length;
    ANCHOR.lastIndex = Math.max(ANCHOR.lastIndex, done);
    let raw = m[0];
    const trail = TRAILING.exec(raw);
    if (trail) raw = raw.slice(0, raw.length - trail[0].length);
    const s = m.index;
    const e = s + raw.length;
    if (raw.length === 0 || overlapsAny(exclude, s, e)) continue;
    // (the loop above plays the role of LINK's global scan)
    const scheme = m[1] ?? '';
    let rest = scheme ? raw.slice(scheme.length + 3) : raw;
    rest = rest.replace(DOT_WORD, '.');
    let hostEnd = rest.search(/[\/?#]/);
    if (hostEnd < 0) hostEnd = rest.length;
    let host = rest.slice(0, hostEnd);
    const at = host.lastIndexOf('@');
    if (at >= 0) host = host.slice(at + 1);
    const colon = host.indexOf(':');
    if (colon >= 0) host = host.slice(0, colon);
    const hasPath = hostEnd < rest.length && rest.length - hostEnd > 1;
    const q = rest.indexOf('?');
    let start = s;
    if (!scheme && !raw.startsWith('www')) {
      // An order or phone number glued to a domain ("…-4410574.Amazon.com") is not part of its host.
      // (Only for a host written with dots: " dot " forms do not map back to the text one to one.)
      const dotted = !/\s/.test(raw);
      const glued = dotted ? /^(?:\d[\d-]*\.)+/.exec(host) : null;
      if (glued) {
        host = host.slice(glued[0].length);
        start += glued[0].length;
      }
      if (written && dotted && writtenAsSentence(written, start, host)) continue;
      const labels = host.split('.');
      const tld = labels[labels.length - 1]!;
      const name = labels[labels.length - 2] ?? '';
      if (!/[a-z]/.test(name)) continue; // "3.5.in", version numbers
      if (!hasPath && WORDY_TLDS.has(tld) && labels.length === 2) continue;
      if (!hasPath && AMAZON_BRAND.test(host)) continue;
    }
    out.push({ s: start, e, scheme, host, url: start === s ? raw : raw.slice(start - s), query: q >= 0 ? rest.slice(q + 1) : '', hasPath });
  }
  return out;
}

const AMAZON_HOST = /^(?:[a-z0-9-]+\.)*(?:amazon\.(?:[a-z]{2,3}|co\.[a-z]{2}|com\.[a-z]{2})|amazon\.?(?:\[[a-z_]+\]|\{\{?[a-z_]+\}\}?|%[a-z_]+%)|amazon\.jobs|a\.co|amazonpay\.[a-z]{2,3}|media-amazon\.com|ssl-images-amazon\.com|amazonaws\.com)$/;
const SELLER_CENTRAL = /^sellercentral(?:-[a-z]+)?\.amazon\.(?:[a-z]{2,3}|co\.[a-z]{2}|com\.[a-z]{2})$/;

/**
 * Amazon's own domains: amazon.<tld>, amazon.co.<cc>, amazon.com.<cc> and their
 * subdomains (www., sellercentral., smile.), a.co (Amazon's share links), and
 * a seller tool's template whose marketplace fills the TLD ("amazon[tld]",
 * "amazon.{{tld}}").
 * amzn.to is NOT here: it is the Amazon Associates shortener, an affiliate
 * link that hides its target, so it is a tracking link.
 */
export function isAmazonHost(host: string): boolean {
  return AMAZON_HOST.test(host) || SELLER_CENTRAL.test(host);
}

const SHORTENERS = new Set([
  'bit.ly', 'bitly.com', 'tinyurl.com', 't.co', 'goo.gl', 'ow.ly', 'is.gd', 'buff.ly', 'rebrand.ly', 'cutt.ly', 'shorturl.at',
  'tiny.cc', 'rb.gy', 's.id', 't.ly', 'lnkd.in', 'amzn.to', 'amzn.eu', 'amzn.asia', 'bl.ink', 'short.io', 'v.gd', 'qr.ae',
  'adf.ly', 'shorte.st', 'bit.do', 'tr.im', 'po.st', 'mcaf.ee', 'su.pr', 'x.co', 'db.tt', 'trib.al', 'hyperurl.co', 'urlz.fr',
  'linktr.ee', 'geni.us', 'shorturl.com', 'tinylink.net', 'snip.ly', 'clck.ru', 'dwz.cn', 'url.cn', 'vk.cc',
]);

export function isShortener(host: string): boolean {
  return SHORTENERS.has(host.startsWith('www.') ? host.slice(4) : host);
}

// utm_* and the click ids of the big ad networks and mail tools; "tag=" on an
// Amazon link is an Associates affiliate tag.
const TRACKING_PARAM = /(?:^|[&;])(utm_[a-z_]+|fbclid|gclid|dclid|gbraid|wbraid|msclkid|mc_cid|mc_eid|_hsenc|_hsmi|igshid|yclid|twclid|ttclid|li_fat_id|mkt_tok|trk|trk_[a-z]+|ref_src|campaign_id|affiliate_id|aff_id|clickid|click_id|irclickid)=/;
const AMAZON_AFFILIATE = /(?:^|[&;])(tag|linkcode|ascsubtag)=/;

export function trackingParam(link: Link): string | undefined {
  if (!link.query) return undefined;
  const m = TRACKING_PARAM.exec(link.query) ?? (isAmazonHost(link.host) ? AMAZON_AFFILIATE.exec(link.query) : null);
  return m ? m[1] : undefined;
}

// Product detail pages (/dp/, /gp/product/, the old /exec/obidos/ASIN/), storefronts (/stores/, /shops/),
// search and browse results (/s?k=, /s/, /b?node=). Order, return, review and
// help pages are not here: the buyer needs those.
const STORE_PATH = /^\/(?:[^/?#]+\/)?(?:dp|gp\/product|gp\/aw\/d|exec\/obidos\/asin|exec\/obidos\/tg\/detail|stores|shops|s|b|sp|l)(?:[/?#]|$)|^\/(?:[^/?#]+\/)?s\?|[?&](?:k|field-keywords|node|me|seller)=/;

/** The link opens an Amazon product page, storefront or search (read as marketing). */
export function isAmazonStoreLink(link: Link): boolean {
  if (!isAmazonHost(link.host) || !link.hasPath) return false;
  const slash = link.url.indexOf('/', link.scheme ? link.scheme.length + 3 : 0);
  return slash >= 0 && STORE_PATH.test(link.url.slice(slash));
}
