// Advice to get another work or version instead (promotional, corpus
// conventions: "recommends buying instead another product"): "Read the novel
// instead", "Get the sequel", "you'd be happier with "Part Two"",
// "your money is better spent on Orwell", "if you like X, check out Y".
// Two parts must both hold, as in buy-instead.ts:
// - an advice frame: an imperative that opens a sentence (or follows "just",
//   "so", "however", "my advice:", "skip it and", an "if you …," clause), a
//   recommendation ("I recommend reading"), or "would do better to" / "would
//   be happier with" / "better spent on";
// - a target that is another work or version: a quoted title, a name (the
//   shared name rules), or a definite other form of the work ("the book",
//   "the sequel", "a copy of …", "the soundtrack"); not an edition of the same title.
// The reviewer's own plan ("I'll get the book instead") has no advice frame,
// and help with this product ("read the instructions", "check out the
// reviews", "get a Refund") names no other work (not a kind of work, not a name).
import { type Span, capsMeanNothing, findAll } from '../text.ts';
import { type TextFacts, nameLength, named } from './buy-instead.ts';

const VERB = String.raw`(?:go (?:and )?)?(?:buy|get|pick up|grab|order|purchase|read|watch|listen to|check out|stick (?:with|to)|go with|rent|borrow)`;
const VERB_ING = String.raw`(?:buying|getting|picking up|ordering|purchasing|reading|watching|listening to|checking out|sticking (?:with|to)|going with|renting)`;
// Clause openings that make a bare verb an imperative to the reader.
const OPEN = String.raw`(?:(?<=^\s*)|(?<=[.!?…:;(\n]["”’')\]]*\s*|\s[-–—]\s*|<br\s?/?>\s*|(?<![\p{L}])(?<!(?:you|u|we|I|they|he|she|it|one|people)\s)(?:just|so|simply|please|however,?|instead,?|trust me,?|advi[cs]e(?: is)?(?: to)?\s*[-–—:]?|advice and|solution\s*:|skip (?:it|this|this one|the \p{L}+) and)\s))`;
const FRAMES: readonly RegExp[] = [
  new RegExp(String.raw`${OPEN}${VERB}\s+`, 'giu'),
  // "If you like big bands, check out …", "If it is still in print, get …".
  // The comma ends the condition: a verb inside it is not advice ("If you
  // have never read the book, …", "If you decide to purchase X, …").
  new RegExp(String.raw`(?:(?<=^\s*)|(?<=[.!?…;(\n]["”’')\]]*\s*|(?<![\p{L}])(?:and|but|so)\s))if (?:you|u) [^.!?,;\n]{1,80}?,\s*${VERB}\s+`, 'giu'),
  // "I (personally) recommend reading …".
  new RegExp(String.raw`(?<![\p{L}])(?:I |i |we )?(?:\p{L}+ )?(?:recommend|suggest|advise)(?: (?:you|everyone|readers|viewers|fans))?(?: to)? ${VERB_ING}\s+`, 'giu'),
  // "You would do better to rent …", "you'd be happier with …", "your money is better spent on …".
  new RegExp(String.raw`(?<![\p{L}])(?:would|will|'d|’d|'ll|’ll|might)(?: (?:do|to|be))? (?:much |far |even |a lot |way )?(?:better off|better served|better|happier)(?: to ${VERB}| ${VERB_ING}| with| by| spending (?:your |the |that |my )?(?:money|cash) on)?\s+`, 'giu'),
  new RegExp(String.raw`(?<![\p{L}])(?:(?:time|money|cash)(?: \p{L}+)? (?:would be|is|'d be|’d be|will be|'s|’s)|it(?:['’]s| is| would be|['’]d be)) (?:much |far )?better spent (?:on |${VERB_ING} )?`, 'giu'),
];

