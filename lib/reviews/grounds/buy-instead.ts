// Advice to buy another brand, model or store instead (policy §4): "better go
// for Acme", "you can just go with Acme X2", "if you want bass, try Acme",
// "would suggest the Acme X2", "would have rather gone for AC-500". Two parts
// must both hold:
// - an advice frame (an imperative opening a sentence or clause, "better
//   (to) …", "you/u can …", "instead of this …", "I'd suggest …"), never the
//   reviewer's own plan ("I planned to go for Acme") or a comparison alone
//   ("not as good as my Acme");
// - a named target: a known brand or store, a model code (X2, AB-500), an
//   acronym (JBL), a capital the writer chose (lower-case verb, capitalised
//   name), or a capitalised word named again elsewhere in the review.
// An unnamed target ("another brand", "a refund", "something else") is no ad.
import { type Span, capsMeanNothing } from '../text.ts';
import { aboutDevice } from '../works.ts';

const V = String.raw`(?:go for|go with|go buy|go get|check out|buy|get|try|switch to|stick with|stick to|opt for|choose|prefer|purchase|order|pick)`;
// Words skipped before the name: "go for the Acme X2", "their Acme variant".
const DET = String.raw`(?:(?:from|at) )?(?:(?:the|a|an|their|some|its|either) )?`;
const TARGET = String.raw`([\p{L}\p{N}][\p{L}\p{N}&'’.-]*(?: [\p{L}\p{N}][\p{L}\p{N}&'’.-]*){0,2})`;

// "I would suggest the MFG check their stock": advice addressed to the maker or seller names nothing to buy.
const MAKER = String.raw`(?:MFGR?|MFR|[Mm]fgr?|[Mm]fr|[Mm]anufacturers?|[Mm]akers?|[Cc]ompany|[Ss]ellers?|[Vv]endors?|[Pp]roducers?|[Bb]rand owners?)`;
// "I advise USE WITH CAUTION": advice on how to handle this one, in any case, names no other product.
const CARE = String.raw`(?:[Uu]se|USE|[Bb]e|BE|[Kk]eep|KEEP|[Aa]void|AVOID|[Ww]ear|WEAR|[Ss]tay|STAY|[Cc]aution|CAUTION|[Cc]are|CARE|[Gg]loves|GLOVES|${MAKER})`;

// Reviewers type two spaces as often as one.
const frame = (src: string) => new RegExp(src.replace(/ /gu, String.raw`\s+`), 'gu');

// Another colour or size of the same thing ("such as Blue", "like the Pro") is no other product.
const SHADE = String.raw`(?:Black|White|Blue|Red|Green|Pink|Gr[ae]y|Purple|Yellow|Orange|Brown|Silver|Gold|Beige|Navy|Pro|Plus|Max|Mini|Lite|Large|Small|Medium)(?![\p{L}])`;

