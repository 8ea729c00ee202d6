// Promotional content in a review: links to other sites, promo / discount
// codes, "visit my store / follow my channel", and sending readers to another
// seller. Links to Amazon itself are allowed in reviews (other products on
// Amazon), and naming a competing product in a comparison is not an ad.
import type { Context, GroundDetector } from '../context.ts';
import { findLinks } from '../links.ts';
import { type Span, evidence, findAll, lexicon, overlaps } from '../text.ts';
import type { Evidence } from '../types.ts';

const AMAZON_HOST = /^(?:[\w-]+\.)*(?:amazon\.[a-z.]{2,6}|amzn\.(?:to|com|eu)|a\.co|media-amazon\.com)$/i;

const STORES = `walmart|ebay|target|aliexpress|temu|costco|best buy|etsy|alibaba|shein|wish|home depot|lowe'?s|otto|cdiscount|fnac|mediamarkt|rakuten|楽天`;

const PROMO = lexicon(
  [
    `(?:promo|discount|coupon|referral|affiliate|voucher|invite) codes?(?:\\s*(?::|is|=)?\\s*[A-Z0-9]{4,16})?`,
    `(?:use|with|enter|apply) (?:my |our |the )?code\\s*:?\\s*[A-Z0-9]{4,16}`, `code\\s*:\\s*[A-Z0-9]{4,16}`,
    `(?:check out|visit|follow|subscribe to|find|like) (?:me|us|my|our)(?: \\p{L}+)? (?:on |at )?(?:\\p{L}+ )?(?:channel|page|store|shop|website|site|blog|instagram|youtube|tiktok|facebook|twitter|etsy|profile)`,
    `(?:follow|find) (?:me|us) (?:on|at) (?:instagram|youtube|tiktok|facebook|twitter|x|pinterest|etsy)`, `subscribe to my`, `my (?:youtube|instagram|tiktok) (?:channel|page|account)`,
    `(?:buy|get|order|purchase|shop)(?: (?:it|this|them|one|yours))?(?: (?:cheaper|instead))? (?:at|from|on) (?:${STORES})(?:\\.com)?(?: instead)?`,
    `(?:go|head) to (?:${STORES})(?: instead)?`, `(?:we|I) (?:sell|make) (?:a )?(?:better|cheaper|the same)`, `(?:dm|message|text|whatsapp) me (?:for|to (?:buy|order|get))`,
    `(?:visit|shop at) (?:our|my) (?:store|shop|website|site)`,
    // DE / FR / ES / IT
    `Gutscheincode`, `Rabattcode`, `mit (?:dem )?Code\\s*:?\\s*[A-Z0-9]{4,16}`, `besuch(?:t|en Sie) (?:meinen|unseren|mein|unser) (?:Shop|Kanal|Blog|Website|Laden)`, `folgt? mir auf`,
    `kauft? (?:es |ihn |lieber )*(?:bei|auf) (?:${STORES})`, `code (?:promo|de réduction|réduc)`, `visitez (?:mon|notre|ma) (?:boutique|site|chaîne|blog)`, `suivez-moi sur`,
    `achetez(?:-le)? (?:plutôt )?(?:chez|sur) (?:${STORES})`, `código (?:de descuento|promocional|de cupón)`, `visita (?:mi|nuestra|nuestro) (?:tienda|canal|web|blog|página)`,
    `sígueme en`, `cómpralo en (?:${STORES})`, `codice (?:sconto|promozionale|coupon)`, `visitate (?:il mio|il nostro|la mia) (?:negozio|canale|sito|blog)`,
    `visita (?:il mio|il nostro|la mia) (?:negozio|canale|sito|blog)`, `seguitemi su`, `compratelo su (?:${STORES})`,
  ],
  ['クーポンコード', '割引コード', 'プロモーションコード', 'チャンネル登録', '私のショップ', '私のチャンネル', '弊社サイト', 'フォローして'],
);

/** Links to other sites; links to Amazon itself are allowed in reviews. */
function links(text: string): Span[] {
  return findLinks(text).filter((l) => !AMAZON_HOST.test(l.host));
}

export const promotional: GroundDetector = {
  id: 'promotional',
  kinds: ['review'],
  detect(ctx: Context): Evidence[] {
    const out: Evidence[] = [];
    for (const f of ctx.fields) {
      const spans = [...links(f.text), ...findAll(PROMO, f.text, 20)].sort((a, b) => a.start - b.start);
      for (const s of spans) if (!out.some((e) => e.field === f.field && overlaps(e, s))) out.push(evidence(f, s));
    }
    return out.slice(0, 20);
  },
};
