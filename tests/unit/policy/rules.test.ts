import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_LINT_SETTINGS, lintMessage, normalize, parseLintSettings, resolveLanguage, RULE_IDS, RULES, toOriginal, type Finding, type LintContext } from '../../../lib/policy/index.ts';

const ORDER = 'Order 112-3456789-0123456. ';
const rules = (text: string, ctx?: LintContext): string[] => [...new Set(lintMessage(text, ctx).map((f) => f.rule))].sort();
const find = (text: string, rule: string, ctx?: LintContext): Finding[] => lintMessage(text, ctx).filter((f) => f.rule === rule);
const spanText = (text: string, f: Finding): string => text.slice(f.start, f.end);

describe('RULES metadata', () => {
  it('covers every rule id with severity, titles and a source', () => {
    expect(Object.keys(RULES).sort()).toEqual([...RULE_IDS].sort());
    for (const id of RULE_IDS) {
      const r = RULES[id];
      expect(['error', 'warning']).toContain(r.severity);
      expect(r.title.en.length).toBeGreaterThan(2);
      expect(r.title.zh).toMatch(/[\u4e00-\u9fff]/);
      expect(r.source).toMatch(/^https:\/\//);
    }
  });
  it('uses the default severities of policy.md section 1', () => {
    // policy.md §1, plus §4's two new warnings.
    const warnings = ['external-link', 'phone-number', 'off-platform-contact', 'missing-order-id', 'no-permitted-reason', 'excess-line-breaks', 'wrong-language', 'amazon-store-link', 'attachment-reason'];
    for (const id of RULE_IDS) if (id !== 'custom-phrase') expect(RULES[id].severity, id).toBe(warnings.includes(id) ? 'warning' : 'error');
  });
  it('every finding carries English and Chinese texts and a source', () => {
    for (const f of lintMessage('Please update your review 😀 http://x.com/a and email me at a@b.com')) {
      expect(f.message && f.explanation).toBeTruthy();
      expect(f.zh.message).toMatch(/[\u4e00-\u9fff]/);
      expect(f.zh.explanation).toMatch(/[\u4e00-\u9fff]/);
      expect(f.source).toMatch(/^https:/);
    }
  });
});

describe('links', () => {
  it('https links to Amazon domains raise nothing', () => {
    for (const url of ['https://www.amazon.com/gp/your-account/order-history', 'https://amazon.co.uk/gp/help', 'https://www.amazon.de/x', 'https://sellercentral.amazon.com/messaging', 'https://smile.amazon.com/x', 'https://www.amazon.com.mx/x', 'https://a.co/d/3xYzAbc', 'https://www.amazon.com/review/create-review?asin=B0ABC'])
      expect(rules(`${ORDER}Manual: ${url}`), url).toEqual([]);
    // Product pages, storefronts and searches are a warning of their own (policy.md §4).
    for (const url of ['https://www.amazon.com/dp/B0ABC', 'https://amazon.co.jp/s?k=x', 'https://www.amazon.com/stores/page/ABC', 'https://www.amazon.de/Brand-Name/dp/B0ABC/ref=x'])
      expect(rules(`${ORDER}Manual: ${url}`), url).toEqual(['amazon-store-link']);
  });
  it('amzn.to (Associates shortener) is a tracking link; so are utm_ and tag= parameters', () => {
    expect(rules(`${ORDER}See https://amzn.to/3abc`)).toEqual(['tracking-link']);
    expect(rules(`${ORDER}See https://www.amazon.com/gp/help/x?tag=shop-20`)).toEqual(['tracking-link']);
    expect(find(`${ORDER}https://shop.com/m?utm_source=a`, 'tracking-link')[0]!.fix).toBe('https://shop.com/m');
  });
  it('http, www and bare domains are insecure; the fix is https', () => {
    const t = `${ORDER}Go to http://Shop.com/Help or www.shop.com or shop.com/help`;
    const f = find(t, 'insecure-link');
    expect(f.map((x) => spanText(t, x))).toEqual(['http://Shop.com/Help', 'www.shop.com', 'shop.com/help']);
    expect(f.map((x) => x.fix)).toEqual(['https://Shop.com/Help', 'https://www.shop.com', 'https://shop.com/help']);
  });
  it('a bare "Amazon.com" is the company name, not a link; a lookalike host is external', () => {
    expect(rules(`${ORDER}Thank you for shopping on Amazon.com, the replacement shipped.`)).toEqual([]);
    expect(rules(`${ORDER}Claim here: https://аmazon.com/claim`)).toEqual(['external-link']);
  });
});

describe('obfuscation and offsets', () => {
  it('finds disguised emails and maps spans to the original text', () => {
    const cases = ['j o h n @ g m a i l . c o m', 'john (at) gmail (dot) com', 'john[at]gmail[dot]com', 'help ( a t ) lampshop ( p u n k t ) com', 'help (at) lampshop (point) fr', 'help#lampshop.com', 'ｊｏｈｎ＠ｇｍａｉｌ．ｃｏｍ', 'jo\u200bhn@gma\u200bil.com', 'john at gmail dot com'];
    for (const c of cases) {
      const t = `${ORDER}Write to ${c} today.`;
      const f = find(t, 'email-address');
      expect(f, c).toHaveLength(1);
      expect(spanText(t, f[0]!)).toBe(c);
      expect(f[0]!.fix).toBe('');
    }
  });
  it('a hash is an at sign only before a host with a mail TLD', () => {
    for (const t of ['Your parcel #4471.23 is on its way.', 'See item #b12.5 in the manual.', 'Order ref#ab.cd was updated.']) expect(find(`${ORDER}${t}`, 'email-address'), t).toEqual([]);
  });
  it('reads homoglyphs and accents as Latin', () => {
    expect(rules(`${ORDER}Please updаtе your rеviеw.`)).toContain('review-change-request');
    expect(rules(`${ORDER}Pléase ûpdate your révïew.`)).toContain('review-change-request');
  });
  it('normalize keeps an exact offset map', () => {
    const src = 'Ｈｉ\u200b  ß café ﾋﾞ (at) x';
    const n = normalize(src);
    expect(n.text).toBe('hi ss cafe ビ@x');
    expect(normalize('a [dot] b').text).toBe('a dot b');
    const i = n.text.indexOf('ビ');
    expect(src.slice(...toOriginal(n, i, i + 1))).toBe('ﾋﾞ');
  });
});

describe('manipulation in any clause order', () => {
  it.each([
    "we'll refund you if you update your review",
    'update your review and we will send you a free replacement',
    'a small gift card as thanks for revising your rating',
    'Please write a review. In return, we will give you a coupon.',
  ])('incentive: %s', (t) => expect(rules(ORDER + t)).toContain('review-incentive'));
  it.each([
    'we have issued a full refund for the damaged item',
    'our team will review your case',
    'please leave your honest feedback',
    'the tracking number is 1Z999AA10123456784 and the parcel is 12 x 8 x 4 in',
    'model XJ-2000-B, delivered on 2024-03-15, order 123-4567890-1234567',
  ])('hard negative stays clean: %s', (t) => expect(rules(`${ORDER}Sorry about the problem: ${t}.`)).toEqual([]));
  it('review-change request: error for a review, warning for feedback only, with a neutral fix', () => {
    const t = `${ORDER}Please update your review.`;
    const [f] = find(t, 'review-change-request');
    expect(f!.severity).toBe('error');
    expect(spanText(t, f!)).toBe('Please update your review');
    expect(f!.fix).toBe('Please let us know if there is anything else we can do');
    expect(find(`${ORDER}Could you please update your seller feedback?`, 'review-change-request')[0]!.severity).toBe('warning');
    // Japanese: 評価 alone is the seller rating; レビュー is the product review.
    expect(find(`${ORDER}問題が解決しましたら、評価の更新をご検討いただけますか。`, 'review-change-request')[0]!.severity).toBe('warning');
    expect(find(`${ORDER}問題が解決しましたら、レビューの削除をご検討いただけますか。`, 'review-change-request')[0]!.severity).toBe('error');
  });
  it('positive review requests and gating', () => {
    expect(rules(`${ORDER}If you are happy with it, please leave a review.`)).toEqual(['positive-review-request']);
    expect(rules(`${ORDER}Please leave a review. If not satisfied, contact us first.`)).toContain('positive-review-request');
    expect(rules(`${ORDER}If you are not satisfied, please contact us and we will help.`)).toEqual([]);
  });
  it.each([
    ['de', 'Bestellung 112-3456789-0123456. Wenn Sie Ihre Bewertung löschen, erstatten wir den Kaufpreis.', ['review-change-request', 'review-incentive']],
    ['fr', 'Commande 112-3456789-0123456. Laissez-nous un avis 5 étoiles s’il vous plaît.', ['positive-review-request']],
    ['es', 'Pedido 112-3456789-0123456. Use el código de descuento VERANO para un 10 % de descuento.', ['promotion']],
    ['it', 'Ordine 112-3456789-0123456. Se modifica la sua recensione, le regaliamo un buono regalo.', ['review-change-request', 'review-incentive']],
    ['ja', '注文番号 112-3456789-0123456。レビューを書いていただいた方にギフト券をプレゼントします。', ['review-incentive']],
  ])('%s', (_lang, text, expected) => expect(rules(text)).toEqual(expected));
});

describe('context rules', () => {
  const text = `${ORDER}The replacement part shipped today.`;
  it('outside-window: error past 30 days from delivery, warning past 30 from the order when delivery is unknown; day 30 is inside', () => {
    const sev = (c: LintContext) => find(text, 'outside-window', c).map((f) => f.severity);
    expect(sev({ orderDate: '2024-03-01', now: '2024-03-31' })).toEqual([]);
    expect(sev({ orderDate: '2024-03-01', now: '2024-04-01' })).toEqual(['warning']);
    expect(sev({ deliveryDate: '2024-03-01', now: '2024-03-31' })).toEqual([]);
    expect(sev({ deliveryDate: '2024-03-01', now: '2024-04-01' })).toEqual(['error']);
    // A late delivery: 40 days after the order, 12 after delivery, still inside.
    expect(sev({ orderDate: '2026-10-01', deliveryDate: '2026-11-10', now: '2026-11-22' })).toEqual([]);
    expect(sev({ orderDate: '2026-10-01', deliveryDate: '2026-10-10', now: '2026-11-22' })).toEqual(['error']);
    expect(sev({ orderDate: '2024-01-01', now: '2024-04-01', buyerInitiated: true })).toEqual([]);
    const [f] = find(text, 'outside-window', { orderDate: '2024-01-01', now: '2024-04-01' });
    expect([f!.start, f!.end]).toEqual([0, 0]);
    expect(f!.message).toMatch(/check the delivery date/);
  });
  it('outside-window: a seller severity override applies to both the error and the warning', () => {
    const s = parseLintSettings({ rules: { 'outside-window': { severity: 'warning' } } });
    expect(lintMessage(text, { deliveryDate: '2024-01-01', now: '2024-04-01' }, s).find((f) => f.rule === 'outside-window')!.severity).toBe('warning');
    const e = parseLintSettings({ rules: { 'outside-window': { severity: 'error' } } });
    expect(lintMessage(text, { orderDate: '2024-01-01', now: '2024-04-01' }, e).find((f) => f.rule === 'outside-window')!.severity).toBe('error');
  });
  it('outside-window uses the current time when now is missing', () => {
    expect(rules(text, { orderDate: '2000-01-01' })).toEqual(['outside-window']);
  });
  it('repeat review request with reviewRequestedBefore', () => {
    expect(rules(`${ORDER}Please leave a review.`, { reviewRequestedBefore: true })).toEqual(['repeat-review-request']);
    expect(rules(`${ORDER}Please leave a review.`)).toEqual([]);
  });
  it('buyer-opted-out unless critical or a reply', () => {
    expect(rules(text, { buyerOptedOut: true })).toEqual(['buyer-opted-out']);
    expect(rules(`${ORDER}Please confirm your shipping address.`, { buyerOptedOut: true })).toEqual([]);
    expect(rules(text, { buyerOptedOut: true, buyerInitiated: true })).toEqual([]);
  });
  it('no-permitted-reason only for proactive bare thanks/confirmation', () => {
    const thanks = `${ORDER}Thank you for your order! It has shipped.`;
    expect(rules(thanks)).toEqual(['no-permitted-reason']);
    expect(rules(thanks, { buyerInitiated: true })).toEqual([]);
  });
  it('wrong-language accepts codes and English, native and Chinese names', () => {
    const en = `${ORDER}We are sorry that the lamp arrived broken. We have sent you a new one and it will arrive on Friday.`;
    for (const lang of ['Spanish', 'Español', 'es', 'es-MX', '西班牙语', 'spa']) expect(rules(en, { buyerLanguage: lang }), lang).toEqual(['wrong-language']);
    for (const lang of ['English', 'en', 'en-GB', '英语', 'Inglés']) expect(rules(en, { buyerLanguage: lang }), lang).toEqual([]);
    expect(resolveLanguage('Deutsch')).toBe('de');
    expect(resolveLanguage('日本語')).toBe('ja');
    expect(resolveLanguage('Klingon')).toBeUndefined();
  });
  it('missing-order-id: zero-width at 0 when no order id', () => {
    const [f] = find('The replacement shipped.', 'missing-order-id');
    expect([f!.start, f!.end, f!.severity]).toEqual([0, 0, 'warning']);
    expect(find(`${ORDER}x`, 'missing-order-id')).toEqual([]);
  });
});

describe('format rules and fixes', () => {
  it('emoji are errors with a delete fix, emoticons warnings; © is not an emoji', () => {
    const t = `${ORDER}Thanks 👍🏽 🇩🇪 1️⃣ 👨‍👩‍👧 :) © BrandCo`;
    const f = find(t, 'emoji');
    expect(f.map((x) => spanText(t, x))).toEqual(['👍🏽', '🇩🇪', '1️⃣', '👨‍👩‍👧', ':)']);
    expect(f.map((x) => x.severity)).toEqual(['error', 'error', 'error', 'error', 'warning']);
    expect(f.every((x) => x.fix === '')).toBe(true);
  });
  it('emoji spans cover whole sequences and their variation selector, from the engine\'s Unicode data', () => {
    // A tag flag, a skin-toned ZWJ sequence, a text-default pictograph made emoji by U+FE0F, and an emoji-default one with a redundant U+FE0F.
    const t = `${ORDER}Sent 🏴\u{E0067}\u{E0062}\u{E0073}\u{E0063}\u{E0074}\u{E007F} 🧑🏿‍💻 ☺\uFE0F ⚡\uFE0F ok. Digits 1 2 #3, ™ and ® stay.`;
    expect(find(t, 'emoji').map((x) => spanText(t, x))).toEqual(['🏴\u{E0067}\u{E0062}\u{E0073}\u{E0063}\u{E0074}\u{E007F}', '🧑🏿‍💻', '☺\uFE0F', '⚡\uFE0F']);
    expect(find(`${ORDER}Plain text only: 100% #1 quality * 5 ~ ok.`, 'emoji')).toEqual([]);
  });
  it('html markup, too long, excess line breaks', () => {
    const h = `${ORDER}<b>Hi</b>&nbsp;there`;
    expect(find(h, 'html-markup').map((x) => [spanText(h, x), x.fix])).toEqual([['<b>', ''], ['</b>', ''], ['&nbsp;', ' ']]);
    const long = ORDER + 'a'.repeat(2100);
    const [tl] = find(long, 'too-long');
    expect([tl!.start, tl!.end]).toEqual([2000, long.length]);
    expect(find(ORDER + 'x'.repeat(1973), 'too-long')).toEqual([]);
    const lb = `${ORDER}Hi\n\n\nthere\n\nok`;
    expect(find(lb, 'excess-line-breaks').map((x) => [spanText(lb, x), x.fix])).toEqual([['\n\n\n', '\n\n']]);
  });
  it('phone numbers but not order, tracking, model numbers, dates or sizes', () => {
    const t = `${ORDER}Call +1 (415) 555-0134 or +44 20 7946 0958. Tracking 9400100000000000000000, 1Z999AA10123456784, model KX-2200, 2024-03-15, 12 x 8 x 4 in, zip 94107-1234.`;
    expect(find(t, 'phone-number').map((x) => spanText(t, x))).toEqual(['+1 (415) 555-0134', '+44 20 7946 0958']);
    // Validated numbers (libphonenumber-js), not digit runs: a date before a
    // bracket, a postal code, a made-up 555 exchange area code.
    expect(find(`${ORDER}Open until 2026-10-24 (10 more business days).`, 'phone-number')).toEqual([]);
    expect(find(`${ORDER}〒262-0003 の倉庫へ返送してください。`, 'phone-number')).toEqual([]);
    expect(find(`${ORDER}Call +1 555 234 5678.`, 'phone-number')).toEqual([]);
    // The marketplace gives the default country: a UK national number is valid on amazon.co.uk.
    expect(find(`${ORDER}Ring 020 7946 0958.`, 'phone-number', { marketplace: 'amazon.co.uk' })).toHaveLength(1);
  });
  it('company and tax registration numbers on an invoice footer are not phone numbers; a phone beside them still is', () => {
    for (const label of ['Company Number: ', 'Company No. ', 'Registration number ', 'Reg. No: ', 'HRB ', 'P.IVA ', 'SIRET : '])
      expect(find(`${ORDER}Halden Goods Ltd. ${label}20457713`, 'phone-number', { marketplace: 'amazon.co.uk' }), label).toEqual([]);
    const t = `${ORDER}Halden Goods Ltd, Company Number: 20457713, VAT Number: 318204559. Questions about the delivery: 020 7946 0958.`;
    expect(find(t, 'phone-number', { marketplace: 'amazon.co.uk' }).map((x) => spanText(t, x))).toEqual(['020 7946 0958']);
    // A phone word before an order label: the number is the line for this order, not the order's own number.
    expect(find(`${ORDER}Our installation line for this order: 020 7946 0958.`, 'phone-number', { marketplace: 'amazon.co.uk' })).toHaveLength(1);
    expect(find(`${ORDER}Your order number: 2045771301.`, 'phone-number')).toEqual([]);
    // "our company on …" is not a registration label.
    expect(find(`${ORDER}You can reach our company on 020 7946 0958 about this order.`, 'phone-number', { marketplace: 'amazon.co.uk' })).toHaveLength(1);
  });
});

describe('settings', () => {
  const t = `${ORDER}Please update your review 😀`;
  it('disables a rule or changes its severity', () => {
    const s = parseLintSettings({ rules: { emoji: { enabled: false }, 'review-change-request': { severity: 'warning' } } });
    const f = lintMessage(t, undefined, s);
    expect(f.map((x) => [x.rule, x.severity])).toEqual([['review-change-request', 'warning']]);
  });
  it('custom phrases match after normalisation, on word boundaries', () => {
    const s = parseLintSettings({ customPhrases: ['ASAP', 'free gift'] });
    const text = `${ORDER}We ship ａｓａｐ, a FREE  gift inside; wasapp is fine.`;
    const f = lintMessage(text, undefined, s).filter((x) => x.rule === 'custom-phrase');
    expect(f.map((x) => spanText(text, x))).toEqual(['ａｓａｐ', 'FREE  gift']);
  });
  it('rejects invalid settings with a readable message', () => {
    expect(() => parseLintSettings({ rules: { 'no-such-rule': {} } })).toThrow(/invalid lint settings/);
    expect(() => parseLintSettings({ rules: { emoji: { severity: 'fatal' } } })).toThrow(/rules\.emoji\.severity/);
    expect(() => parseLintSettings({ customPhrases: [''] })).toThrow(/customPhrases/);
    expect(parseLintSettings(undefined)).toEqual(DEFAULT_LINT_SETTINGS);
  });
});

describe('purity', () => {
  it('lib/policy uses no browser, DOM, storage or Node APIs', () => {
    const files: string[] = [];
    const walk = (dir: string): void => {
      for (const name of readdirSync(dir)) {
        const p = join(dir, name);
        if (statSync(p).isDirectory()) walk(p);
        else if (p.endsWith('.ts')) files.push(p);
      }
    };
    walk('lib/policy');
    expect(files.length).toBeGreaterThan(25);
    for (const file of files) {
      const code = readFileSync(file, 'utf8').replace(/\/\/.*$/gm, '').replace(/\/\*[\s\S]*?\*\//g, '');
      expect(code, file).not.toMatch(/(?<![\w.\/'$-])(?:browser|document|window|chrome|indexedDB|localStorage|process|require|self)\s*(?:\.(?!ts['"])|\(|\[)/);
      expect(code, file).not.toMatch(/from\s+['"](?:node:|fs|path|os|child_process)/);
    }
  });
});

describe('promotion: an invitation back to the store and a new title announced, in five languages', () => {
  const has = (t: string) => lintMessage(t).some((f) => f.rule === 'promotion');
  it('"our other sites" or "our other stores" on a slip or message is a call to shop elsewhere', () => {
    expect(has('Order 113-2244668-1133557. Thank you for your order. Browse our other sites at https://halden.example for more.')).toBe(true);
    expect(has('Order 113-2244668-1133557. Your parcel is on its way. You will find us in our other stores too.')).toBe(true);
    expect(has('Order 113-2244668-1133557. Your parcel is on its way from our warehouse today.')).toBe(false);
  });
  it('an invitation back to the shop and a title "now available on Amazon" are marketing; the buyer\'s own item back in stock is not', () => {
    expect(has('Order 113-2244668-1133557. Your parcel left our warehouse today. Drop by again in our shop when the spring range arrives!')).toBe(true);
    expect(has('Commande 405-2244668-1133557. Votre colis est parti ce matin. Au plaisir de vous revoir dans notre boutique !')).toBe(true);
    expect(has('Ordine 403-2244668-1133557. Il pacco è partito oggi. Speriamo di rivederla presto nel nostro negozio!')).toBe(true);
    expect(has('Order 113-2244668-1133557. Part two of the cookbook is now available on Amazon: look for Slow Suppers Vol. 2.')).toBe(true);
    expect(has('Ordine 403-2244668-1133557. La nuova raccolta di ricette della stessa autrice è ora disponibile su Amazon.')).toBe(true);
    expect(has('Order 113-2244668-1133557. The replacement lid is now in stock, and we have shipped it to you today.')).toBe(false);
  });
});

describe('promotion: the product bought, newly launched, is no other product', () => {
  const has = (t: string) => lintMessage(t).some((f) => f.rule === 'promotion');
  it('"we have just launched this product" describes the purchase; "just launched a new collection" advertises', () => {
    expect(has('Order 113-1234567-1234567: thank you for buying our lamp. We have just launched this product and it has only a few reviews.')).toBe(false);
    expect(has('Order 113-1234567-1234567: your lamp has shipped. We have just launched a new collection of shades, take a look!')).toBe(true);
  });
});