const FRAMES: readonly RegExp[] = [
  // "Better go for", "better to buy", "BETTER switch to".
  frame(String.raw`(?<![\p{L}])(?:(?<!(?:[Ii]|[Ii]'d|[Ii]’d|[Ii] would|[Ww]e|[Ww]e'd|[Ww]e’d|[Ww]e would|would|'d|’d)\s+)|(?=[^.!?\n]{0,80}?(?:so should you|you should too|you should as well)))(?:[Bb]etter|BETTER|[Rr]ather)(?: to){0,2} ${V} ${DET}${TARGET}`),
  // "you can just go with", "u can go for", "they'll go for … instead".
  frame(String.raw`(?<![\p{L}])(?:[Yy]ou|[Uu]|[Pp]eople|[Bb]uyers)(?: (?:can|could|should|may|must|might|would)|'d|’d)(?: (?:just|rather|simply|also|better|instead))? ${V} ${DET}${TARGET}`),
  frame(String.raw`(?<![\p{L}])they(?:'ll|’ll| will| would) ${V} ${DET}${TARGET}(?=[^.!?\n]{0,40}?instead)`),
  // "instead of this (you can) buy", "Instead you can just go with".
  frame(String.raw`(?<![\p{L}])(?:[Ii]nstead of (?:this|these|it|that|buying|purchasing)(?: \p{L}+){0,3}|[Ii]nstead),? (?:you |u )?(?:can |could |should |may )?(?:just |simply )?${V} ${DET}${TARGET}`),
  // "(I) would suggest the Acme X2", "I recommend Acme" ("I prefer Acme" is a taste, not advice).
  frame(String.raw`(?<![\p{L}])(?:[Ww]ould|I|I'd|I’d|[Ww]e) (?:strongly |highly |rather |still )?(?:(?:stick (?:to|with)|go (?:for|with)|switch to) (?:and|&) )?(?:suggest|recommend|advise)(?: (?:you|u|everyone|all))?(?: to)?(?: ${V})? ${DET}(?!${CARE}(?![\\p{L}]))${TARGET}`),
  frame(String.raw`(?<![\p{L}])(?:[Ww]ould|I|I'd|I’d|[Ww]e) (?:strongly |highly |rather |still )?(?:suggest|recommend|advise) (?:going (?:for|with)|buying|getting|trying|switching to|opting for|purchasing|ordering)(?: (?:directly|only|instead))? ${DET}${TARGET}`),
  // "Do yourself a favor and purchase a Samsung SSD".
  frame(String.raw`(?<![\p{L}])[Dd]o yourself a favou?r(?: and|,)? (?:just )?${V} ${DET}${TARGET}`),
  // "rather than this, go for …", "save your money and get …", "spend a bit more on …": advice to the reader.
  frame(String.raw`(?<![\p{L}])[Rr]ather than (?:this|these|it|that)(?: one| product| stuff)?,? (?:you |u )?(?:can |should )?(?:just )?${V} ${DET}${TARGET}`),
  frame(String.raw`(?<![\p{L}])[Ss]ave (?:your|some|the)(?: \p{L}+){0,2} (?:money|cash|bucks)(?: instead)?,? (?:and|to) (?:just )?${V} ${DET}${TARGET}`),
  frame(String.raw`(?<![\p{L}])(?<!(?:I|we|had to|have to|needed to|decided to|chose to|I'll|I’ll|will|would|did|didn't|didn’t) )[Ss]pend (?:a (?:bit|little|few \p{L}+) |some |the |an )?(?:more|extra)(?: [$€£]?\d+(?:[.,]\d+)?)?(?: money| cash| bucks| dollars| euros| pounds)? (?:on|for) ${DET}${TARGET}`),
  // "would have rather gone for", "should have gone with".
  // The reviewer's own counterfactual ("I would have gone with the Sandisk") is a regret, not advice (as the labelled sets read it).
  frame(String.raw`(?<![\p{L}])(?<!(?:[Ii]|[Ww]e|[Ii]'d|[Ii]’d|[Ww]e'd|[Ww]e’d)\s+)(?:[Ss]hould|[Ww]ould|[Cc]ould)(?: have|'ve|’ve) (?:rather |just )?(?:gone for|gone with|bought|got|chosen|picked|opted for) ${DET}${TARGET}`),
  // "… go for the X2 instead", unless it is the reviewer's own plan ("I'll go for X instead", "planned to buy X instead").
  frame(String.raw`(?<![\p{L}])(?<!(?:I|we|I'll|I’ll|we'll|we’ll|will|would|to|I'd|I’d|and|then) )${V} ${DET}${TARGET}(?=(?: [\p{L}\p{N}]+){0,3} instead)`),
  // "Bass lovers go for", "if you want good sound go for / try".
  frame(String.raw`(?<![\p{L}])(?:lovers?|fans?|[Bb]eginners|[Nn]ewbies|[Nn]ewcomers|[Ff]irst[- ]timers) (?:should |must |can |better )?${V} ${DET}${TARGET}`),
  // Not an obligation the product imposes ("if you want a chance to win you need to buy VC").
  frame(String.raw`(?<![\p{L}])[Ii]f (?:you|u|you['’]re|youre|your|ur) (?:want|need|love|like|are looking for|looking for|prefer|care about)[^.!?,\n]{0,90}?,? (?<!(?:need|needs|have|has|had|got|able) to |must |gotta )${V} ${DET}${TARGET}`),
  // An imperative opening a sentence or clause: "… not happy. Go for Acme",
  // "😭Go buy Acme", "skip this, try Acme", "save your money - try Acme".
  frame(String.raw`(?:(?<=^\s*)|(?<=[.!?…)\]:;,]\s*|\n|<br\s?/?>\s*|\p{Extended_Pictographic}\s*|-{2,}\s*|\s[-—–]\s*|(?<![\p{L}])(?:else|otherwise|then),?\s+))(?:[Jj]ust |[Ss]imply )?(?:${V}|Go for|Go with|Go buy|Go get|Check out|Buy|Get|Try|Switch to|Opt for|Choose|Prefer|Pick|Use) ${DET}${TARGET}`),
];