// Another work, named by a definite article: "the book", "the sequel". An edition
// or format of the same title ("get the original", "the paperback", "the Kindle
// edition") is not another product (policy §4; the labelled real sets read it so).
const OTHER_WORK = /^(?:the|a|an) (?:(?:first|earlier|previous|older) )?(?:book|books|novel|soundtrack|album|single|box ?set|boxed set|sequel|prequel|first (?:one|movie|film|book|album|season)|(?:movie|film) version)(?![\p{L}])/iu;
const COPY_OF = /^(?:(?:a|an|the|one) )?(?:copy|copies|single|edition|version|recording|rendition|dvd|cd) of\s+/iu;
const SKIP_WORDS = /^(?:(?:the|a|an|his|her|their|its|some|new|latest|newer|real|actual|proper)\s+)+/iu;
const QUOTED = /^["“'‘][\p{Lu}\p{N}]/u;
/** Spoken elisions that open with an apostrophe: "'em", "'cause", "'til". */
const ELISION = /^['‘’](?:em|cause|cos|til|tis|twas|n|bout|round)(?![\p{L}])/iu;

// The same advice in the other marketplace languages, with the other work named by its kind.
const OTHER_LANGUAGES = new RegExp(
  [
    String.raw`(?:lest|schaut|kauft) (?:lieber|stattdessen) (?:das Buch|den Film|das Original)`,
    String.raw`(?:lisez|regardez|achetez) plutôt (?:le livre|le roman|le film|l['’]original)`,
    String.raw`(?:lee|lean|miren|compren) mejor (?:el libro|la novela|la película|el original)`,
    String.raw`(?:leggete|guardate|comprate) piuttosto (?:il libro|il film|l['’]originale)`,
    String.raw`原作を読(?:んだ方が|むべき)|(?:还是|建议)去?(?:看|读)原著`,
  ].join('|'),
  'giu',
);

export function adviceToGetOther(text: string, title: boolean): Span[] {
  if (!title) {
    const ml = findAll(OTHER_LANGUAGES, text, 5);
    if (ml.length) return ml;
  }
  if (title || !/buy|get|pick|grab|order|purchase|read|watch|listen|check|stick|go with|rent|borrow|look for|seek|recommend|suggest|advise|better|happier/iu.test(text)) return [];
  const out: Span[] = [];
  const facts: TextFacts = { text };
  let budget = 30;
  for (const re of FRAMES) {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text)) !== null && budget-- > 0) {
      const after = m.index + m[0].length;
      const rest = text.slice(after, after + 120);
      const end = target(rest, facts, after, m[0]);
      if (end > 0) out.push({ start: m.index, end: after + end });
      if (out.length >= 5) return out;
    }
  }
  return out;
}

/** Length of the target at the start of `rest`, or 0 when it names no other work. */
function target(rest: string, facts: TextFacts, at: number, frame: string): number {
  const work = OTHER_WORK.exec(rest);
  if (work) return work[0].length;
  const copy = COPY_OF.exec(rest)?.[0].length ?? 0;
  const skip = SKIP_WORDS.exec(rest.slice(copy))?.[0].length ?? 0;
  const from = copy + skip;
  const tail = rest.slice(from);
  // "BUY 'EM, USE 'EM ONCE": in all-caps text an elision looks like a quoted title; only double quotes count there.
  if (QUOTED.test(tail) && !(ELISION.test(tail) || (/^['‘]/u.test(tail) && (facts.shouting ??= capsMeanNothing(facts.text) || facts.text === facts.text.toUpperCase())))) {
    const close = tail.slice(1).search(/["”'’]/u);
    return close > 0 ? from + close + 2 : 0;
  }
  const name = /^[\p{L}\p{N}][\p{L}\p{N}&'’.-]*(?: [\p{L}\p{N}][\p{L}\p{N}&'’.-]*){0,2}/u.exec(tail)?.[0];
  // "an iPad", "on eBay": a name may open with one small letter before a capital.
  if (!name || !/^\p{Lu}|^\p{Ll}\p{Lu}/u.test(name) || /^(?:reviews?|instructions|manual|description|listing|refund|return|warranty|seller|app)(?![\p{L}])/iu.test(name)) return 0;
  // Two or more capitalised words in a row ("The Winter Garden Tales") are a title, unless the writer capitalises everything.
  const titled = /^\p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+/u.test(name) && !(facts.shouting ??= capsMeanNothing(facts.text) || facts.text === facts.text.toUpperCase());
  return titled || named(name, frame + rest.slice(0, from + name.length), facts, at + from, false) ? from + nameLength(name) : 0;
}
