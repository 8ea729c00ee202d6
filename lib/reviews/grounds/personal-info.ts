// Personal information (both kinds): an email address, a phone number, a
// street address or a person's full name. Order ids, model and part numbers,
// measurements and dates look like numbers too, so a phone must have a phone's
// shape (separators or a leading +, 10–13 digits) and no order/model/size
// context; a bare first name ("Thanks, Mike") is not personal information, a
// first name plus surname of someone named in the text is.
import { findPhoneNumbersInText } from 'libphonenumber-js/core';
import { PHONE_METADATA, type CountryCode } from '../../phones/index.ts';
import type { Context, GroundDetector } from '../context.ts';
import { findLinks } from '../links.ts';
import { type Field, type Span, capsMeanNothing, evidence, findAll, overlaps } from '../text.ts';
import type { Evidence } from '../types.ts';
import { aboutWork } from '../works.ts';

// A spaced "@" only counts with a space on both sides ("john @ gmail.com"):
// "at Amazon @Rs.168.The" is a price, not an address.
const AT = String.raw`(?:[@＠]|\s[@＠]\s|\s?(?:\(at\)|\[at\])\s?)`;
const DOT = String.raw`(?:\.|\s?(?:\(dot\)|\[dot\])\s?)`;
const EMAIL = new RegExp(String.raw`(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]{1,64}${AT}[A-Za-z0-9-]{1,63}(?:${DOT}[A-Za-z0-9-]{1,63}){0,4}${DOT}[A-Za-z]{2,12}(?![A-Za-z0-9])`, 'gi');

// Cheap pre-check so the email regex only runs where an email can be.
const MAYBE_EMAIL = /@|＠|\(at\)|\[at\]/iu;

// Phones are validated numbers (libphonenumber-js), not digit runs: dates,
// postal codes, prices, order, model and batch numbers never qualify. A number
// without a country code is tried against the marketplace's country first,
// then the countries whose buyers write most reviews.
const CANDIDATE_COUNTRIES: readonly CountryCode[] = ['US', 'IN', 'GB', 'DE', 'FR', 'ES', 'IT', 'JP', 'CA', 'CN'];
const MARKETPLACE_COUNTRY: Record<string, CountryCode> = {
  com: 'US', in: 'IN', 'co.uk': 'GB', de: 'DE', fr: 'FR', es: 'ES', it: 'IT', 'co.jp': 'JP', ca: 'CA', cn: 'CN', 'com.mx': 'MX', 'com.br': 'BR', 'com.au': 'AU', nl: 'NL', se: 'SE', pl: 'PL',
};

// Cheap pre-check: seven digits, separators allowed, before any phone parsing.
const MAYBE_PHONE = /\d(?:[\s().\/-]{0,3}\d){6}/u;
// Where a number could be: a run of digits and separators, scanned once
// (linear); only these short windows are handed to the phone parser.
const CANDIDATE = /\+?\(?\d[\d\s().\/-]{6,22}\d/gu;
// Dates and year ranges read as valid numbers in some countries.
const DATE_LIKE = /^(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}|(?:19|20)\d\d\s?[-–]\s?(?:19|20)?\d\d)$/u;