// Frames that need a word most reviews lack: the whole scan runs only when a cheap literal test finds it.
const GATED: ReadonlyArray<readonly [RegExp, RegExp]> = [
  // "There are other products on Amazon that work better and are cheaper, such as Acme": a present-tense
  // comparison that then names the better buy ("other brands I tried were cheaper, like Acme" is the reviewer's past).
  [/other/iu, frame(String.raw`(?<![\p{L}])(?:other|another) (?:\p{L}+ ){0,3}(?:products?|brands?|options?|ones|alternatives|supplements?)(?: (?:here|on (?:here|[Aa]mazon|AMAZON|[Aa]mz|AMZ)))*,? (?:that|which) (?:\p{L}+ ){0,2}(?:work|works|are|is|do|does)[^.!?\n]{0,60}?(?:better|cheaper|more effective|superior|less expensive)[^.!?\n]{0,40}?,? (?:such as|like|e\.g\.,?|including) ${DET}(?!${SHADE})${TARGET}`)],
  // "There is another Acme product here that is cheaper and works better": the name before the product word.
  [/there (?:is|are)/iu, frame(String.raw`(?<![\p{L}])[Tt]here (?:is|are) (?:another|other|several other|many other|some other|a few other) ${TARGET}(?= (?:products?|brands?|ones?|options?|supplements?)(?: (?:here|on (?:here|[Aa]mazon|AMAZON|[Aa]mz|AMZ)))*,? (?:that|which)[^.!?\n]{0,80}?(?:better|cheaper|more effective|less cost|superior|less expensive))`)],
  // "You're better off just buying Acme", "you are better off saving the money and getting Acme".
  [/better off/iu, frame(String.raw`(?<![\p{L}])(?:[Yy]ou(?:['’]re| are|['’]d be| would be| will be|['’]ll be)|[Uu] r|[Yy]ou['’]re) (?:much |way |far |probably |definitely )?better off (?:just )?(?:saving (?:your|the) (?:money|cash)(?: and| to))? ?(?:just )?(?:getting|buying|going with|going for|ordering|purchasing|sticking with|spending (?:it|your money) on) ${DET}${TARGET}`)],
];

// The maker named first, with a similar thing to buy that is better or cheaper:
// "Acme makes a similar coffee maker for $42 and it is ten times better".
const MAKER_OFFERS = frame(
  String.raw`(?<![\p{L}\p{N}])([\p{L}\p{N}][\p{L}\p{N}&'’.-]*(?: [\p{L}\p{N}][\p{L}\p{N}&'’.-]*){0,2}) (?:makes|sells|has|offers|carries) (?:a|an) (?:very )?(?:similar|comparable|identical|equivalent)(?= [^.!?\n]{0,80}?(?:better|cheaper|superior|higher quality|less expensive))`,
);

// The name first, then the advice: "Acme X2 is far better, buy that".
const NAME_THEN_ADVICE = frame(
  String.raw`(?<![\p{L}\p{N}])([\p{L}\p{N}][\p{L}\p{N}&'’.-]*(?: [\p{L}\p{N}][\p{L}\p{N}&'’.-]*){0,2}) (?:is|are) (?:much |far |way |a lot )?better[^.!?\n]{0,30}?[,.!;]* (?:[Jj]ust )?(?:[Bb]uy|[Gg]o for|[Gg]et|[Tt]ry|[Oo]rder|[Cc]hoose) (?:that|those|it|them|that one|those ones)(?![\p{L}])`,
);

