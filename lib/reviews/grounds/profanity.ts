// Obscene or vulgar words, slurs and threats (both kinds). Whole words only,
// with masked spellings (f***, sh!t, a$$), so "class", "assessment",
// "Scunthorpe", "cocktail", "shiitake" and "Dickens" stay clean. Mild words
// ("crap", "damn", "sucks", "pissed") are left out: Amazon does not remove
// reviews for them and a false "removable" wastes the seller's report.
import type { Context, GroundDetector } from '../context.ts';
import { RegExpMatcher, englishDataset, englishRecommendedTransformers } from 'obscenity';
import { type Span, evidence, findAll, overlaps } from '../text.ts';
import type { Evidence } from '../types.ts';

const B = '(?<![\\p{L}\\p{N}_])';
const A = '(?![\\p{L}\\p{N}_])';
// One masking character (*, #, @, !, $, %, 1, 0) standing for a letter.
const M = '[*#@!$%]';

// English words, with repeated letters and look-alike characters (sh1t,
// fuuuck), come from `obscenity` (below). Masked spellings are ours: a mask
// character stands for a letter, which no word list covers.
const ENGLISH_MASKED = [
  `f${M}{2,3}(?:ing|in|ed|er|ers)?`, `f${M}(?:ck|k)(?:ing|in|ed|er|ers)?`, `fu${M}(?:k|${M})(?:ing|in|ed|er|ers)?`, `f${M}{2}k(?:ing|ed|er)?`, `fuk(?:ing|in|ed)?`, `fcuk`, `phuck(?:ing)?`, `wtf`,
  `(?:mother|mutha)f${M}+(?:k|ck)?(?:er|ers|ing|in)?`,
  `(?:bull)?s${M}{2}t(?:s|ty)?`, `(?:bull)?sh${M}t(?:s|ty)?`, `s${M}{3}`, `bullsh${M}{1,2}t?`,
  `retarded`, `a(?:\\$\\$|${M}{2})(?:hole|holes)?`, `a${M}${M}hole`, `b${M}{3}h`, `b${M}tch(?:es)?`, `c${M}nts?`,
];

const THREATS = [
  `(?:i(?:'ll| will| am going to|'m going to|'m gonna| gonna)) (?:kill|hurt|come for|beat|shoot) (?:you|u|ya|the owner|the seller|your family)`,
  `(?:hope|wish) (?:you|u|the seller|the owner) (?:die|dies|get cancer|burn)`, `kill (?:yo)?urself`, `kys`, `go die`,
];

const OTHER_LANGUAGES = [
  // DE
  `schei(?:ß|ss|s)\\p{L}*`, `arschl(?:o|ö)ch\\p{L}*`, `arsch`, `fick(?:en|t|st|e|er)?`, `hurensohn\\p{L}*`, `wichser`, `fotze`, `verpiss dich`,
  // FR
  `merde\\p{L}*`, `putain\\p{L}*`, `connards?`, `connasses?`, `encul[ée]\\p{L}*`, `salopes?`, `salauds?`, `niquer?`, `ta gueule`, `fils de pute`,
  // ES
  `mierda\\p{L}*`, `put[oa]s?`, `joder`, `jodid[oa]s?`, `coño`, `cabr[oó]n(?:es)?`, `gilipollas`, `hij[oa] de puta`, `pendej[oa]s?`,
  // IT
  `cazz(?:o|i|ata|ate|ate)`, `merda`, `stronz[oia]`, `vaffanculo`, `fanculo`, `puttan[ae]`, `minchia`, `coglion[ei]`,
];

const CJK = ['他妈的', '他m的', '傻逼', '操你', '妈的', '去死', 'クソ', '糞', '死ね', '殺すぞ', 'ぶっ殺', 'バカ野郎', 'ばかやろう', 'ふざけんな'];

const PROFANITY = new RegExp(
  `${B}(?:${[...ENGLISH_MASKED, ...THREATS, ...OTHER_LANGUAGES].join('|')})${A}|${CJK.join('|')}`,
  'giu',
);

// obscenity's English list, kept to words that are obscene in every context:
// "cock" (a tap, a rooster), "tit" (a bird), "anal", "sex", "cum(in)", "prick",
// "pussy" (a cat), "piss" and "arse" (mild) would all be false reports.
const OBSCENE = new Set(['fuck', 'shit', 'ass', 'asshole', 'bitch', 'bastard', 'cunt', 'twat', 'wank', 'whore', 'slut', 'nigger', 'tranny', 'kike', 'faggot', 'dickhead', 'cocksucker', 'motherfucker']);
const matcher = new RegExpMatcher({
  ...englishDataset.removePhrasesIf((p) => !OBSCENE.has(p.metadata?.originalWord ?? '')).build(),
  ...englishRecommendedTransformers,
});
// What may stand around a listed word in the same written word: "bullshit",
// "fucking", "assholes"; anything else ("shiitake", "Penistone") is another word.
const PREFIXES = /^(?:|bull|horse|dip|chicken|mother|mutha|dumb|jack|smart|lard|kick|holy)$/u;
const SUFFIXES = /^(?:|s|es|ed|er|ers|ing|in|ings|y|ty|ter|tier|tiest|ted|ting|head|heads|hole|holes|face|wit|show|load|bag|ard|ards|ness)$/u;
const WORD_CHAR = /[\p{L}\p{N}*#@!$%]/u;

function obscene(text: string): Span[] {
  if (!matcher.hasMatch(text)) return [];
  const out: Span[] = [];
  for (const m of matcher.getAllMatches(text, true)) {
    const start = m.startIndex;
    const end = m.endIndex + 1;
    let a = start;
    let b = end;
    while (a > 0 && WORD_CHAR.test(text[a - 1]!)) a--;
    while (b < text.length && WORD_CHAR.test(text[b]!)) b++;
    if (!PREFIXES.test(text.slice(a, start).toLowerCase()) || !SUFFIXES.test(text.slice(end, b).toLowerCase())) continue;
    if (!out.some((o) => overlaps(o, { start: a, end: b }))) out.push({ start: a, end: b });
    if (out.length >= 20) break;
  }
  return out;
}

export const profanity: GroundDetector = {
  id: 'profanity',
  kinds: ['review', 'feedback'],
  detect(ctx: Context): Evidence[] {
    const out: Evidence[] = [];
    for (const f of ctx.fields) {
      const spans = [...findAll(PROFANITY, f.text, 20), ...obscene(f.text)].sort((x, y) => x.start - y.start);
      for (const s of spans) if (!out.some((e) => e.field === f.field && overlaps(e, s))) out.push(evidence(f, s));
    }
    return out;
  },
};