// Not phones: order / tracking / model / part numbers, sizes, ISBNs, serials.
const NOT_PHONE_CONTEXT = /(?:order|bestellung|commande|pedido|ordine|注文|tracking|sendung|suivi|seguimiento|model|modell|modèle|modelo|modello|型番|part|sku|asin|isbn|serial|item|article|artikel|ref|invoice|rechnung|facture|factura|fattura|lot|batch|#)\s*(?:no\.?|number|nr\.?|n°|num\.?|id|number is|is|:)?\s*[:#]?\s*$/iu;
const AMAZON_ORDER_ID = /\d{3}-\d{7}-\d{7}/gu;

const STREET_TYPES = 'Street|St\\.?|Avenue|Ave\\.?|Road|Rd\\.?|Boulevard|Blvd\\.?|Lane|Ln\\.?|Drive|Dr\\.?|Court|Ct\\.?|Way|Place|Pl\\.?|Terrace|Circle|Highway|Hwy|Parkway|Pkwy';
const ADDRESS = new RegExp(
  [
    // 742 Evergreen Terrace; 12 North Oak St
    String.raw`(?<![\p{L}\p{N}])\d{1,5}[A-Za-z]?\s(?:[NSEW]\.?\s)?(?:\p{Lu}[\p{L}'-]+\s){1,3}(?:${STREET_TYPES})(?![\p{L}])(?:,?\s(?:Apt|Apartment|Suite|Unit)\.?\s?#?\w+)?`,
    // Hauptstraße 12, Musterstr. 5, Lindenweg 3a
    String.raw`(?<![\p{L}])\p{Lu}\p{Ll}+(?:straße|strasse|str\.|weg|gasse|allee|platz)\s\d{1,4}[a-z]?(?![\p{L}\p{N}])`,
    // Kaiserring 7, … : "-ring" ends English words too ("Offering 3 sizes", "Spring 2"), so only before a comma or the line end.
    String.raw`(?<![\p{L}])\p{Lu}\p{Ll}+ring\s\d{1,4}[a-z]?(?=\s*(?:,|\n|$))`,
    // 12 rue de la Paix; 5 avenue Victor Hugo; Calle Mayor 5; Via Roma 12
    String.raw`(?<![\p{L}\p{N}])\d{1,4}(?:\sbis)?,?\s(?:rue|avenue|boulevard|bd|chemin|allée|impasse|place)\s(?:(?:de|du|des|la|le|l')\s?)*\p{Lu}[\p{L}'-]+(?:\s\p{Lu}[\p{L}'-]+)*`,
    String.raw`(?<![\p{L}])(?:Calle|C/|Avenida|Avda\.|Paseo|Plaza|Via|Viale|Corso|Piazza)\s(?:(?:de|del|de la|della|dei|di)\s)?\p{Lu}[\p{L}'-]+(?:\s\p{Lu}[\p{L}'-]+)*,?\s(?:n\.?\s?|nº\s?)?\d{1,4}(?![\p{L}\p{N}])`,
    // 〒150-0001 and 東京都渋谷区…1-2-3
    String.raw`〒\s?\d{3}-?\d{4}`,
    String.raw`(?:東京都|北海道|(?:大阪|京都)府|\p{Script=Han}{2,3}県)\p{Script=Han}{1,4}[市区町村]\p{Script=Han}{0,6}(?:\d{1,2}[-‐ー]\d{1,4}(?:[-‐ー]\d{1,4})?|\d{1,2}丁目)`,
  ].join('|'),
  'gu',
);

// Common first names (EN, DE, FR, ES, IT). A capitalised word after one of them
// is a surname only when the sentence also points at a person (below).
const FIRST_NAMES = new Set(
  (
    'james john robert michael william david richard joseph thomas charles christopher daniel matthew anthony donald steven paul andrew joshua ' +
    'kenneth kevin brian george timothy ronald edward jason jeffrey ryan jacob gary nicholas eric jonathan stephen larry justin scott brandon benjamin ' +
    'samuel gregory alexander patrick raymond dennis jerry tyler aaron jose adam nathan henry douglas zachary peter kyle ethan walter noah ' +
    'jeremy christian keith roger terry gerald harold sean carl arthur lawrence dylan jesse bryan billy joe bruce gabriel logan albert ' +
    'willie alan juan wayne elijah randy roy vincent ralph eugene russell bobby mason philip louis mike tom bob jim dave steve chris tony matt ' +
    'mary patricia jennifer linda elizabeth barbara susan jessica sarah karen lisa nancy betty margaret sandra ashley kimberly emily donna michelle ' +
    'carol amanda dorothy melissa deborah stephanie rebecca sharon laura cynthia kathleen amy angela shirley anna brenda pamela emma nicole helen ' +
    'samantha katherine christine debra rachel carolyn janet catherine maria heather diane ruth julie olivia joyce lauren ' +
    'christina joan evelyn judith megan andrea cheryl hannah jacqueline martha gloria teresa ann sara frances kathryn janice abigail ' +
    'alice judy sophia denise doris marilyn danielle beverly isabella theresa diana natalie brittany marie kayla alexis lori ' +
    'jane jenny kate katie liz beth tina wendy peggy ' +
    'hans klaus jürgen stefan andreas thomas wolfgang michael peter uwe markus sabine petra monika ursula claudia birgit heike jan lukas ' +
    'pierre michel philippe alain nicolas françois julien sébastien isabelle nathalie sophie céline sylvie camille ' +
    'carlos javier miguel antonio manuel francisco luis pedro pablo alejandro josé carmen lucía elena marta pilar isabel rosa ana laura ' +
    'giuseppe giovanni marco luca andrea paolo francesco alessandro matteo roberto giulia francesca chiara federica valentina sofia'
  ).split(/\s+/),
);

// Words that point at a person: roles, "named", titles, contact verbs.
const PERSON_CONTEXT = /\b(?:seller|owner|rep|representative|agent|driver|courier|manager|employee|staff|support|customer service|technician|guy|lady|woman|man|person|someone|named|name is|called|spoke (?:to|with)|talked (?:to|with)|contact(?:ed)?|email(?:ed)?|messaged|phoned|Verkäufer(?:in)?|Herr|(?<!(?:mein|meine|meiner|meinem|seine|seiner|ihre|ihrer|deine|deiner|unsere|unserer|die|der|eine|einer) )Frau|heißt|vendeur|vendeuse|monsieur|madame|s'appelle|vendedor(?:a)?|señor|señora|se llama|venditore|signor(?:a)?|si chiama)\b/iu;
// Capitalised words that follow a first name without being surnames.
const NOT_SURNAME = /^(?:I|I'm|I've|Amazon|Prime|The|This|That|And|But|Or|So|Thanks|Thank|Please|Customer|Service|Support|Team|Store|Shop|Deere|Klein|Lauren|Hilfiger|Daniels|Walker|Vuitton|Kors|Cole|Madden|Crocker|Stewart|Foreman|Mitchell|Boy|Girl|Jr|Sr|Wick|Bond|Says|Said|Here|Not)$/u;

const NAME = /(?<![\p{L}\p{N}])(\p{Lu}\p{Ll}+)\s(?:\p{Lu}\.\s)?(\p{Lu}[\p{Ll}'’-]+(?:-\p{Lu}\p{Ll}+)?)(?![\p{L}\p{N}])/gu;

/** The text around a match up to the sentence ends, at most 160 characters each way (linear overall). */
function sentenceAround(text: string, at: number, end: number): string {
  const before = text.slice(Math.max(0, at - 160), at);
  const after = text.slice(end, end + 160);
  const cut = Math.max(before.lastIndexOf('.'), before.lastIndexOf('!'), before.lastIndexOf('?'), before.lastIndexOf('\n'));
  const stop = after.search(/[.!?\n]/);
  return `${before.slice(cut + 1)} ${stop >= 0 ? after.slice(0, stop) : after}`;
}

// Reviews of books, films and music name characters, authors and actors:
// those names are the product's content, not anyone's personal information.
const MEDIA = /(?<![\p{L}])(?:book|novel|story|character|author|writer|mystery|series|plot|chapter|reader|movie|film|actor|actress|album|song|singer|episode)s?(?![\p{L}])/iu;

function fullNames(f: Field, work: boolean): Span[] {
  const out: Span[] = [];
  // In shouting or Title Case ("Mike From The Support Team…") a capital says nothing about a surname.
  if (work || MEDIA.test(f.text) || capsMeanNothing(f.text)) return out;
  NAME.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = NAME.exec(f.text)) !== null) {
    const first = m[1]!;
    const last = m[2]!;
    // A surname that is itself a first name ("Mary Ann") or a brand is skipped.
    if (!FIRST_NAMES.has(first.toLowerCase()) || NOT_SURNAME.test(last) || FIRST_NAMES.has(last.toLowerCase())) {
      NAME.lastIndex = m.index + first.length; // let the second word start the next try
      continue;
    }
    const around = sentenceAround(f.text, m.index, m.index + m[0].length);
    if (!PERSON_CONTEXT.test(around)) continue;
    out.push({ start: m.index, end: m.index + m[0].length });
    if (out.length >= 20) break;
  }
  NAME.lastIndex = 0;
  return out;
}

function countriesFor(marketplace: string | undefined): readonly CountryCode[] {
  const home = marketplace ? MARKETPLACE_COUNTRY[marketplace.replace(/^(?:www\.)?amazon\./iu, '').toLowerCase()] : undefined;
  return home ? [home, ...CANDIDATE_COUNTRIES.filter((c) => c !== home)] : CANDIDATE_COUNTRIES;
}

function phones(f: Field, marketplace: string | undefined): Span[] {
  if (!MAYBE_PHONE.test(f.text)) return [];
  const orders = findAll(AMAZON_ORDER_ID, f.text);
  // Numbers inside a link (query strings, ids) are not phones.
  const links = findLinks(f.text);
  const keep = (s: Span): boolean => {
    if (orders.some((o) => overlaps(o, s))) return false;
    if (NOT_PHONE_CONTEXT.test(f.text.slice(Math.max(0, s.start - 24), s.start))) return false;
    // Part of a longer code ("SKU-5551234567X") or followed by a unit: not a number to call.
    if (links.some((l) => overlaps(l, s))) return false;
    // A number glued to a signed name ("Regards, Jane Doe5551234567") is still a phone;
    // glued to a code ("SKU-5551234567", "qid=…") it is not.
    const glued = /\p{Ll}/u.test(f.text[s.start - 1] ?? '') && /^\d{10,12}$/u.test(f.text.slice(s.start, s.end));
    if (!glued && /[\p{Script=Latin}\p{N}_=&?/.#-]/u.test(f.text[s.start - 1] ?? '') || /^[\p{Script=Latin}\p{N}_]/u.test(f.text.slice(s.end))) return false;
    const raw = f.text.slice(s.start, s.end);
    if (DATE_LIKE.test(raw.trim())) return false;
    // "151392-000-000": two groups of zeros is a part or catalogue number's padding, not a line to call.
    if (/(?:^|\D)0{3,}\D+0{3,}(?!\d)/u.test(raw)) return false;
    const digits = raw.replace(/\D/gu, '').length;
    if (digits < 9 || digits > 15) return false;
    return !/^\s?(?:mm|cm|m|in|inch|inches|ft|kg|g|lbs?|mah|w|v|x)\b/iu.test(f.text.slice(s.end, s.end + 8));
  };
  const out: Span[] = [];
  const countries = countriesFor(marketplace);
  for (const c of findAll(CANDIDATE, f.text, 30)) {
    const window = f.text.slice(c.start, c.end);
    for (const country of countries) {
      const n = findPhoneNumbersInText(window, { defaultCountry: country }, PHONE_METADATA)[0];
      if (!n) continue;
      const s = { start: c.start + n.startsAt, end: c.start + n.endsAt };
      if (keep(s) && !out.some((o) => overlaps(o, s))) out.push(s);
      break;
    }
  }
  return out;
}

// A full name signed under a closing ("Regards, Jane Doe"): the writer's own
// name, whatever its origin. A first name alone ("Thanks, Priya") is not.
// "Best," needs its comma ("Best Buy Store" is no closing); a middle name and a place in brackets may follow ("Best,Jane Ann Doe (UK)").
const SIGNED = /(?<![\p{L}])(?:(?:Regards|Best regards|Kind regards|Thanks|Thank you|Many thanks|Sincerely|Cheers|Warm regards|Best wishes|All the best|Yours truly|Yours sincerely)[,.!]?|Best[,!])\s*(\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+){1,2})(?=\s*(?:$|\d|\n|[.!,]|\(\p{Lu}[\p{L} ]{1,20}\)\s*$|\p{Extended_Pictographic}))/gu;

// A full name alone at the very end, as a signature: after dashes or stars
// ("--Jane A. Doe", "***Jane Doe") whatever the name, or after a sentence when
// the first word is a known first name ("… stopped after a week. Jane Doe").
const TRAILING = /(?:^\s*|[.!?\n]\s*|(?<![\p{L}])[-–—*]{2,3}\s?)(\p{Lu}\p{Ll}+(?: \p{Lu}\.)? \p{Lu}[\p{Ll}'’-]+)\s*[.!]*\s*(?:[\p{Extended_Pictographic}\u{1F3FB}-\u{1F3FF}\uFE0F\u200D]+\s*)*$/u;

function signedNames(f: Field): Span[] {
  const out: Span[] = [];
  const t = TRAILING.exec(f.text.length > 200 ? f.text.slice(-200) : f.text);
  if (t && f.field === 'body') {
    const [first, ...rest] = t[1]!.split(' ');
    const last = rest[rest.length - 1]!;
    const dashed = /[-–—*]{2}/u.test(t[0].slice(0, t[0].indexOf(t[1]!)));
    // Without the dashes, a name closing a book or film review may be its author's.
    if ((dashed || (FIRST_NAMES.has(first!.toLowerCase()) && !MEDIA.test(f.text))) && !NOT_SURNAME.test(last) && !FIRST_NAMES.has(last.toLowerCase())) {
      const start = f.text.length - (t.input.length - t.index - t[0].indexOf(t[1]!));
      out.push({ start, end: start + t[1]!.length });
    }
  }
  for (const m of f.text.matchAll(SIGNED)) {
    const start = m.index + m[0].length - m[1]!.length;
    if (!NOT_SURNAME.test(m[1]!.split(' ').pop()!)) out.push({ start, end: start + m[1]!.length });
    if (out.length >= 5) break;
  }
  return out;
}

export const personalInfo: GroundDetector = {
  id: 'personal-info',
  kinds: ['review', 'feedback'],
  detect(ctx: Context): Evidence[] {
    const out: Evidence[] = [];
    for (const f of ctx.fields) {
      const spans = [...(MAYBE_EMAIL.test(f.text) ? findAll(EMAIL, f.text, 20) : []), ...phones(f, ctx.item.marketplace), ...findAll(ADDRESS, f.text, 20), ...fullNames(f, aboutWork(ctx.fields)), ...signedNames(f)];
      spans.sort((a, b) => a.start - b.start);
      for (const s of spans) if (!out.some((e) => e.field === f.field && overlaps(e, s))) out.push(evidence(f, s));
    }
    return out.slice(0, 20);
  },
};