// Brands and stores reviewers name in lower case too. Words that are also
// ordinary English ("boat", "noise", "apple", "beats") count only when the
// writer capitalised them, by the capital rule below.
const BRANDS = new RegExp(
  String.raw`^(?:jbl|sony|samsung|ipad|iphone|ipod|macbook|imac|microsoft|kobo|roku|sennheiser|skull ?[ck]andy|philips|phillips|bose|boult|xiaomi|redmi|realme|oneplus|oppo|vivo|nokia|motorola|lenovo|asus|acer|dell|hp|epson|canon|kodak|lg|panasonic|jabra|anker|soundcore|marshall|jaybird|ptron|zebronics|portronics|fastrack|fossil|casio|timex|amazfit|fitbit|garmin|logitech|huawei|mcafee|norton|kaspersky|avast|bitdefender|flipkart|paytm|croma|tatacliq|myntra|snapdeal|nykaa|meesho|walmart|ebay|costco|aliexpress|temu|etsy|ikea|dettol|himalaya|patanjali|nivea|cetaphil|neutrogena|mamaearth|lakme|godrej|airwick|havells|bajaj|prestige|pigeon|milton|dabur|britannia|parle|nestle|cadbury|muscle ?blaze|my ?prot(?:ei|ie|i)n|atom|fuel ?one|optimum nutrition|asitis|avvatar|nakpro|big ?muscles|gnc|isopure|dymatize|abbzorb|wellcore|scitron|nutrabay|muscletech|labrada|plix|minimalist|the derma co|dot ?& ?key|wow skin science|biotique|lotus herbals|pond'?s|olay|lakm[eé])$`,
  'iu',
);
// A model code has letters and digits ("X2", "AB-500"), but units and
// formats are not models.
const MODEL = /^(?=[\p{L}\p{N}-]*\p{N})(?=[\p{N}-]*\p{L})\p{L}[\p{L}\p{N}-]{1,14}$/u;
const NOT_MODEL = /^(?:mp[34]|usb\d?|h2o|[a-z]\d?g|\p{L}+\d+(?:st|nd|rd|th)|ps\d|x\d+|covid\d*|24x7)$/iu;
const ACRONYM = /^\p{Lu}{2,6}$/u;
const NOT_ACRONYM = /^(?:XS|XL|XXL|XXXL|\d?XL|PRO|MAX|MINI|LITE|PLUS|OK|USB|LED|HD|TV|AC|DC|PC|SD|SSD|HDD|RAM|HDMI|GPU|CPU|CD|DVD|MP3|DLC|NFC|GPS|AUX|MRP|INR|RS|USD|EMI|COD|ANC|ENC|TWS|BT|FM|AM|PM|MY|IT|THE|AND|NOT|FOR|ONE|THIS|NEW|BEST|GOOD|ANY|YOUR)$/u;
// Capitalised words that start a clause or name nothing to buy.
const NOT_A_NAME = /^(?:I|the|a|an|much|way|far|even|very|really|so|too|significantly|a lot|mine|it|its|this|that|these|those|them|one|ones|some|something|anything|another|other|others|different|else|elsewhere|local|online|offline|here|there|store|shop|brand|brands|product|products|quality|money|time|return|returning|refund|replacement|your|my|our|his|her|their|me|you|him|us|better|cheaper|good|best|real|original|genuine|new|same|amazon|more|less|again|instead|rather|anyone|everyone|nothing|now|before|after|first|only|with|for|and|or|but|so|if|to|at|on|in|of|by|up|out|off|over|rid|lucky|ready|well|cheap|used|yourself|premium|branded|wired|wireless|bluetooth|earphones?|headphones?|sound|bass|medium|high|low|higher|lower|extra|larger|smaller|bigger|refurbished|cash|prime|warranty|help|service|rs|rupees|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|god|google|youtube|exchange|customer|small|large|regular|standard|basic|pro|plus|max|mini|lite|steel|glass|plastic|wooden|cotton|leather|vitamin|herbal|organic|natural|ayurvedic|manual|automatic|electric|digital|smart|normal|simple|cheaper|costlier|expensive|offline|physical|android|windows|linux)$/iu;

function nameAgain(word: string, text: string, at: number): boolean {
  const again = new RegExp(`(?<![\\p{L}])${word.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')}(?![\\p{L}])`, 'giu');
  return again.test(text.slice(0, at) + ' ' + text.slice(at + word.length));
}

export interface TextFacts {
  text: string;
  /** Shouting or Title Case (computed once per text: it scans the whole text). */
  shouting?: boolean;
}

// Another platform or format of the same title ("get the Xbox version", "the Kindle
// edition", "the PS4 one") is another edition, not another product (the labelled sets read it so).
export const EDITION = /^(?:xbox|ps\d|playstation|switch|nintendo|wii|steam|pc|mac|kindle|paperback|hardcover|hardback|audiobook|audible|dvd|blu-?ray|vinyl|cd|digital|physical|cartridge|disc)(?:\s|$)/iu;

