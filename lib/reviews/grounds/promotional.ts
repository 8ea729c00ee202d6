// Promotional content in a review: links to other sites, promo / discount
// codes, "visit my store / follow my channel", and sending readers to another
// seller. Links to Amazon itself are allowed in reviews (other products on
// Amazon) unless they carry an affiliate tag, and naming a competing product
// in a comparison is not an ad.
import type { Context, GroundDetector } from '../context.ts';
import { findLinks } from '../links.ts';
import { adviceToGetOther } from './advice.ts';
import { EDITION, buyInstead, named } from './buy-instead.ts';
import { type Span, evidence, findAll, lexicon, overlaps } from '../text.ts';
import type { Evidence } from '../types.ts';

const AMAZON_HOST = /^(?:[\w-]+\.)*(?:amazon\.[a-z.]{2,6}|amzn\.(?:to|com|eu)|a\.co|media-amazon\.com|(?:ssl-)?images-amazon\.com)$/i;

const STORES = `walmart|ebay|target|aliexpress|temu|costco|best buy|etsy|alibaba|shein|wish|home depot|lowe'?s|otto|cdiscount|fnac|mediamarkt|rakuten|楽天`;

const PROMO = lexicon(
  [
    `(?:promo|discount|coupon|referral|affiliate|voucher|invite) codes?(?:\\s*(?::|is|=)?\\s*[A-Z0-9]{4,16})?`,
    `(?:use|with|enter|apply) (?:my |our |the )?code\\s*:?\\s*[A-Z0-9]{4,16}`, `code\\s*:\\s*[A-Z0-9]{4,16}`,
    `(?:check out|visit|follow|subscribe to|find|like) (?:me|us|my|our)(?: \\p{L}+)? (?:on |at )?(?:\\p{L}+ )?(?:channel|page|store|shop|website|site|blog|instagram|youtube|tiktok|facebook|twitter|etsy|profile)`,
    `(?:follow|find) (?:me|us) (?:on|at) (?:instagram|youtube|tiktok|facebook|twitter|x|pinterest|etsy)`, `subscribe to my`, `my (?:youtube|instagram|tiktok) (?:channel|page|account)`,
    `(?:buy|get|order|purchase|shop)(?: (?:it|this|them|one|yours))?(?: (?:cheaper|instead))? (?:at|from|on) (?:${STORES})(?:\\.com)?(?: instead)?`,
    // "Walmart has it for $35 cheaper", "Costco sells the same pack for less".
    `(?:${STORES})(?:\\.com)? (?:has|had|sells?|sold|carries|offers?|lists?) (?:it|them|this|these|the (?:same|exact same|identical)(?: \\p{L}+)?)(?: for)?(?: (?:[$€£₹] ?\\d+(?:[.,]\\d+)?|\\d+(?:[.,]\\d+)? ?(?:dollars|bucks|euros?|pounds|rupees)))? (?:cheaper|less|for less|at a lower price)`,
    `(?:go|head|run|drive) (?:over |down )?to (?:${STORES})(?: instead)?`, `(?:make|take) (?:the |a )?trip to (?:${STORES})`, `(?:same|identical|exact same) (?:thing|item|product|one|set|pack)(?: \\p{L}+){0,6} (?:at|on|from|in) (?:${STORES})`, `(?:half|a fraction of|a third of) the (?:price|cost) (?:at|on|in) (?:${STORES})`, `cheaper (?:at|on|in|from) (?:${STORES})`, `(?:we|I) (?:sell|make) (?:a )?(?:better|cheaper|the same)`, `(?:dm|message|text|whatsapp) me (?:for|to (?:buy|order|get))`,
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

// Sending readers to buy something else, somewhere else: "instead buy X",
// "should have bought it from Walmart", "go for the Acme X2", "products like X
// rather than this". The named target is checked in code (below): an unnamed
// one ("a different brand", "elsewhere", "a local store") is no ad.
const NAME = String.raw`([\p{L}\p{N}][\p{L}\p{N}&'’.-]*(?: [\p{Lu}\p{N}][\p{L}\p{N}&'’.-]*){0,2})`;
const GERMAN_WORD = String.raw`\p{Lu}[\p{L}\p{N}.'’-]*`;
const GERMAN_NAME = String.raw`(?:(?:das|den|die) (?=${GERMAN_WORD}(?:[.!?,;:]|$))|(?=${GERMAN_WORD}(?: (?:von )?${GERMAN_WORD}){1,3}))(${GERMAN_WORD}(?: (?:von )?${GERMAN_WORD}){0,3})`;
const ELSEWHERE: ReadonlyArray<RegExp> = [
  // "I (would) rather use X" is the reviewer's own taste, not advice to readers.
  new RegExp(String.raw`(?<![\p{L}])(?<!(?:[Ii]|[Ii]'d|[Ii]’d|[Ii] would|[Ww]e|[Ww]e'd|[Ww]e’d|[Ww]e would|would|'d|’d)\s+)(?:[Ii]nstead|[Rr]ather),? (?:just |you should |you can )?(?:buy|get|go for|try|use|order|purchase|choose) (?:the |a |an |some )?${NAME}`, 'gu'),
  // Not the reviewer's own plan ("I will buy the Acme instead"), as in buy-instead.ts.
  new RegExp(String.raw`(?<![\p{L}])(?<!(?:I|we|I'll|I’ll|we'll|we’ll|will|would|to|I'd|I’d|Best|best|and|then|gonna) )(?:[Bb]uy|[Gg]et|[Oo]rder|[Pp]urchase|[Gg]o for|[Tt]ry)(?: products?| it| one| them)?(?: (?:like|from|at|on))? ${NAME} (?:instead|rather (?:then|than))`, 'gu'),
  // "…this productBuy from X seller only": a missing space before a capital still starts a sentence.
  new RegExp(String.raw`(?:(?<![\p{L}])(?:[Bb]uy|[Oo]rder|[Pp]urchase|[Gg]et)|(?<=\p{Ll})(?:Buy|Order|Purchase|Get))(?: it| this| them| one| these)? (?:from|at|on) ${NAME}(?: seller)? only`, 'gu'),
  new RegExp(String.raw`(?<![\p{L}])(?:should|would) have (?:ordered|bought|purchased|gone|got(?:ten)?)(?: it| this| them)? (?:from|at|on|to|with|for) ${NAME}`, 'gu'),
  new RegExp(String.raw`(?<![\p{L}])(?:I )?(?:am |would |will |strongly |highly )?(?:[Rr]ecommend(?:ing)?|[Ss]uggest(?:ing)?)(?: you| everyone)?(?: to)? (?:go for|buy|get|try|use|purchase|order) ${NAME}`, 'gu'),
  new RegExp(String.raw`(?<![\p{L}])(?:[Ww]ould|I) recommend ${NAME} (?:for|instead)`, 'gu'),
  new RegExp(String.raw`(?<![\p{L}])(?:much |far )?(?:better|cheaper|good) (?:options?|alternatives?|choices?|products?|brands?)(?: out there| available)? (?:like|such as) ${NAME}`, 'gu'),
  new RegExp(String.raw`(?<![\p{L}])(?:try|go for|buy) (?:others?|other brands?|other products?) like ${NAME}`, 'gu'),
  new RegExp(String.raw`(?<![\p{L}])(?:just |simply )?(?:buy|get) (?:\p{L}+ )?(?:at|from) (Target|Walmart|Costco|Flipkart|Ebay|eBay|Etsy|Temu|AliExpress|Best Buy|Home Depot|Lowe's|IKEA|Ikea)(?: instead)?`, 'gu'),
  // "You can buy better, cheaper product at Walmart": a comparative among the words before the store.
  // What the reviewer had to do ("so I had to buy a better one at Target") is their story, not advice.
  new RegExp(String.raw`(?<![\p{L}])(?<!(?:I|we|had to|have to|needed to|went to|decided to) )(?:buy|get|find) (?:\p{L}+,? ){0,2}(?:better|cheaper|nicer|same|similar|identical)(?:,? \p{L}+){0,2},? (?:at|from) (Target|Walmart|Costco|Flipkart|Ebay|eBay|Etsy|Temu|AliExpress|Best Buy|Home Depot|Lowe's|IKEA|Ikea)`, 'giu'),
  // "Next time I will order from Acme", "next time I'll go with Acme": the reader is told where the reviewer goes instead.
  // The name must be capitalised (case-sensitive), so "next time I will order from a local shop" names nothing.
  new RegExp(String.raw`(?<![\p{L}])[Nn]ext time,? (?:I|we)(?:['’]ll| will| am going to| are going to| would| shall)? (?:(?:buy|order|get|purchase|shop)(?: (?:them|it|these|one|mine))? (?:from|at|with)|go with|stick (?:with|to)|switch to) (?:the )?(\p{Lu}[\p{L}\p{N}&'’.-]*(?: [\p{Lu}\p{N}][\p{L}\p{N}&'’.-]*){0,2})`, 'gu'),
  // "Same items they sell at Acme for less than half the cost".
  new RegExp(String.raw`(?<![\p{L}])(?:sell|sells|sold|selling|carry|carries|stock|stocks|available|found (?:it|them|these|the same)|get (?:it|them|these|the same)|buy (?:it|them|these|the same)) (?:\p{L}+ ){0,2}(?:at|from|in) (\p{Lu}[\p{L}\p{N}&'’.-]*(?: [\p{Lu}\p{N}][\p{L}\p{N}&'’.-]*){0,2}) for (?:much |far |way |a lot )?(?:less|cheaper|half)`, 'gu'),
  new RegExp(String.raw`(?<![\p{L}])(?:[Ss]earch|[Ll]ook(?: it)? up) (?:on )?(?:Google|google|YouTube|youtube) for ${NAME}`, 'gu'),
  new RegExp(String.raw`(?<![\p{L}])(?:[Bb]uy|[Tt]ry|[Uu]se) (?:products?|brands?|ones?|something) like ${NAME}`, 'gu'),
  // "go for other cheap but healthy proteins like Atom", "go with the good one like My Protein".
  new RegExp(String.raw`(?<![\p{L}])(?:[Gg]o for|[Gg]o with|[Bb]uy|[Tt]ry|[Cc]hoose|[Pp]refer|[Gg]et)(?: \p{L}+){0,6} (?:ones?|brands?|products?|proteins?|supplements?|options?|alternatives?|companies|company) (?:like|such as) ${NAME}`, 'gu'),
  /(?<![\p{L}])(?:go for|go with|buy|try|choose|prefer|get)(?: \p{L}+){0,4} (?:ones?|brands?|products?|proteins?|options?) (?:like|such as) my ?prot(?:ei|ie|i)n/giu,
  // "Please order directly from the company's official website" (readers sent to another shop).
  new RegExp(String.raw`(?<![\p{L}])(?<!(?:I|we|I've|we've|I have|we have|had|have) )(?:[Oo]rder|[Bb]uy|[Pp]urchase)(?: it| them| this)? (?:directly |direct )?from (?:the |their |its )?(?:company['’]?s |brand['’]?s |manufacturer['’]?s |(?:[\p{L}\p{N}-]+ ){0,2}[\p{L}\p{N}-]+['’]s )?(?:official )(?:website|site|web ?store|store|app)`, 'gu'),
  // "Save your money and get the Acme one from Walmart instead", "Buy the Acme shorts instead", "Better off buying the Acme ones":
  // the name must be capitalised (case-sensitive), so "get a new one instead" names nothing.
  new RegExp(String.raw`(?<![\p{L}])(?<!(?:I|we|I'll|I’ll|we'll|we’ll|will|would|to|I'd|I’d|Best|best|then|gonna) )(?:[Gg]et|[Bb]uy|[Oo]rder|[Gg]rab|[Gg]o (?:for|with)|[Pp]ick up) (?:the |a |an )?(\p{Lu}[\p{L}\p{N}&'’.-]*(?: [\p{Lu}\p{N}][\p{L}\p{N}&'’.-]*){0,2})(?: \p{Ll}+){0,2}(?: (?:from|at|on) (?:the )?[\p{L}\p{N}'’]+(?: [\p{L}\p{N}'’]+)?)? instead`, 'gu'),
  new RegExp(String.raw`(?<![\p{L}])(?:[Mm]uch |[Ff]ar |[Ww]ay )?[Bb]etter off (?:buying|getting|with|going with|using) (?:the |a |an |some )?(\p{Lu}[\p{L}\p{N}&'’.-]*(?: [\p{Lu}\p{N}][\p{L}\p{N}&'’.-]*){0,2})`, 'gu'),
  // "You're better off with (…) Acme", "your money is better spent on Acme's".
  new RegExp(String.raw`(?<![\p{L}])(?:you'?re|you’re|you are|you'?d be|you’d be|you would be|you will be|you'?ll be) (?:much |far |way )?better off (?:with|buying|getting|going with|using) (?:an? |the |some )?(?:\([^()]{0,60}\) )?${NAME}`, 'giu'),
  new RegExp(String.raw`(?<![\p{L}])(?:money|cash) (?:would be|is|will be|'?d be) (?:much |far |way )?better spent (?:on|buying|getting) (?:these |those |the )?${NAME}`, 'giu'),
  // "purchase a good (i.e. Norton) security": the example names the brand to buy.
  new RegExp(String.raw`(?<![\p{L}])(?:buy|purchase|get|use) (?:a |an |some )?(?:good|better|real|decent|proper)(?: \p{L}+)? \((?:i\.e\.|e\.g\.|like|such as),? ?${NAME}\)`, 'giu'),
  // Another listing linked and recommended: "I would still prefer [[ASIN:…]]", "this [[ASIN:…]] is a better choice".
  new RegExp(String.raw`(?<![\p{L}])(?:I (?:would |'d )?(?:still |much )?prefer|[Rr]ecommend|[Ss]uggest|[Bb]uy|[Tt]ry) (?:the |this |a )?\[\[ASIN:[A-Z0-9]{10}`, 'gu'),
  new RegExp(String.raw`\[\[ASIN:[A-Z0-9]{10}[^\]]{0,80}\]\][^.!?\n\[]{0,40}?(?:is|are|would be) (?:a |the )?(?:much |far )?(?:better|best) (?:choice|option|buy|bet|deal|alternative)`, 'gu'),
  // DE / FR / ES / IT / JA / ZH
  new RegExp(String.raw`(?:[Kk]auft?|[Bb]estellt?) (?:lieber|stattdessen|besser) (?:bei |von |den |die |das )?${NAME}`, 'gu'),
  // "Als gute Alternative empfehle ich <Titel>", "Meine Empfehlung für Leser, die …, empfehle ich das <Titel>",
  // "wer … will, der soll sich <Titel> ansehen". German capitalises every noun and a word after a colon, so a
  // capital alone names nothing: the name is two or more capitalised words ("Tiny Habits von BJ Fogg"), or one
  // after das/den/die that ends the clause ("das Hagakure."); the name check below drops generic nouns too.
  new RegExp(String.raw`(?:[Aa]ls (?:\p{L}+ )?Alternative|[Ss]tattdessen|[Ll]ieber|[Ee]her) (?:empfehle ich|würde ich)(?: (?:euch|Ihnen|dir|jedem|allen))?(?: \p{Ll}+)? ${GERMAN_NAME}`, 'gu'),
  new RegExp(String.raw`[Mm]eine Empfehlung(?: für [^.:!?]{0,60})?[:,] (?:empfehle ich|ist|wäre) ${GERMAN_NAME}`, 'gu'),
  // "allen anderen sei Jared Diamond empfohlen": a name recommended to the reader, in the passive.
  new RegExp(String.raw`(?:[Aa]llen (?:anderen|Interessierten|Lesern)|[Ss]tattdessen|[Ll]ieber|[Dd]em Leser|[Ii]hnen|[Ee]uch|[Ee]her) (?:sei|seien|ist|wird|werden) ${GERMAN_NAME} (?:wärmstens |sehr |eher |lieber )?empfohlen`, 'gu'),
  new RegExp(String.raw`der (?:soll|sollte) sich (?:lieber |besser |stattdessen |eher )?${GERMAN_NAME}(?: [\p{L}\p{N}.]+){0,4} (?:ansehen|anschauen|durchlesen|lesen|kaufen|holen|besorgen)`, 'gu'),
  new RegExp(String.raw`(?:[Aa]chetez|[Pp]renez|[Cc]ommandez) plutôt (?:chez |sur |le |la |les )?${NAME}`, 'gu'),
  new RegExp(String.raw`(?:[Cc]ompra|[Cc]omprad|[Cc]ompren) mejor (?:en |el |la |los )?${NAME}`, 'gu'),
  new RegExp(String.raw`(?:[Cc]omprate|[Pp]rendete|[Cc]ompra) piuttosto (?:su |da |il |la )?${NAME}`, 'gu'),
  /(?:楽天|ヨドバシ|ヤフー|Yahoo|メルカリ)(?:で買|の方が|のほうが)/gu,
  /(?:建议|还是)(?:大家)?(?:去)?(?:买|选)(?:[\p{Script=Han}A-Za-z0-9]{1,12})|去(?:淘宝|京东|拼多多|天猫)买/gu,
];
// A capitalised brand after a title-case imperative that opens a sentence
// ("… not happy with it. Buy Sony earphones", "(Try TOH; …)"). Case-
// sensitive on purpose: all-caps rants ("TRY SOMETHING ELSE") are left out.
// Titles are often in Title Case ("Try Before You Buy"), so only the body counts.
const IMPERATIVE = new RegExp(String.raw`(?:^|(?<=[.!?…)]\s*|\n|\(|<br\s?/?>))\s*(?:Buy|Try|Get|Go for|Go with|Stick (?:with|to)|Switch to) (\p{Lu}[\p{L}\p{N}&'’-]*(?: [\p{Lu}\p{N}][\p{L}\p{N}&'’-]*){0,2})`, 'gu');
// Capitalised words that start sentences but name nothing to buy.
const NOT_A_BRAND = /^(?:before|after|again|twice|once|first|only|it|at|with|for|more|less|better|best|american|local|different|another|elsewhere|anything|nothing|everything|other|others|one|ones|them|this|these|those|that|your|my|our|the|a|an|to|and|or|but|so|if|what|how|something|somewhere|harder|again|now|it's|out|yourself|real|ready|well|cheap|used|new|rid|lucky|over|up|on|off)$/iu;

// Words that are not a product, brand, store or seller.
const NOT_A_NAME = /^(?:a|an|any|only|just|for|to|if|as|not|no|anybody|nobody|people|kids|children|everybody|temporary|occasional|light|heavy|personal|daily|two|three|four|five|six|several|multiple|couple|few|\d+|the|it|its|this|that|these|those|them|one|ones|some|something|anything|another|other|others|different|else|elsewhere|local|somewhere|online|offline|here|there|store|stores|shop|shops|market|brand|brands|product|products|quality|money|time|returning|return|refund|your|my|our|his|her|their|me|you|him|us|better|cheaper|good|real|original|new|same|amazon|Amazon|more|less|again|instead|rather|anyone|everyone|nothing|pass|taking|skipping|staying|avoiding|looking|elsewhere|what|which|whatever|whichever|mine|yours|previous|old|older|usual|prime|express|expedited|overnight|standard|faster|priority|ground|two-day|one-day|next-day|christmas|xmas|easter|thanksgiving|halloween|holidays?|birthday|black|white|blue|red|green|yellow|pink|purple|grey|gray|brown|orange|silver|gold|navy|beige|pro|plus|max|mini|lite|buch|bücher|werk|roman|film|produkt|artikel|teil|hörbuch|original|ausgabe|version|geld|finger|hände|nicht|kein|keine|kaufen|lesen|es|ihn|ihnen|nichts|etwas|anderes|andere|anderen|dieses|diesen|dieser|ein|eine|einen|x{0,3}[sl]|m|\d?x{2,3}l|small|medium|large|petite|tall|regular|size|sizes)$/iu;

/**
 * After a bare imperative a capitalised word may just open the sentence ("Try
 * Medium heat"). It names a brand when written like one (JBL, TOH) or named
 * again elsewhere in the review ("… Buy Sony earphones. Sony is best").
 */
const KNOWN_STORE = new RegExp(`^(?:${STORES})$`, 'iu');

function looksLikeBrand(word: string, text: string, at: number): boolean {
  if (NOT_A_BRAND.test(word)) return false;
  if (/^\p{Lu}{2,6}$/u.test(word) || KNOWN_STORE.test(word)) return true;
  const again = new RegExp(`(?<![\\p{L}])${word.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')}(?![\\p{L}])`, 'gu');
  return again.test(text.slice(0, at) + ' ' + text.slice(at + word.length));
}

function elsewhere(text: string, body: boolean): Span[] {
  if (!/instead|rather|recommend|suggest|better|prefer|next time|empfehl|empfohl|alternative|soll(?:te)? sich|asin|buy|try|get|go for|go with|stick|switch|cheaper|for less|official|should have|would have|only|search|google|lieber|stattdessen|plutôt|mejor|piuttosto|楽天|ヨドバシ|ヤフー|Yahoo|メルカリ|建议|还是|淘宝|京东|拼多多|天猫|target|walmart|costco|flipkart|ebay|etsy|temu|aliexpress|ikea|best buy|home depot|lowe's|like/iu.test(text)) return [];
  const out: Span[] = [];
  for (const re of body ? [...ELSEWHERE, IMPERATIVE] : ELSEWHERE) {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text)) !== null) {
      const name = m[1];
      if (name !== undefined) {
        const first = name.split(' ')[0]!.replace(/[.'’]+$/u, '');
        if (NOT_A_NAME.test(first) || EDITION.test(name) || (re === IMPERATIVE && !looksLikeBrand(first, text, m.index + m[0].lastIndexOf(name)))) continue;
        // "Instead buy a full pack": after "instead", a plain lower-case word is a kind of thing, not a name (a brand, a capital, a model code).
        if (re === ELSEWHERE[0] && !named(name, m[0], { text }, m.index + m[0].lastIndexOf(name), false)) continue;
      }
      out.push({ start: m.index, end: m.index + m[0].length });
      if (out.length >= 10) break;
    }
  }
  return out;
}

// A bare domain ("Acme.com", no scheme, "www." or path) is often only a
// company's name ("now made by Acme.com", "failed to download from
// update.acme.com"). It sends readers away only when the words before it do:
// "visit", "buy it at", "my shop", "cheaper on", "this shirt from".
const BARE_DOMAIN = /^[\p{L}\p{N}.-]+$/u;
const SENDS_TO = /(?:visit|check(?:ing)? (?:it |them )?out|go(?:ing)? to|head(?: over)? to|(?:buy|bought|order(?:ed)?|get|got|purchase[sd]?|shop|found|find|available|cheaper|sold|sells?|selling)(?: \p{L}+){0,3} (?:at|on|from|via)|(?:my|our) (?:\p{L}+ )?(?:shop|store|site|website|page|blog|channel)|search(?: for)?|see|try|use|(?:this|these|that|those|the|my) (?:\p{L}+ ){0,2}from)[\s:,-]*$/iu;

const AFFILIATE = /[?&](?:tag|ascsubtag)=[\w-]+/iu;

/** Links to other sites; links to Amazon itself are allowed in reviews. */
function links(text: string): Span[] {
  return findLinks(text).filter((l) => {
    // An Amazon link that carries an affiliate tag pays its writer for each sale: an ad, wherever it points.
    if (AMAZON_HOST.test(l.host)) return AFFILIATE.test(text.slice(l.start, l.end));
    if (!BARE_DOMAIN.test(text.slice(l.start, l.end)) || /^www\./iu.test(l.host)) return true;
    return SENDS_TO.test(text.slice(Math.max(0, l.start - 60), l.start));
  });
}

export const promotional: GroundDetector = {
  id: 'promotional',
  kinds: ['review'],
  detect(ctx: Context): Evidence[] {
    const out: Evidence[] = [];
    for (const f of ctx.fields) {
      // A field in capitals ("SHOULD HAVE ORDERED FROM FLIPKART") is read in lower case, where the advice frames
      // match and only a known brand, store or model code can be the name (same length, so spans hold).
      const lower = f.text.toLowerCase();
      const read = f.text === f.text.toUpperCase() && lower.length === f.text.length && /\p{Lu}/u.test(f.text) ? lower : f.text;
      const spans = [...links(f.text), ...findAll(PROMO, f.text, 20), ...elsewhere(read, f.field === 'body'), ...buyInstead(read, f.field === 'title'), ...adviceToGetOther(f.text, f.field === 'title')].sort((a, b) => a.start - b.start);
      for (const s of spans) if (!out.some((e) => e.field === f.field && overlaps(e, s))) out.push(evidence(f, s));
    }
    return out.slice(0, 20);
  },
};