export function named(name: string, said: string, facts: TextFacts, at: number, title: boolean): boolean {
  const { text } = facts;
  const words = name.split(/\s+/u);
  const first = words[0]!.replace(/[.'’-]+$/u, '');
  // "go for plain Acme": a known brand right after a bare adjective.
  if (/^(?:simple|plain|regular|normal|original)$/iu.test(first) && BRANDS.test(words[1] ?? '')) return true;
  // "Get the Kindle edition" is the same book; in a review of a device, "get a Kindle" is another product.
  if (/^kindle(?![\p{L}])(?! (?:edition|version|copy|book))/iu.test(name) && aboutDevice(text)) return true;
  if (NOT_A_NAME.test(first) || first === '' || EDITION.test(name)) return false;
  const two = words.slice(0, 2).join(' ').replace(/[.'’-]+$/u, '');
  if (BRANDS.test(first) || BRANDS.test(two)) return true;
  if (MODEL.test(first) && !NOT_MODEL.test(first)) return true;
  const shouting = (facts.shouting ??= capsMeanNothing(text) || text === text.toUpperCase());
  // In shouting or Title Case every word has a capital: only a known brand or a model code names something.
  if (shouting) return false;
  if (ACRONYM.test(first) && !NOT_ACRONYM.test(first)) return true;
  if (!/^\p{Lu}\p{Ll}/u.test(first)) return false;
  // A capital after a lower-case verb word ("u can go for Acme") is the writer's choice.
  const verbEnd = said.slice(0, said.length - name.length).trim().split(/\s+/u).filter((w) => !/^(?:the|a|an|their|some|its|either)$/u.test(w)).pop() ?? '';
  // (A title reaches here only when it is not in Title Case: capsMeanNothing above.)
  if (/^\p{Ll}/u.test(verbEnd)) return true;
  return nameAgain(first, text, at);
}

/** "Hamilton Beach makes a similar …": two capitalised words, in a text that does not capitalise everything. */
function twoWordName(name: string, facts: TextFacts): boolean {
  const words = name.split(/\s+/u);
  if (words.length !== 2 || !words.every((w) => /^\p{Lu}\p{Ll}+$/u.test(w) && !NOT_A_NAME.test(w))) return false;
  return !(facts.shouting ??= capsMeanNothing(facts.text) || facts.text === facts.text.toUpperCase());
}

/** The quote ends with the name: its first word plus following capitalised words or model codes. */
export function nameLength(name: string): number {
  const words = name.split(/(?<=\S)(?=\s)/u);
  let n = /^(?:simple|plain|regular|normal|original)$/iu.test(words[0]!) && words.length > 1 ? 2 : 1;
  while (n < words.length && (/^\s*\p{Lu}/u.test(words[n]!) || (MODEL.test(words[n]!.trim()) && !NOT_MODEL.test(words[n]!.trim())))) n++;
  return words.slice(0, n).join('').replace(/[.'’-]+$/u, '').length;
}

const CUE = /spend|save|check out|cheaper|effective|less cost|less expensive|superior|rather|stick|favou?r|purchase|order|beginners|newbies|newcomers|timers|go for|go with|go buy|go get|better|instead|suggest|recommend|prefer|should|would|could|lovers?|fans?|if (?:you|u)|buy|try|get|switch|opt|choose|pick/iu;

// "Use Acme refills": the one imperative cue kept out of CUE, where "use" would let nearly every review in.
const USE_NAME = /Use \p{Lu}/u;

/** Spans where the review sends readers to buy a named alternative. */
export function buyInstead(text: string, title: boolean): Span[] {
  if (!CUE.test(text) && !USE_NAME.test(text)) return [];
  const out: Span[] = [];
  const facts: TextFacts = { text };
  // Each candidate may scan the text once more (a name repeated elsewhere), so
  // their number is capped: the work stays linear in the text length.
  let budget = 40;
  /** Scans one frame; false once the caps are reached. */
  const scan = (re: RegExp): boolean => {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text)) !== null) {
      const name = m[1]!;
      const at = m.index + m[0].length - name.length;
      if (named(name, m[0], facts, at, title)) out.push({ start: m.index, end: at + nameLength(name) });
      if (out.length >= 10 || --budget <= 0) return false;
    }
    return true;
  };
  for (const re of FRAMES) if (!scan(re)) return out;
  for (const [gate, re] of GATED) if (gate.test(text) && !scan(re)) return out;
  let m: RegExpExecArray | null;
  // The name first: "Acme makes a similar one … better", "Acme X2 is far better, buy that".
  for (const re of /similar|comparable|identical|equivalent/iu.test(text) ? [MAKER_OFFERS, NAME_THEN_ADVICE] : [NAME_THEN_ADVICE]) {
    re.lastIndex = 0;
    while (out.length < 10 && budget-- > 0 && (m = re.exec(text)) !== null) {
      // The longest of the last one to three words before "is better" that is a name; strict checks only (no capital rule).
      const words = m[1]!.split(/\s+/u);
      const at = m.index + m[1]!.length;
      const hit = [3, 2, 1].filter((k) => k <= words.length).map((k) => words.slice(-k).join(' ')).find((n) => named(n, n, facts, at - n.length, true) || (re === MAKER_OFFERS && twoWordName(n, facts)));
      if (hit) out.push({ start: at - hit.length, end: m.index + m[0].length });
    }
  }
  return out;
}
